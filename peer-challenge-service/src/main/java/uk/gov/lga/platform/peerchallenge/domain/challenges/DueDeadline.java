package uk.gov.lga.platform.peerchallenge.domain.challenges;

/** A deadline with its challenge, as the deadline list and the missed-deadline job read them. */
public record DueDeadline(ChallengeDeadline deadline, PeerChallenge challenge) {
}
