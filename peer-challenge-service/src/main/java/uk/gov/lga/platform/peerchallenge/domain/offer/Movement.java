package uk.gov.lga.platform.peerchallenge.domain.offer;

/** Which way a ledger entry moves an organisation's balance. */
public enum Movement {
    /** Adds to the balance: the cycle's free challenge, a year's place, free days. */
    GRANT,
    /** Draws on the balance. */
    USE,
    /** Takes a grant's unused days off the balance once their time is over. */
    EXPIRY,
    /** What a subject-specific challenge is charged. */
    CHARGE,
    /** Reverses a use (a cancelled challenge gives its free challenge back) or a charge. */
    RELEASE
}
