package uk.gov.lga.platform.deploy;

import java.util.List;

/** The four domain services: their Maven module, database and gateway prefix. */
public enum PlatformService {
    // LG Inform holds national datasets of tens of thousands of values per request, alive for the whole request:
    // with a small young generation they were promoted and collected by full collections, which took about a
    // quarter of a benchmark's ingestion time (see the issue notes).
    LG_INFORM("lg-inform-service", "lg_inform", "lg-inform", List.of("-Xms384m", "-Xmx768m", "-Xmn256m")),
    PEER_CHALLENGE("peer-challenge-service", "peer_challenge", "peer-challenge", QuarkusApp.DEFAULT_HEAP),
    KNOWLEDGE_HUB("knowledge-hub-service", "knowledge_hub", "knowledge-hub", QuarkusApp.DEFAULT_HEAP),
    RADAR("radar-service", "radar", "radar", QuarkusApp.DEFAULT_HEAP);

    private final String module;
    private final String database;
    private final String route;
    private final List<String> heap;

    PlatformService(String module, String database, String route, List<String> heap) {
        this.module = module;
        this.database = database;
        this.route = route;
        this.heap = heap;
    }

    /** The JVM's heap options. */
    public List<String> heap() {
        return heap;
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
