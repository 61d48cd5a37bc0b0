package uk.gov.lga.platform.support.edge;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @Test
    void refusesNulAndOtherControlCharacters() {
        assertThat(Text.isAcceptable("Leeds\u0000")).isFalse();
        assertThat(Text.isAcceptable("a\u001bb")).isFalse();
        assertThat(Text.isAcceptable("a\u007fb")).isFalse();
    }

    @Test
    void acceptsTabsLineBreaksAndAnyPrintableText() {
        assertThat(Text.isAcceptable("line one\r\nline\ttwo — Ynys Môn")).isTrue();
    }

    @Test
    void refusesAControlCharacterWhereverItStandsInGeneratedText() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            char control = (char) generated.nextInt(9); // NUL to backspace
            String text = generated.withAtRandomPosition(generated.of(generated.nextInt(30), "abc E08000035-/"), control);

            assertThat(Text.isAcceptable(text)).as(generated.describe(text)).isFalse();
        }
    }

    @Test
    void readsIntegersInAsciiDigitsOnly() {
        assertThat(Text.isAsciiInteger("-42")).isTrue();
        assertThat(Text.isAsciiInteger("\u0664\u0662")).isFalse();
        assertThat(Text.isAsciiInteger("abc")).isFalse();
        assertThat(Text.isAsciiInteger("-")).isFalse();
        assertThat(Text.isAsciiInteger("")).isFalse();
    }
}
