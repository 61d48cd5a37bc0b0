package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineDue;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** An unmet deadline of a challenge. */
@Schema(description = "An unmet deadline of a peer challenge, with the challenge it belongs to.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
        DeadlineKind deadline,
        @Schema(examples = "2026-12-17") LocalDate dueOn,
        @Schema(description = "Days overdue (positive), or left (negative; 0 on the day)", minimum = "-36600",
                maximum = "36600", examples = "12") long daysOverdue,
        ChallengeKind kind,
        @Schema(description = "Where the challenge stands") ChallengeStage stage,
        @Schema(description = "The hosts, the lead first", maxItems = HOSTS) List<HostView> hosts,
        LocalDate lastOnSiteDay,
        @Schema(description = "When its DeadlineMissed event was published") Instant missedAnnouncedAt) {

    static DeadlineView of(DeadlineDue d) {
        return new DeadlineView(d.challengeId(), d.deadline(), d.dueOn(), d.days(), d.kind(), d.stage(),
                HostView.of(d.hosts()), d.lastOnSiteDay(), d.missedAnnouncedAt());
    }

    /** The cursor of the row: its due day and id, so pages follow the list's order. */
    static String cursor(DeadlineDue d) {
        return d.dueOn() + "_" + d.deadlineId();
    }
}
