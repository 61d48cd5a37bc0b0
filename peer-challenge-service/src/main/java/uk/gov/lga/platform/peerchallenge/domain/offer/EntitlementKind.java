package uk.gov.lga.platform.peerchallenge.domain.offer;

/**
 * What the improvement offer gives every council and fire and rescue authority, in the words the offer uses; also
 * the accounts of the ledger ({@link OfferEntry#entitlement}). Subject-specific challenges are charged, not given:
 * their account holds charges only and is not listed among a council's entitlements.
 */
public enum EntitlementKind {
    FREE_CORPORATE_PEER_CHALLENGE("One free corporate peer challenge in each three-year cycle."),
    LEADERSHIP_PROGRAMME_PLACE("One subsidised leadership-programme place a year, for each of the cycle's three years."),
    MEMBER_PEER_SUPPORT("Up to 5 days of free member peer support when the council's political control changes."),
    SCRUTINY_SUPPORT("6 free days of scrutiny support where a peer challenge finds member challenge of performance weak."),
    SUBJECT_SPECIFIC_CHALLENGE("Subject-specific peer challenges, charged at least the catalogue topic's minimum price.");

    private final String description;

    EntitlementKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
