package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeDetails;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A peer challenge as its readers see it. */
@Schema(description = "A peer challenge: kind, shape, hosts, visits, where it is in its life and what is due.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChallengeView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long id,
        ChallengeKind kind,
        ChallengeShape shape,
        ChallengeStage stage,
        @Schema(description = "The one stage it may move to next; absent at the end of its life or when cancelled")
        ChallengeStage nextStage,
        @Schema(description = "SUBJECT_SPECIFIC: its catalogue topic", maxLength = TOPIC, pattern = NOT_BLANK,
                examples = "Planning") String topic,
        @Schema(description = "What the kind assesses; the focus areas come on top", maxItems = 20) List<Element> elements,
        @Schema(description = "The hosts' own focus areas", maxItems = 10, examples = "[\"Housing delivery\"]")
        List<@Size(max = NAME) @Pattern(regexp = NOT_BLANK) String> focusAreas,
        @Schema(description = "WITH_PARTNERS: the public-sector partners", maxItems = 10,
                examples = "[\"West Yorkshire Police\"]")
        List<@Size(max = NAME) @Pattern(regexp = NOT_BLANK) String> partners,
        @Schema(description = "SUBJECT_SPECIFIC: what the lead host is charged, in pounds") BigDecimal charge,
        @Schema(description = "The hosts, the lead first", maxItems = HOSTS) List<HostView> hosts,
        @Schema(description = "The on-site visits, in date order", maxItems = 10) List<VisitView> visits,
        @Schema(description = "The booking that opened it", minimum = ID_MIN, maximum = ID_MAX, examples = "7") Long bookingId,
        @Schema(pattern = QUARTER, maxLength = QUARTER_LENGTH, examples = "2026-Q3") String quarter,
        @Schema(description = "Every stage move with who made it (GET /challenges/{id} only)", maxItems = 100)
        List<StageMoveView> history,
        @Schema(description = "Worked out from the last on-site day when the visits are scheduled", maxItems = 3)
        List<DeadlineStatusView> deadlines,
        LocalDate feedbackOn,
        @Schema(description = "The report is published: GET /challenges/{id}/report is open to anyone") boolean reportPublished,
        Instant createdAt,
        @Schema(description = "Set when its booking was cancelled before the visit") Instant cancelledAt) {

    public record VisitView(@Schema(minimum = "1", maximum = "10", examples = "1") int visitNo, @Schema(examples = "2026-09-14") LocalDate startsOn,
                            @Schema(examples = "2026-09-17") LocalDate endsOn) {
    }

    public record StageMoveView(@Schema(description = "Absent for the opening at ENQUIRY") ChallengeStage from,
                                ChallengeStage to,
                                @Schema(description = "The user who moved it", maxLength = USER, pattern = NOT_BLANK,
                                        examples = "manager") String by,
                                Instant at) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeadlineStatusView(DeadlineKind deadline, @Schema(examples = "2026-12-17") LocalDate dueOn,
                                     @Schema(description = "The day its stage was reached") LocalDate metOn,
                                     @Schema(description = "Unmet and past its day") boolean overdue,
                                     @Schema(description = "When DeadlineMissed was published for it") Instant missedAnnouncedAt) {
    }

    static ChallengeView of(ChallengeDetails c) {
        return new ChallengeView(c.id(), c.kind(), c.shape(), c.stage(), c.nextStage(), c.topic(), c.elements(),
                c.focusAreas(), c.partners(), c.charge(), HostView.of(c.hosts()),
                c.visits().stream().map(v -> new VisitView(v.visitNo(), v.startsOn(), v.endsOn())).toList(),
                c.bookingId(), c.quarter(),
                c.history() == null ? null : c.history().stream()
                        .map(m -> new StageMoveView(m.from(), m.to(), m.by(), m.at())).toList(),
                c.deadlines().stream().map(d -> new DeadlineStatusView(d.deadline(), d.dueOn(), d.metOn(), d.overdue(),
                        d.missedAnnouncedAt())).toList(),
                c.feedbackOn(), c.reportPublished(), c.createdAt(), c.cancelledAt());
    }
}
