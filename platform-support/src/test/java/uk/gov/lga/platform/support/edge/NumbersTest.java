package uk.gov.lga.platform.support.edge;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.math.BigDecimal;
import java.math.BigInteger;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {

    @Test
    void keepsAPublishedRatioAtThePrecisionSent() {
        BigDecimal ratio = Numbers.parseBounded("26.335086811");

        assertThat(ratio).isEqualByComparingTo("26.335086811");
        assertThat(ratio.scale()).isEqualTo(9);
    }

    @Test
    void refusesHugeExponentsBeforeExpandingThem() {
        assertThat(Numbers.parseBounded("1e1000000")).isNull();
        assertThat(Numbers.parseBounded("1e-1000000")).isNull();
    }

    @Test
    void readsAZeroWithAHugeScaleAsZero() {
        assertThat(Numbers.parseBounded("0e-1000000")).isEqualByComparingTo("0");
        assertThat(Numbers.parseBounded("0e1000000")).isEqualByComparingTo("0");
    }

    @Test
    void refusesDigitsOfOtherScriptsThatTheJdkWouldRead() {
        assertThat(new BigDecimal("\u0661\u0662")).isEqualByComparingTo("12");

        assertThat(Numbers.parse("\u0661\u0662")).isNull(); // Arabic-Indic 12
        assertThat(Numbers.parse("\uff11\uff12")).isNull(); // fullwidth 12
    }

    @Test
    void keepsEveryGeneratedNumberWithinTheBoundsExactly() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            // Up to 18 digits unscaled, so at most 18 before the point whatever the scale.
            BigDecimal value = BigDecimal.valueOf(generated.nextLong() % 1_000_000_000_000_000_000L >> generated.nextInt(60),
                    generated.nextInt(Numbers.MAX_DECIMAL_PLACES + 1));
            assertThat(Numbers.parseBounded(value.toString())).as(generated.describe(value.toString())).isEqualTo(value);
        }
    }

    @Test
    void refusesEveryGeneratedNumberBeyondTheBounds() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < 500; i++) {
            int integerDigits = generated.between(Numbers.MAX_INTEGER_DIGITS + 1, 400);
            int decimalPlaces = generated.between(Numbers.MAX_DECIMAL_PLACES + 1, 400);

            assertThat(Numbers.bounded(new BigDecimal(BigInteger.TEN.pow(integerDigits - 1)))).isNull();
            assertThat(Numbers.bounded(BigDecimal.ONE.movePointLeft(decimalPlaces))).isNull();
        }
    }

    @Test
    void noGeneratedStringIsAcceptedAsALongerNumberThanTheBoundsAllow() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String text = generated.anyString(12, "0123456789.eE+-") + (generated.nextInt(2) == 0 ? "" : "e" + generated.nextLong());
            BigDecimal value = Numbers.parseBounded(text);
            if (value != null) {
                assertThat(value.toPlainString().length()).as(generated.describe(text))
                        .isLessThanOrEqualTo(Numbers.MAX_INTEGER_DIGITS + Numbers.MAX_DECIMAL_PLACES + 2);
            }
        }
    }
}
