package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** A client that stops sending in the middle of its request line or headers does not keep the connection. */
@QuarkusTest
@TestProfile(IdleTimeoutTest.ShortIdleTimeout.class)
@QuarkusTestResource(EchoServiceResource.class)
class IdleTimeoutTest {

    /** Two seconds instead of the live minute, so the test does not wait. */
    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "2s");
        }
    }

    @Test
    void partialRequestLineIsClosed() throws IOException {
        assertClosedAfterSending("GET /api/lg-inform/coun");
    }

    @Test
    void partialHeadersAreClosed() throws IOException {
        assertClosedAfterSending("GET /api/lg-inform/councils HTTP/1.1\r\nHost: localhost\r\nX-Slow: aaa");
    }

    private static void assertClosedAfterSending(String partial) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RawHttp.port())) {
            socket.setSoTimeout(RawHttp.READ_TIMEOUT_MS);
            socket.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            try {
                // The server sends nothing and closes: end of stream (or a reset), well before the read timeout.
                int read;
                do {
                    read = in.read();
                } while (read != -1);
                assertThat(read).isEqualTo(-1);
            } catch (SocketTimeoutException e) {
                fail("the gateway kept a half-sent request open for " + RawHttp.READ_TIMEOUT_MS / 1000 + " s");
            } catch (SocketException reset) {
                // closed with a reset: also closed
            }
        }
    }
}
