package uk.gov.lga.platform.support.ids;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GssCodeTest {

    private static final String NATIONS = "ENSW";
    private static final String DIGITS = "0123456789";

    @ParameterizedTest
    @ValueSource(strings = {"E08000035", "E06000014", "N09000003", "S12000033", "W06000015", "E00000000", "W99999999"})
    void acceptsANationLetterAndEightDigits(String code) {
        assertThat(GssCode.isValid(code)).isTrue();
        assertThat(GssCode.of(code).value()).isEqualTo(code);
    }

    @Test
    void rejectsNull() {
        assertThat(GssCode.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> GssCode.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "e08000035",            // lower case nation letter
            "E0800003",             // too short
            "E080000351",           // too long
            "08000035",             // no nation letter
            "EE8000035",            // letter where a digit belongs
            "X08000035", "K04000001", "L10000001", "M12000001", // not E, N, S or W
            " E08000035", "E08000035 ", "E0800 0035",
            "E08000035\n", "E08000035\r\nX-Injected: 1", "E0800\u00000035", "E08000035\u0000",
            "E0800003\u0665",       // Arabic-Indic five
            "E0800003\u06F5",       // extended Arabic-Indic five
            "E0800003\uFF15",       // fullwidth five
            "\uFF25\u0030\u0038\u0030\u0030\u0030\u0030\u0033\u0035", // fullwidth E
            "\u041508000035",       // Cyrillic capital Ie, which looks like E
            "E08000035\u200B",      // zero-width space
            "\uFEFFE08000035",      // byte order mark
            "E08-00035", "E08000035;", "E08000035' OR '1'='1", "%4508000035", "E08000035/../x"
    })
    void rejectsAnythingElse(String notACode) {
        assertThat(GssCode.isValid(notACode)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> GssCode.of(notACode));
    }

    @Test
    void englishCodesStartWithE() {
        assertThat(GssCode.of("E08000035").isEnglish()).isTrue();
        assertThat(GssCode.of("W06000015").isEnglish()).isFalse();
    }

    @Test
    void codesAreEqualByValueAndOrderedByValue() {
        List<GssCode> codes = new ArrayList<>(List.of(GssCode.of("W06000015"), GssCode.of("E08000035"),
                GssCode.of("E06000014")));
        codes.sort(null);

        assertThat(codes).extracting(GssCode::toString).containsExactly("E06000014", "E08000035", "W06000015");
        assertThat(GssCode.of("E08000035")).isEqualTo(new GssCode("E08000035"));
    }

    @Test
    void everyGeneratedValidCodeIsAcceptedAndRoundTrips() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String code = generated.oneOf(NATIONS) + generated.of(8, DIGITS);

            assertThat(GssCode.isValid(code)).as(generated.describe(code)).isTrue();
            GssCode gss = GssCode.of(code);
            assertThat(gss.value()).as(generated.describe(code)).isEqualTo(code);
            assertThat(gss.toString()).as(generated.describe(code)).isEqualTo(code);
            assertThat(GssCode.of(gss.toString())).as(generated.describe(code)).isEqualTo(gss);
        }
    }

    @Test
    void anyGeneratedStringIsAcceptedExactlyWhenItIsANationLetterAndEightAsciiDigits() {
        GeneratedStrings generated = new GeneratedStrings();
        String near = NATIONS + DIGITS + "ABKLXnes";
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String input = generated.nextInt(2) == 0
                    ? generated.anyString(12, near)
                    : generated.variantOf(generated.oneOf(NATIONS) + generated.of(8, DIGITS), near);
            boolean valid = GssCode.isValid(input);

            assertThat(valid).as(generated.describe(input)).isEqualTo(isNationLetterAndEightAsciiDigits(input));
            if (valid) {
                accepted++;
                assertThat(GssCode.of(input).value()).as(generated.describe(input)).isEqualTo(input);
                assertThat(input).as(generated.describe(input)).matches(GssCode.PATTERN);
            } else {
                rejected++;
                assertThatIllegalArgumentException().as(generated.describe(input)).isThrownBy(() -> GssCode.of(input));
            }
        }
        assertThat(accepted).as("generated strings that were valid").isGreaterThan(GeneratedStrings.CASES / 20);
        assertThat(rejected).as("generated strings that were not").isGreaterThan(GeneratedStrings.CASES / 20);
    }

    @Test
    void aValidCodeWithACharacterOutsideUpperCaseLettersAndDigitsAnywhereIsRejected() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String code = generated.oneOf(NATIONS) + generated.of(8, DIGITS);
            String hostile = generated.withAtRandomPosition(code,
                    generated.outside(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')));

            assertThat(GssCode.isValid(hostile)).as(generated.describe(hostile)).isFalse();
            assertThatIllegalArgumentException().as(generated.describe(hostile)).isThrownBy(() -> GssCode.of(hostile));
        }
    }

    /** The format written out by hand, independent of the pattern under test. */
    private static boolean isNationLetterAndEightAsciiDigits(String s) {
        if (s == null || s.length() != 9 || NATIONS.indexOf(s.charAt(0)) < 0) {
            return false;
        }
        for (int i = 1; i < 9; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
