package uk.gov.lga.platform.support.ids;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetricIdTest {

    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyz0123456789-";

    @ParameterizedTest
    @ValueSource(strings = {"household-waste-recycled", "usable-reserves", "ks2", "a1", "--", "0000",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz12"}) // 80 characters
    void acceptsTwoToEightyLowerCaseLettersDigitsAndHyphens(String id) {
        assertThat(MetricId.isValid(id)).isTrue();
        assertThat(MetricId.of(id).value()).isEqualTo(id);
    }

    @Test
    void rejectsNull() {
        assertThat(MetricId.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> MetricId.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "a",                                  // too short
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz123", // 81 characters
            "Usable-Reserves", "USABLE", "usable_reserves", "usable reserves", "usable.reserves",
            "usable-reserves\n", "usable-reserves\r\nX-Injected: 1", "usable\u0000reserves", "usable-reserves\u0000",
            "ks\u0662",                               // Arabic-Indic two
            "ks\uFF12",                               // fullwidth two
            "\u212Aey",                               // Kelvin sign, which lower-cases to k
            "\u017Fpend",                             // long s
            "usable-reserve\u0455",                   // Cyrillic dze, which looks like s
            "caf\u00E9", "cafe\u0301",                // accented e, precomposed and combining
            "usable-reserves\u200B", "\uFEFFusable-reserves",
            "usable-reserves'--", "../etc", "%75sable", "usable-reserves;", "usable/reserves"
    })
    void rejectsAnythingElse(String notAnId) {
        assertThat(MetricId.isValid(notAnId)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> MetricId.of(notAnId));
    }

    @Test
    void idsAreEqualByValueAndOrderedByValue() {
        assertThat(MetricId.of("usable-reserves")).isEqualTo(new MetricId("usable-reserves"));
        assertThat(MetricId.of("household-waste-recycled")).isLessThan(MetricId.of("usable-reserves"));
    }

    @Test
    void everyGeneratedValidIdIsAcceptedAndRoundTrips() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String id = generated.of(generated.between(2, 80), ALLOWED);

            assertThat(MetricId.isValid(id)).as(generated.describe(id)).isTrue();
            MetricId metric = MetricId.of(id);
            assertThat(metric.value()).as(generated.describe(id)).isEqualTo(id);
            assertThat(MetricId.of(metric.toString())).as(generated.describe(id)).isEqualTo(metric);
        }
    }

    @Test
    void anyGeneratedStringIsAcceptedExactlyWhenItIsTwoToEightyAllowedCharacters() {
        GeneratedStrings generated = new GeneratedStrings();
        String near = ALLOWED + "AZ_. ";
        int accepted = 0;
        int rejected = 0;
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String input = generated.nextInt(2) == 0
                    ? generated.anyString(84, near)
                    : generated.variantOf(generated.of(generated.between(1, 81), ALLOWED), near);
            boolean valid = MetricId.isValid(input);

            assertThat(valid).as(generated.describe(input)).isEqualTo(isTwoToEightyAllowedCharacters(input));
            if (valid) {
                accepted++;
                assertThat(MetricId.of(input).value()).as(generated.describe(input)).isEqualTo(input);
                assertThat(input).as(generated.describe(input)).matches(MetricId.PATTERN);
            } else {
                rejected++;
                assertThatIllegalArgumentException().as(generated.describe(input)).isThrownBy(() -> MetricId.of(input));
            }
        }
        assertThat(accepted).as("generated strings that were valid").isGreaterThan(GeneratedStrings.CASES / 20);
        assertThat(rejected).as("generated strings that were not").isGreaterThan(GeneratedStrings.CASES / 20);
    }

    @Test
    void aValidIdWithACharacterOutsideLowerCaseLettersDigitsAndHyphenAnywhereIsRejected() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String id = generated.of(generated.between(2, 79), ALLOWED);
            String hostile = generated.withAtRandomPosition(id, generated.outside(c -> ALLOWED.indexOf(c) >= 0));

            assertThat(MetricId.isValid(hostile)).as(generated.describe(hostile)).isFalse();
            assertThatIllegalArgumentException().as(generated.describe(hostile)).isThrownBy(() -> MetricId.of(hostile));
        }
    }

    /** The format written out by hand, independent of the pattern under test. */
    private static boolean isTwoToEightyAllowedCharacters(String s) {
        return s != null && s.length() >= 2 && s.length() <= 80 && s.chars().allMatch(c -> ALLOWED.indexOf(c) >= 0);
    }
}
