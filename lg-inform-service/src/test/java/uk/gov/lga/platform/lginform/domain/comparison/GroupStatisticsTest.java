package uk.gov.lga.platform.lginform.domain.comparison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expected number here is worked by hand; the working is in the comments. */
class GroupStatisticsTest {

    /** Sorted 10 20 30 30 40 50 60 70: n = 8, h = 7p. */
    static final GroupStatistics EIGHT = GroupStatistics.of(values("40", "10", "30", "70", "20", "60", "30", "50"));

    @Test
    void oddGroupTakesItsQuartilesAtOrderStatistics() {
        // sorted 3 5 7 8 12, h = 4p: Q1 at h = 1 -> 5, median at h = 2 -> 7, Q3 at h = 3 -> 8
        GroupStatistics s = GroupStatistics.of(values("7", "12", "3", "8", "5"));

        assertThat(s.count()).isEqualTo(5);
        assertThat(s.min()).isEqualByComparingTo("3");
        assertThat(s.lowerQuartile()).isEqualByComparingTo("5");
        assertThat(s.median()).isEqualByComparingTo("7");
        assertThat(s.upperQuartile()).isEqualByComparingTo("8");
        assertThat(s.max()).isEqualByComparingTo("12");
        assertThat(s.mean()).isEqualByComparingTo("7");   // 35 / 5
    }

    @Test
    void evenGroupInterpolatesBetweenOrderStatistics() {
        // Q1: h = 1.75 -> 20 + 0.75 x (30 - 20) = 27.5; median: h = 3.5 -> 30 + 0.5 x 10 = 35;
        // Q3: h = 5.25 -> 50 + 0.25 x 10 = 52.5; mean 310 / 8 = 38.75
        assertThat(EIGHT.lowerQuartile()).isEqualByComparingTo("27.5");
        assertThat(EIGHT.median()).isEqualByComparingTo("35");
        assertThat(EIGHT.upperQuartile()).isEqualByComparingTo("52.5");
        assertThat(EIGHT.mean()).isEqualByComparingTo("38.75");
    }

