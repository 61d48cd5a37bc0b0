package uk.gov.lga.platform.peerchallenge.domain.challenges;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTest {

    private final Deadlines papers = new Deadlines(Period.ofMonths(3), Period.ofMonths(5), Period.ofMonths(10));

    @Test
    void theDeadlinesRunFromTheLastOnSiteDay() {
        LocalDate last = LocalDate.of(2026, 9, 17);

        assertThat(papers.from(last)).containsEntry(DeadlineKind.REPORT, LocalDate.of(2026, 12, 17))
                .containsEntry(DeadlineKind.ACTION_PLAN, LocalDate.of(2027, 2, 17))
                .containsEntry(DeadlineKind.PROGRESS_REVIEW, LocalDate.of(2027, 7, 17));
    }

    @Test
    void aMonthFromTheThirtyFirstEndsOnTheMonthsLastDay() {
        assertThat(papers.dueOn(DeadlineKind.REPORT, LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(papers.dueOn(DeadlineKind.REPORT, LocalDate.of(2027, 11, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void configuredPeriodsReplaceThePapers() {
        Deadlines quick = new Deadlines(Period.ofWeeks(6), Period.ofDays(90), Period.ofYears(1));
        LocalDate last = LocalDate.of(2026, 9, 17);

        assertThat(quick.dueOn(DeadlineKind.REPORT, last)).isEqualTo(LocalDate.of(2026, 10, 29));
        assertThat(quick.dueOn(DeadlineKind.ACTION_PLAN, last)).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(quick.dueOn(DeadlineKind.PROGRESS_REVIEW, last)).isEqualTo(LocalDate.of(2027, 9, 17));
    }
}
