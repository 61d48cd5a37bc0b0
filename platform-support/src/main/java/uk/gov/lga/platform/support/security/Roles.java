package uk.gov.lga.platform.support.security;

/** Realm roles of the Keycloak realm {@code lg} (DESIGN.md, security). */
public final class Roles {

    public static final String COUNCIL_OFFICER = "council-officer";
    public static final String PEER = "peer";
    public static final String CHALLENGE_MANAGER = "challenge-manager";
    public static final String LGA_ADVISER = "lga-adviser";
    public static final String RADAR_ANALYST = "radar-analyst";
    public static final String BENCHMARKING_CLUB = "benchmarking-club";
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** The token claim naming the council a council officer works for. */
    public static final String COUNCIL_CLAIM = "council";

    private Roles() {
    }
}