    @Test
    void quartilesMatchExcelQuartileInc() {
        // QUARTILE.INC({1,2,3,4}, 1..3) = 1.75, 2.5, 3.25
        GroupStatistics s = GroupStatistics.of(values("1", "2", "3", "4"));

        assertThat(List.of(s.lowerQuartile(), s.median(), s.upperQuartile()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.75"), new BigDecimal("2.5"), new BigDecimal("3.25"));
    }

    @Test
    void madIsTheUnscaledMedianOfAbsoluteDeviationsFromTheMedian() {
        // |x - 35| = 25 15 5 5 5 15 25 35, sorted 5 5 5 15 15 25 25 35, median at h = 3.5 -> 15
        assertThat(EIGHT.mad()).isEqualByComparingTo("15");
        // odd: |x - 7| of 3 5 7 8 12 = 4 2 0 1 5, sorted 0 1 2 4 5 -> 2
        assertThat(GroupStatistics.of(values("3", "5", "7", "8", "12")).mad()).isEqualByComparingTo("2");
    }

    @Test
    void missingValuesAreCountedAndLeftOutOfEveryStatistic() {
        // 10 and 20 present: read as zeros, the two gaps would make the median 5 and the mean 7.5
        GroupStatistics s = GroupStatistics.of(values("10", null, "20", null));

        assertThat(s.count()).isEqualTo(2);
        assertThat(s.missing()).isEqualTo(2);
        assertThat(s.min()).isEqualByComparingTo("10");
        assertThat(s.median()).isEqualByComparingTo("15");
        assertThat(s.mean()).isEqualByComparingTo("15");
    }

    @Test
    void groupWithNoValuesHasNoStatistics() {
        GroupStatistics s = GroupStatistics.of(values(null, null, null));

        assertThat(s.isEmpty()).isTrue();
        assertThat(s.missing()).isEqualTo(3);
        assertThat(s.median()).isNull();
        assertThat(s.mean()).isNull();
        assertThat(s.quartile(BigDecimal.ONE, Polarity.HIGH_IS_GOOD)).isNull();
    }

    @Test
    void groupOfOneIsItsOwnEveryStatisticWithNoSpread() {
        GroupStatistics s = GroupStatistics.of(values("42"));

        assertThat(List.of(s.min(), s.lowerQuartile(), s.median(), s.upperQuartile(), s.max(), s.mean()))
                .allSatisfy(v -> assertThat(v).isEqualByComparingTo("42"));
        assertThat(s.mad()).isEqualByComparingTo("0");
        assertThat(s.rank(new BigDecimal("42"), Polarity.HIGH_IS_GOOD)).isEqualTo(1);
        assertThat(s.quartile(new BigDecimal("42"), Polarity.LOW_IS_GOOD)).isEqualTo(1);
    }

    @Test
    void meanIsRoundedHalfUpToFifteenPlacesTheBoundOfAValue() {
        // (1e-15 + 0) / 2 = 5e-16 -> 1e-15 half up (half even would give 0); 4 / 3 -> 1.333333333333333
        assertThat(GroupStatistics.of(values("0.000000000000001", "0")).mean()).isEqualByComparingTo("0.000000000000001");
        assertThat(GroupStatistics.of(values("1", "1", "2")).mean()).isEqualByComparingTo("1.333333333333333");
    }

    @ParameterizedTest(name = "{1}: {0} ranks {2}")
    @CsvSource({
            // values 90 80 80 70: competition ranking 1 2 2 4 where high is good, 4 2 2 1 where low is good
            "90, HIGH_IS_GOOD, 1",
            "80, HIGH_IS_GOOD, 2",
            "70, HIGH_IS_GOOD, 4",
            "70, LOW_IS_GOOD, 1",
            "80, LOW_IS_GOOD, 2",
            "90, LOW_IS_GOOD, 4",
    })
    void tiedValuesShareTheBestRankOfTheirTieAndTheNextRankIsSkipped(String value, Polarity polarity, int rank) {
        GroupStatistics s = GroupStatistics.of(values("90", "80", "80", "70"));

        assertThat(s.rank(new BigDecimal(value), polarity)).isEqualTo(rank);
    }

    @Test
    void valueOutsideTheGroupIsRankedAsIfAdded() {
        // 85 among 90 80 80 70: only 90 is better
        assertThat(GroupStatistics.of(values("90", "80", "80", "70")).rank(new BigDecimal("85"), Polarity.HIGH_IS_GOOD))
                .isEqualTo(2);
    }

    @Test
    void noRankWherePolarityDoesNotApply() {
        assertThat(EIGHT.rank(new BigDecimal("70"), Polarity.NOT_APPLICABLE)).isNull();
    }

    @ParameterizedTest(name = "{1}: {0} is in quartile {2}")
    @CsvSource({
            // cut points 27.5, 35, 52.5; a value on a cut point belongs to the better quartile
            "70, HIGH_IS_GOOD, 1",
            "52.5, HIGH_IS_GOOD, 1",
            "52.4, HIGH_IS_GOOD, 2",
            "35, HIGH_IS_GOOD, 2",
            "27.5, HIGH_IS_GOOD, 3",
            "27.4, HIGH_IS_GOOD, 4",
            "27.5, LOW_IS_GOOD, 1",
            "35, LOW_IS_GOOD, 2",
            "52.5, LOW_IS_GOOD, 3",
            "52.6, LOW_IS_GOOD, 4",
            "10, NOT_APPLICABLE, 1",
            "70, NOT_APPLICABLE, 4",
    })
    void quartileOneIsTheBestQuarterByPolarityOrTheLowestWhereNoneApplies(String value, Polarity polarity, int quartile) {
        assertThat(EIGHT.quartile(new BigDecimal(value), polarity)).isEqualTo(quartile);
    }

    static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }
}
