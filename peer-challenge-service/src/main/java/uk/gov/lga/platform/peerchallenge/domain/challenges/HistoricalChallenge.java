package uk.gov.lga.platform.peerchallenge.domain.challenges;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ActionPlanInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.FindingsInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ProgressReviewInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ReportInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.VisitDates;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.support.ids.GssCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One challenge of the LGA's records as it stands: where it got to and what it recorded on the way. What its stage
 * implies must be there (visits from ON_SITE, findings from FEEDBACK_GIVEN, the report, the action plan, the progress
 * review) and nothing beyond it; {@link ChallengeImportService} checks the rest.
 *
 * @param reference        the record's own id in the LGA's records, imported once
 * @param hosts            lead first
 * @param enquiredOn       the day the enquiry opened the challenge
 * @param reportPublishedOn     with {@code report}
 * @param actionPlanPublishedOn with {@code actionPlan}
 */
public record HistoricalChallenge(String reference, ChallengeKind kind, ChallengeShape shape, List<GssCode> hosts,
                                  String topic, BigDecimal charge, List<String> focusAreas, List<String> partners,
                                  ChallengeStage stage, LocalDate enquiredOn, List<VisitDates> visits,
                                  FindingsInput findings, ReportInput report, LocalDate reportPublishedOn,
                                  ActionPlanInput actionPlan, LocalDate actionPlanPublishedOn,
                                  ProgressReviewInput progressReview, List<Seat> team) {

    public HistoricalChallenge {
        shape = shape == null ? ChallengeShape.SINGLE : shape;
        focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        partners = partners == null ? List.of() : List.copyOf(partners);
        visits = visits == null ? List.of() : List.copyOf(visits);
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A seat of the team as it was: INVITED only for a challenge not yet on site. */
    public record Seat(long peerId, SeatRole role, SeatStatus status) {
    }
}
