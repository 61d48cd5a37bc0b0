package uk.gov.lga.platform.peerchallenge.domain.challenges;

/**
 * The deadlines that run from a challenge's last on-site day, each met by reaching its stage: REPORT by
 * REPORT_PUBLISHED, ACTION_PLAN by ACTION_PLAN_PUBLISHED, PROGRESS_REVIEW by PROGRESS_REVIEWED.
 */
public enum DeadlineKind {
    REPORT,
    ACTION_PLAN,
    PROGRESS_REVIEW
}
