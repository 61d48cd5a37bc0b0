package uk.gov.lga.platform.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk (the standard HTTP load generator) and reads its summary. */
record Wrk(double requestsPerSecond, String p50, String p99, String errors) {

    static Wrk run(String url, int connections, String duration) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("wrk", "-t2", "-c" + connections, "-d" + duration, "--latency", url))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return new Wrk(Double.parseDouble(find(out, "Requests/sec:\\s+([0-9.]+)")), find(out, "\\s50%\\s+(\\S+)"),
                find(out, "\\s99%\\s+(\\S+)"), errors(out));
    }

    private static String errors(String out) {
        String non2xx = find(out, "Non-2xx or 3xx responses:\\s+(\\d+)");
        String socket = find(out, "Socket errors:([^\\n]+)");
        return (non2xx.isEmpty() ? "0 non-2xx" : non2xx + " non-2xx") + (socket.isEmpty() ? "" : ", socket:" + socket);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1).trim() : "";
    }
}
