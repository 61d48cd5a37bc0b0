package uk.gov.lga.platform.peerchallenge.domain.offer;

import java.util.List;

/** Free support days used: the USE entries written (one per grant drawn on) and the balance after them. */
public record SupportUse(EntitlementKind entitlement, List<OfferEntry> entries, Balance balance) {
}
