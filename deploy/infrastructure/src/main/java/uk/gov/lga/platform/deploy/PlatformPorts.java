package uk.gov.lga.platform.deploy;

/**
 * The ports of one running platform. The defaults are the documented ones (gateway 8080,
 * Keycloak 8180); an offset moves them all, so a system test can run beside {@code deploy/run}.
 */
public record PlatformPorts(int gateway, int lgInform, int peerChallenge, int knowledgeHub, int radar,
                            int keycloak, int postgres, int kafka, int kafkaController) {

    public static PlatformPorts withOffset(int offset) {
        return new PlatformPorts(8080 + offset, 8081 + offset, 8082 + offset, 8083 + offset, 8084 + offset,
                8180 + offset, 15432 + offset, 19092 + offset, 19093 + offset);
    }

    public int portOf(PlatformService service) {
        return switch (service) {
            case LG_INFORM -> lgInform;
            case PEER_CHALLENGE -> peerChallenge;
            case KNOWLEDGE_HUB -> knowledgeHub;
            case RADAR -> radar;
        };
    }
}
