package uk.gov.lga.platform.support.edge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BodyGuardTest {

    static boolean isNull(String body) {
        return BodyGuard.isNull(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theJsonTextNullWithAnyWhitespaceAroundItIsNull() {
        assertThat(isNull("null")).isTrue();
        assertThat(isNull(" \r\n\tnull \n")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(isNull("")).isFalse();
        assertThat(isNull("\"null\"")).isFalse();
        assertThat(isNull("[null]")).isFalse();
        assertThat(isNull("nul")).isFalse();
        assertThat(isNull("nulls")).isFalse();
        assertThat(isNull("{\"a\":null}")).isFalse();
    }
}
