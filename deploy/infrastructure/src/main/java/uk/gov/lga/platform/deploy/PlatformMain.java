package uk.gov.lga.platform.deploy;

import uk.gov.lga.platform.deploy.demo.DemoDataLoader;
import uk.gov.lga.platform.deploy.demo.PeerChallengeDemoLoader;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code deploy/run}: starts the platform, prints where everything is, runs until Ctrl-C or SIGTERM. */
public final class PlatformMain {

    private PlatformMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        long start = System.nanoTime();
        int offset = Integer.parseInt(System.getenv().getOrDefault("LG_PORT_OFFSET", "0"));
        RepoLayout repo = RepoLayout.locate();
        Path workDir = repo.root().resolve("deploy/target/run");
        System.out.println("Starting PostgreSQL, Kafka and Keycloak, then the services (logs in " + workDir.resolve("logs") + ") ...");
        Platform platform = Platform.start(repo, PlatformPorts.withOffset(offset), workDir, Map.of());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the platform ...");
            platform.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "platform-stop"));
        PeerChallengeDemoLoader.Loaded peerChallenge = null;
        if (!"false".equalsIgnoreCase(System.getenv().getOrDefault("LG_DEMO_DATA", "true"))) {
            long loading = System.nanoTime();
            DemoDataLoader.Loaded loaded = new DemoDataLoader(platform.gatewayUrl(), platform.realmUrl()).load();
            System.out.printf("Loaded the SYNTHETIC demo dataset: %d values for %d English councils (abolished ones "
                            + "too, for the years they existed) and %d political control records, in %.1f s%n",
                    loaded.values(), loaded.councils(), loaded.controlRecords(), Platform.since(loading).toMillis() / 1000.0);
            loading = System.nanoTime();
            peerChallenge = new PeerChallengeDemoLoader(platform.gatewayUrl(), platform.realmUrl()).load();
            System.out.printf("Loaded the SYNTHETIC peer challenge demo data in %.1f s (seconds per step: %s)%n",
                    Platform.since(loading).toMillis() / 1000.0, peerChallenge.seconds());
        }
        System.out.println(summary(platform, Platform.since(start).toMillis()));
        if (peerChallenge != null) {
            System.out.println(peerChallengeSummary(platform, peerChallenge));
        }
        stopped.await();
    }

    static String summary(Platform platform, long startMillis) {
        PlatformPorts p = platform.ports();
        StringBuilder out = new StringBuilder();
        out.append("\nThe sector-led improvement platform is ready after ").append(startMillis / 1000.0).append(" s\n\n");
        out.append("  Gateway (the one entry point)  ").append(platform.gatewayUrl()).append("\n");
        out.append("  API documents (Swagger UI)     ").append(platform.gatewayUrl()).append("/q/swagger-ui\n");
        out.append("  Keycloak (realm lg)            ").append(platform.keycloakUrl()).append("   admin console: admin / admin\n");
        out.append("  Services  lg-inform :").append(p.lgInform()).append("  peer-challenge :").append(p.peerChallenge())
                .append("  knowledge-hub :").append(p.knowledgeHub()).append("  radar :").append(p.radar()).append("\n");
        out.append("  PostgreSQL ").append(platform.postgresUrl()).append("   Kafka ").append(platform.kafkaBootstrapServers()).append("\n\n");
        out.append("  Demo users (password: demo): officer.leeds (council-officer, E08000035), officer.york (council-officer,\n");
        out.append("  E06000014), analyst (radar-analyst), adviser (lga-adviser), manager (challenge-manager), peer.one (peer),\n");
        out.append("  admin (platform-admin). Client credentials: benchmarking-club-demo / demo-secret.\n\n");
        out.append("  Resident memory (MiB): ").append(platform.residentMemoryMiB()).append("\n\n");
        out.append("Press Ctrl-C to stop everything.\n");
        return out.toString();
    }

    /** What the peer challenge demo holds, and what a newcomer might try first. */
    static String peerChallengeSummary(Platform platform, PeerChallengeDemoLoader.Loaded loaded) {
        String api = platform.gatewayUrl() + "/api/peer-challenge";
        String token = "$(curl -s -d grant_type=password -d client_id=lg-console -d username=USER -d password=demo "
                + platform.realmUrl() + "/protocol/openid-connect/token | jq -r .access_token)";
        StringBuilder out = new StringBuilder("Peer challenge (SYNTHETIC demo data):\n");
        out.append("  ").append(loaded.peers()).append(" peers in the bank (").append(loaded.peersCreated())
                .append(" created now), ").append(loaded.topics()).append(" topics with minimum prices, host capacity set for ")
                .append(loaded.quarters()).append(" quarters of the cycle running now\n");
        out.append("  challenges since 2011 (").append(loaded.challengesImported()).append(" imported now) by stage: ")
                .append(loaded.challengesByStage()).append("\n");
        out.append("  ").append(loaded.overdueDeadlines()).append(" overdue deadlines; peer.one has ")
                .append(loaded.peerOneInvitations()).append(" open invitations\n\n");
        out.append("  Try (TOKEN=").append(token).append("):\n");
        out.append("    as manager, overdue deadlines:   curl -H \"Authorization: Bearer $TOKEN\" ").append(api)
                .append("/deadlines?due=overdue\n");
        out.append("    as peer.one, own record:         curl -H \"Authorization: Bearer $TOKEN\" ").append(api)
                .append("/peers/me   (and /peers/me/invitations)\n");
        if (loaded.publishedReport() != null) {
            out.append("    anyone, a published report:      curl ").append(api).append("/challenges/")
                    .append(loaded.publishedReport()).append("/report\n");
        }
        out.append("    anyone, take-up of the offer:    curl ").append(api).append("/take-up\n");
        return out.toString();
    }
}
