package uk.gov.lga.platform.peerchallenge.domain.takeup;

import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * One organisation's take-up, for challenge managers: the corporate challenges it hosted (every cycle, newest
 * first) and the peer days it gave and received in the cycle running now.
 */
public record CouncilTakeUp(Organisation organisation, LocalDate asOf, ChallengeCycle cycle,
                            List<HostedChallenge> corporateChallenges, TakeUp.PeerDays peerDays) {

    /** A corporate challenge it hosted; {@code startsOn} null until its dates are agreed. */
    public record HostedChallenge(long challengeId, LocalDate startsOn, String stage, boolean leadHost) {
    }

    public boolean corporateChallengeInCycle() {
        return corporateChallenges.stream().anyMatch(c -> cycle.contains(c.startsOn()));
    }
}
