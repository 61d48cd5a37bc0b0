package uk.gov.lga.platform.peerchallenge.domain.peers;

/** Who gave feedback on a peer after a challenge: once each per peer and challenge. */
public enum FeedbackSource {
    /** An officer of one of the challenge's hosts. */
    HOST,
    /** An LGA challenge manager. */
    MANAGER
}
