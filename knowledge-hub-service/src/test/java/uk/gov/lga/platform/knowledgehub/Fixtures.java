package uk.gov.lga.platform.knowledgehub;

/** What the tests of this service share: councils, and the communities Flyway seeds. */
public final class Fixtures {

    public static final String LEEDS = "E08000035";

    /** The seeded communities, in id order. */
    public static final String[] SEEDED_COMMUNITIES = {"adult-social-care-improvement", "climate-and-net-zero",
            "digital-councils", "finance-leaders", "peer-challenge-alumni", "scrutiny-network"};

    private Fixtures() {
    }
}
