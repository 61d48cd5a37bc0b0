package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** Responses through the gateway are compressed when asked, as they stream; CORS-dependent answers say so in Vary. */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class CompressionTest {

    static final int LARGE = 8 * 1024 * 1024 + 17;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void largeCsvArrivesGzippedAndDecodesToTheSameBytes() throws Exception {
        HttpResponse<byte[]> response = download("text/csv;charset=UTF-8", "gzip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding").contains("Origin");
        assertThat(response.body().length).isLessThan(LARGE / 3);
        assertThat(gunzip(response.body())).isEqualTo(EchoServiceResource.download(LARGE));
    }

    @Test
    void jsonAndProblemsAreCompressedToo() throws Exception {
        assertThat(download("application/json", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(download("application/problem%2Bjson", "gzip").headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void withoutAcceptEncodingTheBodyIsSentAsItIs() throws Exception {
        HttpResponse<byte[]> response = download("text/csv", null);
        assertThat(response.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
        assertThat(response.body()).isEqualTo(EchoServiceResource.download(LARGE));
    }

    @Test
    void otherTypesAreNotCompressed() throws Exception {
        HttpResponse<byte[]> response = download("application/octet-stream", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding").orElse("identity")).isEqualTo("identity");
        assertThat(response.body()).isEqualTo(EchoServiceResource.download(LARGE));
    }

    @Test
    void corsAnswersVaryByOrigin() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .when().options("/api/lg-inform/councils")
                .then().header("Access-Control-Allow-Origin", "http://localhost:3000").header("Vary", containsString("Origin"));
        given().header("Origin", "http://localhost:3000").when().get("/api/lg-inform/councils")
                .then().statusCode(200).header("Vary", containsString("Origin"));
        given().when().get("/api/payroll/x").then().statusCode(404).header("Vary", containsString("Origin"));
    }

    private HttpResponse<byte[]> download(String type, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RawHttp.port()
                + "/api/lg-inform/download?bytes=" + LARGE + "&type=" + type.replace("/", "%2F")));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
