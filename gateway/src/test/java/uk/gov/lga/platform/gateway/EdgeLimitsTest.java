package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests too large in any part are refused at the edge with a problem; the body limit is one value (1M in tests, 64M live). */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class EdgeLimitsTest {

    static final int TEST_BODY_LIMIT = 1 << 20;

    @Test
    void uriTooLongIs414Problem() throws IOException {
        RawHttp.Response response = RawHttp.get("/api/lg-inform/councils?x=" + "a".repeat(4000));
        assertProblem(response, 414);
    }

    @Test
    void aBrowserCanReadTheRefusal() throws IOException {
        RawHttp.Response response = RawHttp.get("/api/lg-inform/councils?x=" + "a".repeat(4000), "Origin: http://localhost:3000");
        assertProblem(response, 414);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:3000");
        assertThat(response.header("Vary")).contains("Origin");
    }

    @Test
    void headersTooLargeAre431Problem() throws IOException {
        RawHttp.Response response = RawHttp.get("/api/lg-inform/councils", "X-Padding: " + "a".repeat(17_000));
        assertProblem(response, 431);
    }

    @Test
    void declaredBodyTooLargeIs413ProblemBeforeTheBodyIsRead() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.port())) {
            socket.setSoTimeout(RawHttp.READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/lg-inform/councils/E08000035/data-returns HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nContent-Length: " + (TEST_BODY_LIMIT + 1) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            RawHttp.Response response = RawHttp.read(socket.getInputStream());
            assertProblem(response, 413);
            assertThat(response.header("Connection")).isEqualTo("close");
        }
    }

    @Test
    void chunkedBodyTooLargeIs413ProblemWhileItStreams() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.port())) {
            socket.setSoTimeout(RawHttp.READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/lg-inform/councils/E08000035/data-returns HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) 'x');
            try {
                for (int sent = 0; sent <= 2 * TEST_BODY_LIMIT; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedWhileSending) {
                // the gateway may answer and close before the whole body is written
            }
            assertProblem(RawHttp.read(socket.getInputStream()), 413);
        }
    }

    @Test
    void chunkedBodyWithinTheLimitReachesTheService() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.port())) {
            socket.setSoTimeout(RawHttp.READ_TIMEOUT_MS);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("POST /api/lg-inform/councils/E08000035/data-returns HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 10; i++) {
                request.writeBytes("3e8\r\n".getBytes(StandardCharsets.US_ASCII));
                request.writeBytes("y".repeat(1000).getBytes(StandardCharsets.US_ASCII));
                request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            RawHttp.Response response = RawHttp.read(socket.getInputStream());
            assertThat(response.status()).isEqualTo(200);
            assertThat(new JsonObject(response.text()).getInteger("bodyLength")).isEqualTo(10_000);
        }
    }

    static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = new JsonObject(response.text());
        assertThat(problem.getInteger("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("detail")).isNotBlank();
    }
}
