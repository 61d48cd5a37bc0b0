package uk.gov.lga.platform.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads {@link SyntheticPeerChallenges} into peer challenge through the gateway, with the APIs a challenge manager
 * and a platform admin use: the topic catalogue ({@code PUT /topics/{name}}, admin), each quarter's host capacity of
 * the cycle running now ({@code PUT /calendar/{quarter}}, manager; past quarters are left alone), the peer bank
 * ({@code POST /peers} and {@code PUT /peers/{id}/availability}, admin; a peer whose name the bank has already is
 * left alone), and the challenges since 2011 as one import of the LGA's records ({@code POST /challenges/imports},
 * admin, all or nothing), skipped when the service has challenges already. So a second run over the same database
 * changes nothing.
 */
public final class PeerChallengeDemoLoader {

    static final String API = "/api/peer-challenge";
    /** How long the service may take to hear of today's councils from LG Inform (lginform.councils). */
    static final long REGISTER_WAIT_MILLIS = 180_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Peers created at once: the service and gateway each have two cores' worth of event loops and workers. */
    static final int PEERS_IN_FLIGHT = 6;

    private final GatewayClient gateway;

    public PeerChallengeDemoLoader(String gatewayUrl, String realmUrl) {
        this.gateway = new GatewayClient(gatewayUrl, realmUrl);
    }

    /**
     * What was loaded and what is there: peers created and in the bank, topics, quarters opened, challenges imported
     * now (0 on a later run) and there by stage, overdue deadlines, a published report to read anonymously, and peer
     * one's open invitations, and the seconds each step took.
     */
    public record Loaded(int peersCreated, int peers, int topics, int quarters, int challengesImported,
                         Map<String, Integer> challengesByStage, int overdueDeadlines, Long publishedReport,
                         int peerOneInvitations, Map<String, Double> seconds) {
    }

    public Loaded load() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        long start = System.nanoTime();
        String admin = gateway.token("admin");
        String manager = gateway.token("manager");
        LocalDate today = LocalDate.now(UK);
        List<SyntheticPeerChallenges.Council> councils = registeredEnglishCouncils(admin);
        start = lap(seconds, "register", start);
        List<String> metricIds = gateway.pages("/api/lg-inform/metrics", null).stream()
                .filter(m -> !m.path("discontinued").asBoolean(false)).map(m -> m.path("id").asText()).toList();
        SyntheticPeerChallenges.Data data = SyntheticPeerChallenges.generate(councils, metricIds, DemoDataLoader.SEED, today);

        for (SyntheticPeerChallenges.Topic t : data.topics()) {
            ok(gateway.sendJson("PUT", API + "/topics/" + URLEncoder.encode(t.name(), StandardCharsets.UTF_8)
                    .replace("+", "%20"), admin, Map.of("minimumPrice", t.minimumPrice(), "active", true,
                    "description", t.description()), null));
        }
        int quarters = 0;
        for (Map.Entry<String, Integer> q : data.capacity().entrySet()) {
            if (!gateway.get(API + "/calendar/" + q.getKey(), manager).path("past").asBoolean(false)) {
                ok(gateway.sendJson("PUT", API + "/calendar/" + q.getKey(), manager,
                        Map.of("hostCapacity", q.getValue()), null));
                quarters++;
            }
        }
        start = lap(seconds, "topics and calendar", start);
        int created = createPeers(data.peers(), admin);
        Map<String, Long> peerIds = new HashMap<>();
        gateway.pages(API + "/peers", admin).forEach(p -> peerIds.put(p.path("name").asText(), p.path("id").asLong()));
        start = lap(seconds, "peers", start);

