package uk.gov.lga.platform.lginform.domain.comparison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** Median 50 and MAD 10 throughout, unless a test says otherwise: the limits fall at 5, 10 and 20 from the median. */
class BandingTest {

    static final BigDecimal MEDIAN = new BigDecimal("50");
    static final BigDecimal MAD = new BigDecimal("10");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "50, BROADLY_SIMILAR",
            "54.9, BROADLY_SIMILAR",
            "45.1, BROADLY_SIMILAR",
            "55, SLIGHTLY_BETTER",
            "59.9, SLIGHTLY_BETTER",
            "60, BETTER",
            "69.9, BETTER",
            "70, MUCH_BETTER",
            "45, SLIGHTLY_WORSE",
            "40, WORSE",
            "30, MUCH_WORSE",
    })
    void eachLimitBelongsToTheBandItOpensWhereHighIsGood(String value, Band band) {
        assertThat(Banding.band(new BigDecimal(value), MEDIAN, MAD, Polarity.HIGH_IS_GOOD)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "40, BETTER",
            "45, SLIGHTLY_BETTER",
            "70, MUCH_WORSE",
            "52, BROADLY_SIMILAR",
    })
    void belowTheMedianIsBetterWhereLowIsGood(String value, Band band) {
        assertThat(Banding.band(new BigDecimal(value), MEDIAN, MAD, Polarity.LOW_IS_GOOD)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "55, SLIGHTLY_HIGHER",
            "60, HIGHER",
            "30, MUCH_LOWER",
            "50, BROADLY_SIMILAR",
    })
    void whereNoPolarityAppliesTheBandSaysHigherOrLowerThanTypical(String value, Band band) {
        Band found = Banding.band(new BigDecimal(value), MEDIAN, MAD, Polarity.NOT_APPLICABLE);

        assertThat(found).isEqualTo(band);
        assertThat(found.words()).doesNotContain("better", "worse");
    }

    @ParameterizedTest(name = "{1}: {0} -> {2}")
    @CsvSource({
            "50, HIGH_IS_GOOD, BROADLY_SIMILAR",
            "50.0001, HIGH_IS_GOOD, SLIGHTLY_BETTER",
            "1000, HIGH_IS_GOOD, SLIGHTLY_BETTER",
            "49, HIGH_IS_GOOD, SLIGHTLY_WORSE",
            "49, LOW_IS_GOOD, SLIGHTLY_BETTER",
            "51, NOT_APPLICABLE, SLIGHTLY_HIGHER",
    })
    void withNoSpreadOnlyTheMedianIsBroadlySimilarAndAnyOtherValueTakesTheSmallestBandOnItsSide(
            String value, Polarity polarity, Band band) {
        assertThat(Banding.band(new BigDecimal(value), MEDIAN, BigDecimal.ZERO, polarity)).isEqualTo(band);
    }

    @Test
    void withNoSpreadNoDistanceInMadsIsClaimed() {
        assertThat(Banding.madDistance(new BigDecimal("60"), MEDIAN, BigDecimal.ZERO)).isNull();
    }

    @ParameterizedTest(name = "({0} - {1}) / {2} = {3}")
    @CsvSource({
            "55, 50, 10, 0.50",
            "30, 35, 15, -0.33",
            "45, 35, 15, 0.67",
            "1, 0, 8, 0.13",      // 0.125 half up; half even would give 0.12
            "-1, 0, 8, -0.13",
    })
    void distanceIsSignedByValueAndRoundedHalfUpToTwoPlaces(String value, String median, String mad, String distance) {
        assertThat(Banding.madDistance(new BigDecimal(value), new BigDecimal(median), new BigDecimal(mad)))
                .isEqualByComparingTo(distance);
    }

    @Test
    void missingValueHasNoBand() {
        assertThat(Banding.band(null, MEDIAN, MAD, Polarity.HIGH_IS_GOOD)).isNull();
    }

    @Test
    void bandsSayTheirPlaceInWords() {
        assertThat(Band.BROADLY_SIMILAR.words()).isEqualTo("broadly similar");
        assertThat(Band.SLIGHTLY_WORSE.words()).isEqualTo("slightly worse");
        assertThat(Band.MUCH_HIGHER.words()).isEqualTo("much higher than typical");
    }
}
