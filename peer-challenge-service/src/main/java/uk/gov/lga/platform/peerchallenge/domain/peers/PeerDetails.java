package uk.gov.lga.platform.peerchallenge.domain.peers;

/** A peer as the bank shows them: the record, their home organisation's name (when known) and what they have given. */
public record PeerDetails(Peer peer, String homeOrganisationName, PeerStats stats) {
}
