package uk.gov.lga.platform.support.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ProblemExceptionMappers#respond}: the one shape every failure is answered in. */
class ProblemResponseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answersWithTheStatusAndTheProblemMediaType() {
        Response response = ProblemExceptionMappers.respond(422, "Unprocessable Content", "The return is invalid.",
                request("http://localhost:8081/councils/E08000035/data-returns"), List.of());

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getMediaType()).hasToString("application/problem+json");
    }

    @Test
    void bodyCarriesTypeTitleStatusAndDetail() throws Exception {
        JsonNode body = bodyOf(ProblemExceptionMappers.respond(404, "Not Found", "No council E99999999.",
                request("http://localhost/councils/E99999999"), List.of()));

        assertThat(body.path("type").asText()).isEqualTo("about:blank");
        assertThat(body.path("title").asText()).isEqualTo("Not Found");
        assertThat(body.path("status").asInt()).isEqualTo(404);
        assertThat(body.path("detail").asText()).isEqualTo("No council E99999999.");
    }

    @Test
    void instanceIsTheRawRequestPathWithoutQuery() throws Exception {
        JsonNode body = bodyOf(ProblemExceptionMappers.respond(400, "Bad Request", "bad",
                request("http://localhost:8080/api/councils/E08000035/data%20returns?after=abc%3D&limit=5"), List.of()));

        assertThat(body.path("instance").asText()).isEqualTo("/api/councils/E08000035/data%20returns");
    }

    @Test
    void errorsAreOmittedWhenThereAreNone() throws Exception {
        JsonNode body = bodyOf(ProblemExceptionMappers.respond(409, "Conflict", "Already submitted.",
                request("http://localhost/x"), List.of()));

        assertThat(body.has("errors")).isFalse();
    }

    @Test
    void errorsNameEachFieldWhenThereAreSome() throws Exception {
        JsonNode body = bodyOf(ProblemExceptionMappers.respond(400, "Bad Request", "The request has invalid fields.",
                request("http://localhost/x"), List.of(new Problem.FieldError("values[2].metric", "must be a metric id"))));

        assertThat(body.path("errors")).hasSize(1);
        assertThat(body.path("errors").get(0).path("field").asText()).isEqualTo("values[2].metric");
        assertThat(body.path("errors").get(0).path("message").asText()).isEqualTo("must be a metric id");
    }

    @Test
    void instanceIsOmittedWithoutARequest() throws Exception {
        JsonNode body = bodyOf(ProblemExceptionMappers.respond(500, "Internal Server Error", "failed", null, List.of()));

        assertThat(body.has("instance")).isFalse();
        assertThat(body.path("status").asInt()).isEqualTo(500);
    }

    private static JsonNode bodyOf(Response response) throws Exception {
        assertThat(response.getEntity()).isInstanceOf(Problem.class);
        return JSON.readTree(JSON.writeValueAsString(response.getEntity()));
    }

    /** A UriInfo that knows only the request URI, which is all {@code respond} reads. */
    private static UriInfo request(String uri) {
        URI requestUri = URI.create(uri);
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[]{UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestUri" -> requestUri;
                    case "toString" -> "UriInfo(" + uri + ")";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
