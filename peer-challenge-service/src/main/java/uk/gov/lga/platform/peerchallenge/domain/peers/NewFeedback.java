package uk.gov.lga.platform.peerchallenge.domain.peers;

/** Feedback to record on a peer for a challenge whose team they were on. */
public record NewFeedback(long challengeId, int rating, String comment) {
}
