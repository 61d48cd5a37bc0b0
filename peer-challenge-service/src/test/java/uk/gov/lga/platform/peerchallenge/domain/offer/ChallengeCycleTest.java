package uk.gov.lga.platform.peerchallenge.domain.offer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChallengeCycleTest {

    @ParameterizedTest
    @CsvSource({
            "2011-04-01, 2011-04-01, 2014-03-31",
            "2012-12-25, 2011-04-01, 2014-03-31",
            "2014-03-31, 2011-04-01, 2014-03-31",
            "2014-04-01, 2014-04-01, 2017-03-31",
            "2023-04-01, 2023-04-01, 2026-03-31",
            "2026-03-31, 2023-04-01, 2026-03-31",
            "2026-04-01, 2026-04-01, 2029-03-31",
            "2026-01-15, 2023-04-01, 2026-03-31",
            "2029-03-31, 2026-04-01, 2029-03-31",
            "2029-04-01, 2029-04-01, 2032-03-31",
    })
    void aDayFallsInTheThreeYearCycleFromTheAprilBeforeIt(LocalDate day, LocalDate start, LocalDate end) {
        assertThat(ChallengeCycle.containing(day)).isEqualTo(new ChallengeCycle(start, end));
    }

    @Test
    void beforeTheFirstCycleThereIsNoOffer() {
        assertThatThrownBy(() -> ChallengeCycle.containing(LocalDate.of(2011, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCycleHasThreeFinancialYears() {
        assertThat(ChallengeCycle.containing(LocalDate.of(2026, 4, 1)).financialYears())
                .containsExactly("2026/27", "2027/28", "2028/29");
        assertThat(ChallengeCycle.containing(LocalDate.of(2098, 1, 1)).financialYears())
                .containsExactly("2095/96", "2096/97", "2097/98");
        assertThat(ChallengeCycle.containing(LocalDate.of(2099, 6, 1)).financialYears())
                .containsExactly("2098/99", "2099/00", "2100/01");
    }

    @Test
    void bothEndsOfACycleAreInsideIt() {
        ChallengeCycle cycle = ChallengeCycle.containing(LocalDate.of(2027, 7, 1));
        assertThat(cycle.contains(LocalDate.of(2026, 4, 1))).isTrue();
        assertThat(cycle.contains(LocalDate.of(2029, 3, 31))).isTrue();
        assertThat(cycle.contains(LocalDate.of(2026, 3, 31))).isFalse();
        assertThat(cycle.contains(LocalDate.of(2029, 4, 1))).isFalse();
        assertThat(cycle.contains(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-03-31, 2025/26", "2026-04-01, 2026/27", "2099-12-31, 2099/00"})
    void aDayFallsInTheFinancialYearFromTheAprilBeforeIt(LocalDate day, String financialYear) {
        assertThat(ChallengeCycle.financialYearOf(day)).isEqualTo(financialYear);
    }

    @Test
    void aFinancialYearStartsOnTheFirstOfAprilAndOnlyTheSectorsNotationIsOne() {
        assertThat(ChallengeCycle.financialYearStart("2026/27")).contains(LocalDate.of(2026, 4, 1));
        assertThat(ChallengeCycle.financialYearStart("2099/00")).contains(LocalDate.of(2099, 4, 1));
        for (String notAYear : new String[]{"2026/28", "2026-27", "26/27", "2026/2027", "", " 2026/27"}) {
            assertThat(ChallengeCycle.financialYearStart(notAYear)).as(notAYear).isEmpty();
        }
        assertThat(ChallengeCycle.financialYearStart(null)).isEmpty();
    }
}
