package uk.gov.lga.platform.peerchallenge.domain.teams;

/** A team rule no team could meet, and why. */
public record Shortfall(TeamRule rule, String detail) {
}
