package uk.gov.lga.platform.lginform.domain.comparison;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class DirectionOfTravelTest {

    @ParameterizedTest(name = "{0} -> {1} where {2}: {3}")
    @CsvSource({
            "25, 30, HIGH_IS_GOOD, IMPROVING",
            "30, 25, HIGH_IS_GOOD, WORSENING",
            "30, 25, LOW_IS_GOOD, IMPROVING",
            "25, 30, LOW_IS_GOOD, WORSENING",
            "25, 30, NOT_APPLICABLE, INCREASING",
            "30, 25, NOT_APPLICABLE, DECREASING",
            "30, 30.0000, HIGH_IS_GOOD, NO_CHANGE",
    })
    void directionFollowsPolarityAndIsPlainIncreaseOrDecreaseWhereNoneApplies(
            String previous, String current, Polarity polarity, DirectionOfTravel direction) {
        assertThat(DirectionOfTravel.between(new BigDecimal(previous), new BigDecimal(current), polarity)).isEqualTo(direction);
    }

    @Test
    void missingValueOnEitherSideIsNoDirection() {
        assertThat(DirectionOfTravel.between(null, BigDecimal.ONE, Polarity.HIGH_IS_GOOD)).isNull();
        assertThat(DirectionOfTravel.between(BigDecimal.ONE, null, Polarity.HIGH_IS_GOOD)).isNull();
    }
}
