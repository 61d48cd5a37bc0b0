package uk.gov.lga.platform.peerchallenge.domain;

import java.util.List;

/** What the improvement offer holds for one council in the cycle that is running now. */
public record CouncilOffer(String councilCode, ChallengeCycle cycle, List<Entitlement> entitlements) {
}
