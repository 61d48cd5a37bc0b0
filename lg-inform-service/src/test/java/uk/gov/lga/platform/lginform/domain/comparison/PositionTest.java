package uk.gov.lga.platform.lginform.domain.comparison;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lga.platform.lginform.domain.comparison.GroupStatisticsTest.EIGHT;
import static uk.gov.lga.platform.lginform.domain.comparison.GroupStatisticsTest.values;

/** Against 10 20 30 30 40 50 60 70: median 35, MAD 15, cut points 27.5 and 52.5. */
class PositionTest {

    @Test
    void memberIsPlacedByRankQuartileDistanceAndBand() {
        // 60: only 70 is better; 60 >= 52.5; (60 - 35) / 15 = 1.67, in [1, 2)
        Position p = Position.of(new BigDecimal("60"), true, EIGHT, Polarity.HIGH_IS_GOOD);

        assertThat(p).isEqualTo(new Position(true, 2, 8, 1, new BigDecimal("1.67"), Band.BETTER));
    }

    @Test
    void councilOutsideTheGroupIsPlacedAsIfAddedAndCountedInOutOf() {
        // 80 beats all eight; (80 - 35) / 15 = 3
        Position p = Position.of(new BigDecimal("80"), false, EIGHT, Polarity.HIGH_IS_GOOD);

        assertThat(p.member()).isFalse();
        assertThat(p.rank()).isEqualTo(1);
        assertThat(p.outOf()).isEqualTo(9);
        assertThat(p.band()).isEqualTo(Band.MUCH_BETTER);
    }

    @Test
    void councilWithoutAValueHasNoPlace() {
        assertThat(Position.of(null, true, EIGHT, Polarity.HIGH_IS_GOOD))
                .isEqualTo(new Position(true, null, null, null, null, null));
    }

    @Test
    void groupWithoutValuesPlacesNobody() {
        assertThat(Position.of(BigDecimal.TEN, false, GroupStatistics.of(values(null, null)), Polarity.HIGH_IS_GOOD))
                .isEqualTo(new Position(false, null, null, null, null, null));
    }

    @Test
    void whereNoPolarityAppliesThereIsNoRankButAQuartileByValue() {
        Position p = Position.of(new BigDecimal("70"), true, EIGHT, Polarity.NOT_APPLICABLE);

        assertThat(p.rank()).isNull();
        assertThat(p.outOf()).isNull();
        assertThat(p.quartile()).isEqualTo(4);
        assertThat(p.band()).isEqualTo(Band.MUCH_HIGHER);  // (70 - 35) / 15 = 2.33
    }
}
