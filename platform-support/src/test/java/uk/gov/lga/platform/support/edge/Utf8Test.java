package uk.gov.lga.platform.support.edge;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class Utf8Test {

    @Test
    void agreesWithTheJdksStrictDecoderOnGeneratedBytes() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            byte[] bytes = generated.bytes(12);
            assertThat(Utf8.firstInvalid(bytes) < 0).as(generated.describe(new String(bytes, StandardCharsets.ISO_8859_1)))
                    .isEqualTo(jdkAccepts(bytes) && !hasNul(bytes));
        }
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return false;
        }
        return true;
    }

    private static boolean hasNul(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\0') >= 0;
    }

    @Test
    void acceptsEveryGeneratedStringWithoutNulEncodedAsUtf8() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            // Lone surrogates cannot be encoded: the JDK writes '?' for them, which is valid UTF-8 too.
            String text = generated.anyString(20, "abc").replace('\0', ' ');
            assertThat(Utf8.firstInvalid(text.getBytes(StandardCharsets.UTF_8))).as(generated.describe(text)).isEqualTo(-1);
        }
    }

    @Test
    void refusesUtf16AndUtf32BodiesOfPlainJson() {
        String json = "{\"period\":\"2024/25\"}";

        assertThat(Utf8.firstInvalid(json.getBytes(StandardCharsets.UTF_16LE))).isGreaterThanOrEqualTo(0);
        assertThat(Utf8.firstInvalid(json.getBytes(StandardCharsets.UTF_16BE))).isGreaterThanOrEqualTo(0);
        assertThat(Utf8.firstInvalid(json.getBytes(java.nio.charset.Charset.forName("UTF-32")))).isGreaterThanOrEqualTo(0);
    }

    @Test
    void refusesOverlongFormsAndSurrogates() {
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xc0, (byte) 0xaf})).isZero(); // overlong '/'
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xe0, (byte) 0x80, (byte) 0xaf})).isZero();
        assertThat(Utf8.firstInvalid(new byte[] {'a', (byte) 0xed, (byte) 0xa0, (byte) 0x80})).isEqualTo(1); // U+D800
        assertThat(Utf8.firstInvalid(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80})).isZero(); // > U+10FFFF
    }
}
