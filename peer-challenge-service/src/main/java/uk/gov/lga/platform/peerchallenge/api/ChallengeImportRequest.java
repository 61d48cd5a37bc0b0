package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.api.VisitsRequest.Dates;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImportService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.VisitDates;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.HistoricalChallenge;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Records of past and current peer challenges from the LGA's own records, imported all or nothing. */
@Schema(description = "Records of peer challenges from the LGA's own records (since 2011), each as it stands: what its "
        + "stage implies must be there (visits from ON_SITE, findings from FEEDBACK_GIVEN, report, action plan, progress "
        + "review) and nothing beyond it.")
public record ChallengeImportRequest(
        @NotBlank @Size(max = 300) @Schema(description = "Where the records come from", examples = "Peer challenge register 2011-2025")
        String source,
        @NotEmpty @Size(max = ChallengeImportService.MAX_CHALLENGES) List<@NotNull @Valid Record> challenges) {

    /** A record's id in the LGA's records. */
    static final String REFERENCE = "^[A-Za-z0-9][A-Za-z0-9._/-]*$";

    static final String EXAMPLE = """
            {"source": "Peer challenge register 2011-2025",
             "challenges": [{"reference": "PC-2015-041", "kind": "CORPORATE", "shape": "SINGLE", "hosts": ["E08000035"],
               "stage": "REPORT_PUBLISHED", "enquiredOn": "2015-01-12",
               "visits": [{"startsOn": "2015-06-08", "endsOn": "2015-06-11"}],
               "findings": {"memberChallengeOfPerformanceWeak": false, "findings": [
                 {"element": "LOCAL_PRIORITIES_AND_OUTCOMES", "strengths": ["Clear ambition"], "recommendations": ["Publish the plan"]},
                 {"element": "ORGANISATIONAL_AND_PLACE_LEADERSHIP"}, {"element": "GOVERNANCE_AND_CULTURE"},
                 {"element": "FINANCIAL_PLANNING_AND_MANAGEMENT"}, {"element": "CAPACITY_FOR_IMPROVEMENT"}]},
               "report": {"title": "Corporate peer challenge: Leeds City Council", "summary": "Leeds knows itself well."},
               "reportPublishedOn": "2015-08-20",
               "team": [{"peerId": 12, "role": "LEAD_MEMBER_PEER", "status": "ACCEPTED"}]}]}""";

    /** One challenge as the records have it. */
    @Schema(name = "ChallengeImportRecord", description = "One peer challenge as the LGA's records have it.")
    public record Record(
            @NotBlank @Size(max = 100) @Pattern(regexp = REFERENCE, message = "must be a record id")
            @Schema(description = "The record's id in the LGA's records; imported once", examples = "PC-2015-041") String reference,
            @NotNull ChallengeKind kind,
            @Schema(description = "Default SINGLE") ChallengeShape shape,
            @NotEmpty @Size(max = 20) @Schema(description = "GSS codes of the hosts, the lead first", examples = "[\"E08000035\"]")
            List<@NotNull @ValidGssCode @Size(max = SchemaBounds.GSS_LENGTH) String> hosts,
            @Size(max = 80) @Schema(description = "SUBJECT_SPECIFIC: a topic of the catalogue", pattern = SchemaBounds.NOT_BLANK,
                    examples = "Planning") String topic,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2)
            @Schema(description = "SUBJECT_SPECIFIC: what it was charged, in pounds (kept on the challenge, not charged "
                    + "again)", examples = "7500.00") BigDecimal charge,
            @Size(max = 10) List<@NotBlank @Size(max = 200) String> focusAreas,
            @Size(max = 10) List<@NotBlank @Size(max = 200) String> partners,
            @NotNull @Schema(description = "Where it got to") ChallengeStage stage,
            @NotNull @Schema(description = "The day the enquiry opened it; from 2011-04-01, not in the future",
                    examples = "2015-01-12") LocalDate enquiredOn,
            @Size(max = 10) List<@NotNull @Valid Dates> visits,
            @Valid FindingsRequest findings,
            @Valid ReportRequest report,
            @Schema(description = "With report: after the last on-site day, not in the future", examples = "2015-08-20")
            LocalDate reportPublishedOn,
            @Valid ActionPlanRequest actionPlan,
            @Schema(description = "With actionPlan: not before the report, not in the future", examples = "2015-11-02")
            LocalDate actionPlanPublishedOn,
            @Valid ProgressReviewRequest progressReview,
            @Size(max = 20) List<@NotNull @Valid Seat> team) {

        HistoricalChallenge toHistorical() {
            return new HistoricalChallenge(reference, kind, shape, hosts.stream().map(GssCode::of).toList(), topic, charge,
                    focusAreas, partners, stage, enquiredOn, visits == null ? null : visits.stream()
                    .map(v -> new VisitDates(v.startsOn(), v.endsOn())).toList(),
                    findings == null ? null : findings.toInput(),
                    report == null ? null : report.toInput(),
                    reportPublishedOn, actionPlan == null ? null : actionPlan.toInput(), actionPlanPublishedOn,
                    progressReview == null ? null : progressReview.toInput(),
                    team == null ? null : team.stream().map(s -> new HistoricalChallenge.Seat(s.peerId(), s.role(),
                            s.status())).toList());
        }
    }

    /** A seat of the team as it was. */
    @Schema(name = "ChallengeImportSeat", description = "A seat of the team: the peer, the role, and the answer.")
    public record Seat(
            @NotNull @Min(1) @Schema(description = "The peer's id in the bank", minimum = SchemaBounds.ID_MIN,
                    maximum = SchemaBounds.ID_MAX, examples = "12") Long peerId,
            @NotNull SeatRole role,
            @NotNull @Schema(description = "INVITED only for a challenge not yet on site") SeatStatus status) {
    }

    List<HistoricalChallenge> toHistorical() {
        return challenges.stream().map(Record::toHistorical).toList();
    }
}
