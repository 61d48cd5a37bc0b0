package uk.gov.lga.platform.gateway.edge;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseEncodingTest {

    static final Set<String> TYPES = Set.of("application/json", "application/problem+json", "text/csv");

    @Test
    void jsonIsLeftToTheCompressorAndSaysItVaries() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json; charset=UTF-8")
                .add("Content-Encoding", "identity");
        ResponseEncoding.decorate(headers, 200, TYPES);
        assertThat(headers.get("Content-Encoding")).isNull();
        assertThat(headers.get("Vary")).isEqualTo("Origin, Accept-Encoding");
    }

    @Test
    void otherTypesAndEmptyAnswersAreSentAsTheyAre() {
        MultiMap binary = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/octet-stream");
        ResponseEncoding.decorate(binary, 200, TYPES);
        assertThat(binary.get("Content-Encoding")).isEqualTo("identity");
        MultiMap notModified = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/csv");
        ResponseEncoding.decorate(notModified, 304, TYPES);
        assertThat(notModified.get("Content-Encoding")).isEqualTo("identity");
    }

    @Test
    void anEncodedBodyIsNotTouched() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Content-Type", "text/csv").add("Content-Encoding", "gzip");
        ResponseEncoding.decorate(headers, 200, TYPES);
        assertThat(headers.get("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void varyKeepsWhatTheServiceListedAndAddsOnce() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Vary", "Accept, origin");
        ResponseEncoding.vary(headers, "Origin");
        ResponseEncoding.vary(headers, "Accept-Encoding");
        ResponseEncoding.vary(headers, "Accept-Encoding");
        assertThat(headers.getAll("Vary")).containsExactly("Accept, origin, Accept-Encoding");
        MultiMap star = MultiMap.caseInsensitiveMultiMap().add("Vary", "*");
        ResponseEncoding.vary(star, "Origin");
        assertThat(star.get("Vary")).isEqualTo("*");
    }
}
