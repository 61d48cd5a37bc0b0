package uk.gov.lga.platform.peerchallenge.domain.teams;

/** One hard rule checked for one candidate, and the facts that decided it. */
public record RuleCheck(MatchingRule rule, boolean met, String detail) {
}
