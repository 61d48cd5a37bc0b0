package uk.gov.lga.platform.peerchallenge.domain;

/** Where a peer challenge is in its life, from first enquiry to the progress review about ten months after. */
public enum ChallengeStage {
    ENQUIRY,
    SCOPING,
    POSITION_STATEMENT,
    ON_SITE,
    FEEDBACK_GIVEN,
    REPORT_PUBLISHED,
    PROGRESS_REVIEWED
}
