package uk.gov.lga.platform.peerchallenge.domain.challenges;

/**
 * Where a peer challenge is in its life, from first enquiry to the progress review about ten months after
 * the visit. The allowed moves between stages are {@link Lifecycle}'s rules.
 */
public enum ChallengeStage {
    ENQUIRY,
    SCOPING,
    /** Position statement written and the data pack drawn from LG Inform. */
    POSITION_STATEMENT,
    ON_SITE,
    /** Feedback given on the last on-site day; findings recorded. */
    FEEDBACK_GIVEN,
    REPORT_PUBLISHED,
    ACTION_PLAN_PUBLISHED,
    PROGRESS_REVIEWED
}
