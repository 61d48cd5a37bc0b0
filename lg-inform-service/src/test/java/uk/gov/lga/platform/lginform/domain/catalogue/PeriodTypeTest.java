package uk.gov.lga.platform.lginform.domain.catalogue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

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

    @ParameterizedTest
    @CsvSource({
            "FINANCIAL_YEAR, 2016/17, 2016-04-01, 2017-03-31",
            "FINANCIAL_YEAR, 1999/00, 1999-04-01, 2000-03-31",
            "QUARTER, 2016/17 Q1, 2016-04-01, 2016-06-30",
            "QUARTER, 2016/17 Q4, 2017-01-01, 2017-03-31",
            "CALENDAR_YEAR, 2024, 2024-01-01, 2024-12-31",
    })
    void aPeriodIsTheDaysFromItsFirstToItsLast(PeriodType type, String period, LocalDate first, LocalDate last) {
        assertThat(type.firstDay(period)).isEqualTo(first);
        assertThat(type.lastDay(period)).isEqualTo(last);
    }
}
