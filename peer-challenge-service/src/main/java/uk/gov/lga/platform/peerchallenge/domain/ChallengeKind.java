package uk.gov.lga.platform.peerchallenge.domain;

/** Corporate challenges cover the whole council and are free once a cycle; subject-specific ones are charged. */
public enum ChallengeKind {
    CORPORATE,
    SUBJECT_SPECIFIC
}
