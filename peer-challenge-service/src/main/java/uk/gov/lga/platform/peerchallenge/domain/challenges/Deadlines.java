package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deadlines that run from a challenge's last on-site day: the report, the action plan and the progress review,
 * each within its period (by default 3, 5 and 10 months). A month added to the 31st ends on the month's last day.
 */
public record Deadlines(Period report, Period actionPlan, Period progressReview) {

    public LocalDate dueOn(DeadlineKind kind, LocalDate lastOnSiteDay) {
        return lastOnSiteDay.plus(switch (kind) {
            case REPORT -> report;
            case ACTION_PLAN -> actionPlan;
            case PROGRESS_REVIEW -> progressReview;
        });
    }

    public Map<DeadlineKind, LocalDate> from(LocalDate lastOnSiteDay) {
        Map<DeadlineKind, LocalDate> due = new EnumMap<>(DeadlineKind.class);
        for (DeadlineKind kind : DeadlineKind.values()) {
            due.put(kind, dueOn(kind, lastOnSiteDay));
        }
        return due;
    }
}
