package uk.gov.lga.platform.gateway.edge;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EdgePathTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/lg-inform/councils/E08000035 | /api/lg-inform/councils/E08000035",
            "/api/radar//q/metrics             | /api/radar/q/metrics",
            "/api/radar/./q/metrics            | /api/radar/q/metrics",
            "/api/radar/%2e/q/health           | /api/radar/q/health",
            "/api/radar/%71/metrics            | /api/radar/q/metrics",
            "/api/radar/x/../q/metrics         | /api/radar/q/metrics",
            "/api/radar/x/%2e%2e/q/metrics     | /api/radar/q/metrics",
            "/%61pi/%72adar/councils           | /api/radar/councils",
            "/api/radar/councils/              | /api/radar/councils/",
            "/api/radar/councils/.             | /api/radar/councils/",
            "/api/radar/a/b/..                 | /api/radar/a/",
            "/api/knowledge-hub/%e2%82%ac      | /api/knowledge-hub/%E2%82%AC",
            "/api/knowledge-hub/a%2cb%7e       | /api/knowledge-hub/a%2Cb~",
            "/                                 | /",
            "/q/health/ready                   | /q/health/ready",
            "/q/./health                       | /q/health",
    })
    void normalisesOnce(String raw, String normal) {
        assertThat(EdgePath.normalise(raw)).isEqualTo(normal);
        assertThat(EdgePath.normalise(normal)).isEqualTo(normal);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/radar/q;x/metrics", "/api/radar/q/metrics;jsessionid=1", "/api/radar\\q\\metrics", "/api/radar/%5cq",
            "/api/radar/%2fq/metrics", "/api/radar/%252e%252e/q/metrics", "/api/radar/%2571/metrics", "/api/radar/%00",
            "/api/radar/a%0ab", "/api/radar/%zz", "/api/radar/%4", "/api/radar/%", "/api/radar/%c0%ae%c0%ae/q",
            "/api/radar/%e0%80%ae", "/api/radar/%ed%a0%80", "/api/radar/%ff", "/api/radar/%c2", "/api/radar/%3Bx",
            "/api/radar/q%3F/metrics", "/api/radar/q%23", "/api/radar/..", "/api/radar/../lg-inform/councils",
            "/api/..", "/..", "/x/../q/metrics", "/api/radar/a b", "/api/radar/a\u0000b", "/api/radar/\u00e9",
            "/api/radar/%c2%85", "relative", "", "/api/radar/a\"b", "/api/radar/<script>", "/api/radar/%EF%BC%91"
    })
    void refusesWhatCouldBeReadTwoWays(String raw) {
        if (raw.equals("/api/radar/%EF%BC%91")) {
            // A fullwidth digit is a valid UTF-8 character: kept encoded, not refused, not read as '1'.
            assertThat(EdgePath.normalise(raw)).isEqualTo("/api/radar/%EF%BC%91");
            return;
        }
        assertThatThrownBy(() -> EdgePath.normalise(raw)).isInstanceOf(EdgePath.Refused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=1&b=2", "metric=usable-reserves&period=2024%2F25", "q=caf%C3%A9", "x=%3B;y", ""})
    void plainQueriesPass(String query) {
        EdgePath.checkQuery(query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%00", "a=%zz", "a=%4", "a=b c", "a=\u0001", "a=\u00e9", "a=<b>", "a=\"b\""})
    void queriesThatAreNotRfc3986OrCarryNulAreRefused(String query) {
        assertThatThrownBy(() -> EdgePath.checkQuery(query)).isInstanceOf(EdgePath.Refused.class);
    }
}
