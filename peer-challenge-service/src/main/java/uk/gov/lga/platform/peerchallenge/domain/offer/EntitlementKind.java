package uk.gov.lga.platform.peerchallenge.domain.offer;

/** What the improvement offer gives every council, in the words the offer uses. */
public enum EntitlementKind {
    FREE_CORPORATE_PEER_CHALLENGE("One free corporate peer challenge in each three-year cycle."),
    LEADERSHIP_PROGRAMME_PLACE("One subsidised leadership-programme place a year, for each of the cycle's three years."),
    MEMBER_PEER_SUPPORT("Up to 5 days of free member peer support when the council's political control changes."),
    SCRUTINY_SUPPORT("6 free days of scrutiny support where a peer challenge finds member challenge of performance weak.");

    private final String description;

    EntitlementKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
