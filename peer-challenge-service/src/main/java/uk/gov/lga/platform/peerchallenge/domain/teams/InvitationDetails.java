package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;

import java.util.List;

/**
 * A peer's invitation to a challenge's team: the seat and its answer, and what the peer needs to know of the
 * challenge. {@code replacementProposalId} is the proposal for the seat made when the peer declined it.
 */
public record InvitationDetails(TeamSeat seat, ChallengeKind kind, List<Host> hosts, List<DateRange> visits,
                                Long replacementProposalId) {

    public record Host(String code, String name) {
    }

    public InvitationDetails {
        hosts = List.copyOf(hosts);
        visits = List.copyOf(visits);
    }
}