        int imported = 0;
        if (gateway.get(API + "/challenges?limit=1", admin).path("items").isEmpty()) {
            JsonNode answer = GatewayClient.read(gateway.sendJson("POST", API + "/challenges/imports", admin,
                    importBody(data, peerIds), "synthetic-peer-challenges-" + DemoDataLoader.SEED + "-" + today));
            imported = answer.path("challenges").size();
        }
        lap(seconds, "challenges", start);
        return new Loaded(created, peerIds.size(), data.topics().size(), quarters, imported, byStage(admin),
                gateway.pages(API + "/deadlines?due=overdue", manager).size(), publishedReport(admin),
                invitations(gateway.get(API + "/peers/me/invitations", gateway.token(SyntheticPeerChallenges.PEER_ONE))),
                seconds);
    }

    /**
     * Today's English councils as peer challenge knows them, once it has heard of all of LG Inform's (it learns them
     * from lginform.councils, which may still be arriving when the platform has just started).
     */
    private List<SyntheticPeerChallenges.Council> registeredEnglishCouncils(String token) {
        Set<String> expected = new HashSet<>();
        gateway.pages("/api/lg-inform/councils?nation=England", null).forEach(c -> expected.add(c.path("gssCode").asText()));
        long deadline = System.currentTimeMillis() + REGISTER_WAIT_MILLIS;
        while (true) {
            List<SyntheticPeerChallenges.Council> known = new ArrayList<>();
            for (JsonNode o : gateway.pages(API + "/organisations?kind=COUNCIL", token)) {
                if (expected.contains(o.path("code").asText()) && o.path("validTo").isMissingNode()) {
                    known.add(new SyntheticPeerChallenges.Council(o.path("code").asText(), o.path("name").asText(),
                            o.path("councilType").asText()));
                }
            }
            if (known.size() >= expected.size() || System.currentTimeMillis() > deadline) {
                if (known.isEmpty()) {
                    throw new IllegalStateException("demo data: peer challenge has heard of no English council");
                }
                return known;
            }
            pause();
        }
    }

    /** Creates the peers the bank has no peer of the same name for, a few at a time; how many it created. */
    private int createPeers(List<SyntheticPeerChallenges.Peer> peers, String token) {
        Set<String> present = new HashSet<>();
        gateway.pages(API + "/peers", token).forEach(p -> present.add(p.path("name").asText()));
        List<Callable<Integer>> creations = new ArrayList<>();
        for (SyntheticPeerChallenges.Peer p : peers) {
            if (!present.contains(p.name())) {
                creations.add(() -> {
                    long id = GatewayClient.read(gateway.sendJson("POST", API + "/peers", token, peerBody(p), null))
                            .path("id").asLong();
                    if (!p.unavailable().isEmpty()) {
                        ok(gateway.sendJson("PUT", API + "/peers/" + id + "/availability", token,
                                Map.of("unavailable", p.unavailable()), null));
                    }
                    return 1;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(PEERS_IN_FLIGHT);
        try {
            int created = 0;
            for (Future<Integer> f : pool.invokeAll(creations)) {
                created += f.get();
            }
            return created;
        } catch (ExecutionException e) {
            throw new IllegalStateException("demo data: peers: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> peerBody(SyntheticPeerChallenges.Peer p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userName", p.userName());
        body.put("name", p.name());
        body.put("kind", p.kind());
        body.put("expertSector", p.expertSector());
        body.put("politicalGroup", p.politicalGroup());
        body.put("homeOrganisation", p.homeOrganisation());
        body.put("elements", p.elements());
        body.put("serviceAreas", p.serviceAreas());
        body.put("metricIds", p.metricIds());
        body.put("inductedOn", p.inductedOn());
        body.put("accreditationExpiresOn", p.accreditationExpiresOn());
        return body;
    }

    /** The import's body: each challenge as a record of the LGA's, its team's peers by their ids in the bank. */
    static Map<String, Object> importBody(SyntheticPeerChallenges.Data data, Map<String, Long> peerIds) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (SyntheticPeerChallenges.Challenge c : data.challenges()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("reference", c.reference());
            r.put("kind", c.kind());
            r.put("hosts", List.of(c.host()));
            r.put("topic", c.topic());
            r.put("charge", c.charge());
            r.put("stage", c.stage());
            r.put("enquiredOn", c.enquiredOn());
            r.put("visits", c.visits());
            if (!c.findings().isEmpty()) {
                r.put("findings", Map.of("memberChallengeOfPerformanceWeak", false, "findings", c.findings()));
            }
            if (c.reportPublishedOn() != null) {
                r.put("report", Map.of("title", c.reportTitle(), "summary", SyntheticPeerChallenges.SYNTHETIC
                        + " demo data: the peer team's report on " + c.host() + ", made up for the demo."));
                r.put("reportPublishedOn", c.reportPublishedOn());
            }
            if (c.actionPlanPublishedOn() != null) {
                List<Map<String, Object>> actions = new ArrayList<>();
                for (int n = 1; n <= c.recommendations(); n++) {
                    actions.add(Map.of("recommendation", n, "action", "Act on recommendation " + n + " ("
                            + SyntheticPeerChallenges.SYNTHETIC + ")", "owner", "Chief Executive"));
                }
                r.put("actionPlan", Map.of("summary", SyntheticPeerChallenges.SYNTHETIC + " demo action plan.",
                        "actions", actions));
                r.put("actionPlanPublishedOn", c.actionPlanPublishedOn());
            }
            if (c.reviewedOn() != null) {
                List<Map<String, Object>> statuses = new ArrayList<>();
                for (int n = 1; n <= c.recommendations(); n++) {
                    statuses.add(Map.of("number", n, "status", n % 3 == 0 ? "IN_PROGRESS" : "ACHIEVED"));
                }
                r.put("progressReview", Map.of("summary", SyntheticPeerChallenges.SYNTHETIC + " demo progress review.",
                        "reviewedOn", c.reviewedOn(), "recommendations", statuses));
            }
            List<Map<String, Object>> team = new ArrayList<>();
            for (SyntheticPeerChallenges.Seat s : c.team()) {
                Long id = peerIds.get(data.peers().get(s.peer()).name());
                if (id != null) {
                    team.add(Map.of("peerId", id, "role", s.role(), "status", s.status()));
                }
            }
            r.put("team", team);
            records.add(r);
        }
        return Map.of("source", SyntheticPeerChallenges.SYNTHETIC + " demo data (seed " + DemoDataLoader.SEED + ")",
                "challenges", records);
    }

    private static int invitations(JsonNode seats) {
        int open = 0;
        for (JsonNode s : seats) {
            open += "INVITED".equals(s.path("status").asText()) ? 1 : 0;
        }
        return open;
    }

    private Map<String, Integer> byStage(String token) {
        Map<String, Integer> byStage = new LinkedHashMap<>();
        SyntheticPeerChallenges.STAGES.forEach(s -> byStage.put(s, 0));
        gateway.pages(API + "/challenges", token).forEach(c -> byStage.merge(c.path("stage").asText(), 1, Integer::sum));
        return byStage;
    }

    private Long publishedReport(String token) {
        JsonNode items = gateway.get(API + "/challenges?stage=PROGRESS_REVIEWED&limit=1", token).path("items");
        return items.isEmpty() ? null : items.get(0).path("id").asLong();
    }

    /** Records the seconds since {@code start} under the step's name; the time now. */
    private static long lap(Map<String, Double> seconds, String step, long start) {
        long now = System.nanoTime();
        seconds.put(step, Math.round((now - start) / 1e8) / 10.0);
        return now;
    }

    private static void ok(HttpResponse<String> response) {
        GatewayClient.read(response);
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
