package uk.gov.lga.platform.peerchallenge.domain.challenges;

/** Where a recommendation stands at the progress review. */
public enum ProgressStatus {
    ACHIEVED,
    IN_PROGRESS,
    NOT_STARTED,
    /** Overtaken by events; the review says why. */
    NO_LONGER_APPLICABLE
}
