package uk.gov.lga.platform.testsupport;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as written: request targets, header values and bodies that no
 * client library would send reach the service unchanged. A response body is read to its end but only its first
 * {@link #KEPT} bytes are kept, and reading stops at {@code budget} bytes, so a runaway answer cannot exhaust
 * the test's own memory.
 */
public final class RawHttp {

    /** Generous upper bound for any read; nothing is asserted about time below it. */
    static final int READ_TIMEOUT_MS = 60_000;
    /** How much of a body is kept for inspection (a problem is far smaller). */
    static final int KEPT = 256 * 1024;

    private RawHttp() {
    }

    /**
     * What came back. {@code size} is the body's length on the wire (after any transfer coding), {@code overBudget}
     * whether reading stopped at the budget.
     */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body, long size, boolean overBudget) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(", ", values);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * The HTTP decoder's own refusal of a message that is not HTTP (a byte that no request line or header may
         * hold): a bare 400 with no body, written before any handler of the service runs. Netty does not always
         * say {@code Connection: close} with it (a header line broken by a raw line feed), so that is not required.
         */
        public boolean isDecoderRefusal() {
            return status == 400 && header("Content-Type") == null && size == 0;
        }
    }

    /** Sends the request (its head as ISO-8859-1 bytes, then the body) on a new connection and reads the reply. */
    public static Reply exchange(String host, int port, byte[] head, byte[] body, long budget) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(READ_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // The service may refuse (413) and close before reading the whole body: its answer is still there.
                }
            }
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()), budget);
        }
    }

    /** The request head: request line, Host, Connection: close, the given header lines and Content-Length. */
    public static byte[] head(String method, String target, int port, List<String> headerLines, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n").append("Connection: close\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static Reply read(InputStream in, long budget) throws IOException {
        String statusLine;
        do {
            statusLine = line(in);
            if (statusLine == null) {
                throw new IOException("the connection closed before a response");
            }
            if (statusLine.startsWith("HTTP/1.1 100")) {
                // 100 Continue: its empty header block, then the real answer.
                while (!line(in).isEmpty()) {
                    // skip
                }
                statusLine = null;
            }
        } while (statusLine == null || statusLine.isEmpty());
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(line.substring(colon + 1).trim());
            }
        }
        Body body = new Body(budget);
        List<String> length = headers.get("content-length");
        List<String> encoding = headers.get("transfer-encoding");
        if (status == 204 || status == 304) {
            // no body
        } else if (encoding != null && String.join(",", encoding).toLowerCase(Locale.ROOT).contains("chunked")) {
            for (String size = line(in); size != null && !body.full(); size = line(in)) {
                long chunk = Long.parseLong(size.split(";")[0].trim(), 16);
                if (chunk == 0) {
                    break;
                }
                body.copy(in, chunk);
                line(in);
            }
        } else if (length != null) {
            body.copy(in, Long.parseLong(length.get(0)));
        } else {
            body.copy(in, Long.MAX_VALUE);
        }
        return new Reply(status, headers, body.kept.toByteArray(), body.size, body.full());
    }

    /** A body counted in full up to the budget, its first {@link #KEPT} bytes kept. */
    private static final class Body {
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        final long budget;
        long size;

        Body(long budget) {
            this.budget = budget;
        }

        boolean full() {
            return size >= budget;
        }

        void copy(InputStream in, long count) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long left = count;
            while (left > 0 && !full()) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return;
                }
                if (kept.size() < KEPT) {
                    kept.write(buffer, 0, Math.min(n, KEPT - kept.size()));
                }
                size += n;
                left -= n;
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() < 64 * 1024) {
                line.append((char) c);
            }
        }
        return line.isEmpty() ? null : line.toString();
    }
}
