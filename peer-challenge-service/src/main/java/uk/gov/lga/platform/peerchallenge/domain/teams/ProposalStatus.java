package uk.gov.lga.platform.peerchallenge.domain.teams;

/** Where a team proposal stands. */
public enum ProposalStatus {
    /** A team (or replacement) that fits, waiting for a manager to confirm it. */
    PROPOSED,
    /** No team could meet the rules; the proposal only explains why. */
    NO_TEAM_FITS,
    /** Confirmed: its seats became invitations. */
    CONFIRMED,
    /** Another proposal for the same seats was confirmed first. */
    SUPERSEDED
}
