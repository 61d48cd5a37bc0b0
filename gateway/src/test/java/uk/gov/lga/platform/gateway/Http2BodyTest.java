package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP/2 over plain http (h2c): a request body sent without Content-Length reaches the service whole. */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class Http2BodyTest {

    @Test
    void h2cBodyWithoutContentLengthReachesTheService() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI base = URI.create("http://localhost:" + RawHttp.port());
        // The first request upgrades the connection to h2c; the POST then goes over HTTP/2.
        HttpResponse<String> upgrade = http.send(HttpRequest.newBuilder(base.resolve("/api/lg-inform/councils")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upgrade.statusCode()).isEqualTo(200);

        byte[] body = new byte[300_000];
        Arrays.fill(body, (byte) 'v');
        HttpRequest post = HttpRequest.newBuilder(base.resolve("/api/lg-inform/councils/E08000035/data-returns"))
                .header("Content-Type", "text/csv")
                // A stream of unknown length: HTTP/2 sends it in DATA frames without a Content-Length.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());

        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject echo = new JsonObject(response.body());
        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getInteger("bodyLength")).isEqualTo(body.length);
        assertThat(echo.getString("uri")).isEqualTo("/councils/E08000035/data-returns");
    }

    @Test
    void h2cBodyOverTheLimitIs413Problem() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        URI base = URI.create("http://localhost:" + RawHttp.port());
        http.send(HttpRequest.newBuilder(base.resolve("/api/lg-inform/councils")).build(), HttpResponse.BodyHandlers.discarding());
        byte[] body = new byte[2 * EdgeLimitsTest.TEST_BODY_LIMIT];
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/lg-inform/councils/E08000035/data-returns"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
