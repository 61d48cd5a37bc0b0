package uk.gov.lga.platform.peerchallenge.domain.offer;

import uk.gov.lga.platform.support.ids.GssCode;

import java.util.List;

/**
 * What the improvement offer holds for one council in the cycle that is running now, and what its subject-specific
 * challenges of the cycle are charged (the CHARGE entries standing).
 */
public record CouncilOffer(GssCode council, ChallengeCycle cycle, List<Entitlement> entitlements, List<OfferEntry> charges) {
}
