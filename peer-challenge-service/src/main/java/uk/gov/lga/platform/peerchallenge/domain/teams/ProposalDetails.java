package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;

import java.util.Map;

/** A stored proposal, loaded, with the peers its seats name (by id). */
public record ProposalDetails(TeamProposal proposal, Map<Long, Peer> peers) {

    public ProposalDetails {
        peers = Map.copyOf(peers);
    }
}
