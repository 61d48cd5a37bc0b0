package uk.gov.lga.platform.peerchallenge.domain.challenges;

import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.util.Map;
import java.util.Set;

/**
 * What an import's records name that must exist already, read in one go: organisations of the register, peers of
 * the bank (with their kind), topics of the catalogue, and references imported before.
 */
public record ImportLookups(Set<String> organisations, Map<Long, PeerKind> peers, Set<String> topics,
                            Set<String> importedReferences) {
}
