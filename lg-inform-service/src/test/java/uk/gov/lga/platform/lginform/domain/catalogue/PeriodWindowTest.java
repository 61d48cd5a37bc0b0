package uk.gov.lga.platform.lginform.domain.catalogue;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodWindowTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Metric metric(PeriodType type, boolean forecasts) {
        Metric m = new Metric();
        m.id = "m";
        m.periodType = type;
        m.forecasts = forecasts;
        return m;
    }

    @Test
    void periodsThatHaveBegunAreOpenAndTheNextOnlyForForecasts() {
        Metric plain = metric(PeriodType.FINANCIAL_YEAR, false);
        Metric forecast = metric(PeriodType.FINANCIAL_YEAR, true);
        assertThat(PeriodWindow.isOpen(plain, "2026/27", TODAY)).isTrue();
        assertThat(PeriodWindow.isOpen(plain, "1999/00", TODAY)).isTrue();
        assertThat(PeriodWindow.isOpen(plain, "2027/28", TODAY)).isFalse();
        assertThat(PeriodWindow.isOpen(forecast, "2027/28", TODAY)).isTrue();
        assertThat(PeriodWindow.isOpen(forecast, "2028/29", TODAY)).isFalse();
        assertThat(PeriodWindow.isOpen(forecast, "9999/00", TODAY)).isFalse();
        assertThat(PeriodWindow.isOpen(metric(PeriodType.QUARTER, false), "2026/27 Q3", TODAY)).isTrue();
        assertThat(PeriodWindow.isOpen(metric(PeriodType.QUARTER, false), "2026/27 Q4", TODAY)).isFalse();
        assertThat(PeriodWindow.isOpen(metric(PeriodType.CALENDAR_YEAR, true), "2027", TODAY)).isTrue();
    }

    @Test
    void theLatestIsTheNewestOpenPeriodWithAValue() {
        Metric m = metric(PeriodType.FINANCIAL_YEAR, false);
        List<String> periods = List.of("2023/24", "2025/26", "2024/25", "9999/00", "2027/28");
        assertThat(PeriodWindow.latest(m, periods, TODAY)).contains("2025/26");
        assertThat(PeriodWindow.newest(m, periods, 2, TODAY)).isEqualTo(List.of("2025/26", "2024/25"));
        assertThat(PeriodWindow.latest(metric(PeriodType.FINANCIAL_YEAR, true), periods, TODAY)).contains("2027/28");
        assertThat(PeriodWindow.latest(m, List.of("9999/00"), TODAY)).isEmpty();
    }
}
