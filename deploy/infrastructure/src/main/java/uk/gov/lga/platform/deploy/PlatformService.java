package uk.gov.lga.platform.deploy;

/** The four domain services: their Maven module, database and gateway prefix. */
public enum PlatformService {
    LG_INFORM("lg-inform-service", "lg_inform", "lg-inform"),
    PEER_CHALLENGE("peer-challenge-service", "peer_challenge", "peer-challenge"),
    KNOWLEDGE_HUB("knowledge-hub-service", "knowledge_hub", "knowledge-hub"),
    RADAR("radar-service", "radar", "radar");

    private final String module;
    private final String database;
    private final String route;

    PlatformService(String module, String database, String route) {
        this.module = module;
        this.database = database;
        this.route = route;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }

    /** The gateway path prefix is {@code /api/<route>}. */
    public String route() {
        return route;
    }
}
