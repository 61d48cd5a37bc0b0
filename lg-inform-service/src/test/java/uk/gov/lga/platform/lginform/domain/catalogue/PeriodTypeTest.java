package uk.gov.lga.platform.lginform.domain.catalogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTypeTest {

    @ParameterizedTest
    @CsvSource({
            "FINANCIAL_YEAR, 2024/25, true",
            "FINANCIAL_YEAR, 1999/00, true",
            "FINANCIAL_YEAR, 2024/26, false",
            "FINANCIAL_YEAR, 2024, false",
            "QUARTER, 2024/25 Q1, true",
            "QUARTER, 2024/25 Q5, false",
            "CALENDAR_YEAR, 2024, true",
            "CALENDAR_YEAR, 2024/25, false",
    })
    void periodsAreAcceptedOnlyInTheirTypesForm(PeriodType type, String period, boolean accepted) {
        assertThat(type.accepts(period)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({
            "FINANCIAL_YEAR, 2024/25, 2023/24",
            "FINANCIAL_YEAR, 2000/01, 1999/00",
            "QUARTER, 2024/25 Q1, 2023/24 Q4",
            "QUARTER, 2024/25 Q3, 2024/25 Q2",
            "CALENDAR_YEAR, 2024, 2023",
    })
    void previousPeriodIsTheOneImmediatelyBeforeInItsType(PeriodType type, String period, String previous) {
        assertThat(type.previous(period)).isEqualTo(previous);
    }
}
