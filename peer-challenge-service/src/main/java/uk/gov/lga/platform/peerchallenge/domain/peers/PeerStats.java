package uk.gov.lga.platform.peerchallenge.domain.peers;

import java.math.BigDecimal;

/**
 * What a peer has given, derived: visit days up to today of the challenges whose team they accepted a seat on, and
 * their feedback's average rating (one decimal; null without feedback) and count.
 */
public record PeerStats(int daysGiven, BigDecimal feedbackAverage, int feedbackCount) {

    public static final PeerStats NONE = new PeerStats(0, null, 0);
}
