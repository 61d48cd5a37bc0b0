package uk.gov.lga.platform.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import uk.gov.lga.platform.deploy.Platform;
import uk.gov.lga.platform.deploy.PlatformPorts;
import uk.gov.lga.platform.deploy.RepoLayout;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static uk.gov.lga.platform.benchmark.LgInformBenchmark.HTTP;
import static uk.gov.lga.platform.benchmark.LgInformBenchmark.JSON;
import static uk.gov.lga.platform.benchmark.LgInformBenchmark.median;
import static uk.gov.lga.platform.benchmark.LgInformBenchmark.seconds;

/**
 * Team proposals on the real stack: how {@code POST /challenges/{id}/team-proposals} grows with the peer bank, at
 * 1,000 and then 10,000 peers (BENCH_PEERS), with BENCH_IN_FLIGHT (50) proposals in flight, each for its own challenge,
 * beside the time of the one SQL statement that reads the candidates ({@code team-candidates.sql}, run here with
 * EXPLAIN ANALYZE on the same data and parameters).
 * <p>
 * The bank is synthetic and deterministic (seed 42): 300 organisations over the nine English regions; peers of every
 * kind, 90% accredited, up to three unavailable ranges each; past challenges with accepted five-peer teams and
 * feedback (one per two peers), so the candidates query has seats, visits and feedback to aggregate. Requests go
 * straight to the service (its own cost, without the gateway's) with a challenge manager's token. Prints figures;
 * asserts nothing.
 */
public final class TeamProposalBenchmark {

    static final String[] REGIONS = {"North East", "North West", "Yorkshire and The Humber", "East Midlands",
            "West Midlands", "East of England", "London", "South East", "South West"};
    static final String[] PARTIES = {"Labour", "Conservative", "Liberal Democrat", "Green", "Independent"};
    static final String[] CONTROL = {"Labour", "Conservative", "Liberal Democrat", "NO_OVERALL_CONTROL"};
    static final String[] ELEMENTS = {"LOCAL_PRIORITIES_AND_OUTCOMES", "ORGANISATIONAL_AND_PLACE_LEADERSHIP",
            "GOVERNANCE_AND_CULTURE", "FINANCIAL_PLANNING_AND_MANAGEMENT", "CAPACITY_FOR_IMPROVEMENT"};
    static final String[] SERVICE_AREAS = {"Housing", "Adult social care", "Children's services", "Planning",
            "Climate emergency", "Finance", "Economic growth", "Waste", "Public health", "Transformation"};
    static final int ORGANISATIONS = 300;
    /** The first visit day of the measured challenges. */
    static final LocalDate VISIT = LocalDate.of(2027, 3, 8);

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(System.getenv().getOrDefault("BENCH_PEERS", "1000,10000").split(",")).stream()
                .map(String::trim).map(Integer::parseInt).sorted().toList();
        int inFlight = Integer.parseInt(System.getenv().getOrDefault("BENCH_IN_FLIGHT", "50"));
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "10"));
        RepoLayout repo = RepoLayout.locate();
        String candidatesSql = Files.readString(repo.root().resolve(
                "peer-challenge-service/src/main/resources/uk/gov/lga/platform/peerchallenge/persistence/team-candidates.sql"));
        try (Platform platform = Platform.start(repo, PlatformPorts.withOffset(20_000),
                repo.root().resolve("deploy/benchmarks/target/platform"),
                Map.of("QUARKUS_LOG_LEVEL", "WARN", "GATEWAY_LIMITS_REQUESTS_PER_MINUTE", "100000",
                        "GATEWAY_LIMITS_BURST", "100000"))) {
            String service = "http://localhost:" + platform.ports().peerChallenge();
            String db = platform.postgresUrl() + "/peer_challenge";
            SplittableRandom random = new SplittableRandom(42);
            List<Long> targets;
            try (Connection c = DriverManager.getConnection(db, "peer_challenge", "peer_challenge")) {
                organisations(c);
                targets = targetChallenges(c, inFlight, random);
            }
            int peers = 0;
            System.out.printf("%nTeam proposals: %d in flight (one challenge each), %d measured rounds after one warm-up round%n",
                    inFlight, rounds);
            for (int size : sizes) {
                try (Connection c = DriverManager.getConnection(db, "peer_challenge", "peer_challenge")) {
                    addPeers(c, peers, size - peers, random);
                    peers = size;
                    try (Statement st = c.createStatement()) {
                        st.execute("VACUUM (ANALYZE)");
                    }
                }
                String token = token(platform.realmUrl());
                run(service, token, targets, 1);
                long start = System.nanoTime();
                List<Double> latencies = run(service, token, targets, rounds);
                double wall = seconds(start);
                Collections.sort(latencies);
                QueryTime query;
                try (Connection c = DriverManager.getConnection(db, "peer_challenge", "peer_challenge")) {
                    query = explain(c, candidatesSql, targets.get(0), size == sizes.get(sizes.size() - 1));
                }
                System.out.printf("%,7d peers   proposal p50 %7.1f ms   p99 %7.1f ms   %6.1f proposals/s   "
                                + "candidates query %6.1f ms (EXPLAIN ANALYZE execution, median of 5; planning %.1f ms; %,d rows)%n",
                        size, percentile(latencies, 50), percentile(latencies, 99), latencies.size() / wall,
                        query.executionMs(), query.planningMs(), query.rows());
            }
            System.out.printf("Resident memory (MiB): %s%n", platform.residentMemoryMiB());
        }
    }

    /** {@code rounds} proposals per challenge, all challenges at once; the latency of each, in milliseconds. */
    static List<Double> run(String service, String token, List<Long> challenges, int rounds) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(challenges.size());
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (long challenge : challenges) {
                futures.add(clients.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    for (int r = 0; r < rounds; r++) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                                        URI.create(service + "/challenges/" + challenge + "/team-proposals"))
                                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5))
                                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                        times.add((System.nanoTime() - start) / 1e6);
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("proposal refused: " + response.statusCode() + " " + response.body());
                        }
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> f : futures) {
                all.addAll(f.get());
            }
            return all;
        } finally {
            clients.shutdown();
        }
    }

    record QueryTime(double executionMs, double planningMs, long rows) {
    }

    /**
     * The candidates statement for one challenge, prepared with the service's parameters, under EXPLAIN ANALYZE five
     * times; the median execution and planning times. With {@code print}, the plan of the last run.
     */
    static QueryTime explain(Connection c, String sql, long challenge, boolean print) throws Exception {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char ch : sql.toCharArray()) {
            numbered.append(ch == '?' ? "$" + (++n) : String.valueOf(ch));
        }
        LocalDate first = VISIT;
        LocalDate last = VISIT.plusDays(3);
        LocalDate yearStart = LocalDate.of(first.getMonthValue() >= 4 ? first.getYear() : first.getYear() - 1, Month.APRIL, 1);
        String args = "%d, '%s', '%s', '%s', '%s', '%s', '%s', '%s', '%s', NULL, NULL".formatted(challenge, last, first,
                yearStart.plusYears(1).minusDays(1), yearStart, first.minusDays(1), first.minusMonths(24), last, first);
        List<Double> execution = new ArrayList<>();
        List<Double> planning = new ArrayList<>();
        long rows = 0;
        List<String> plan = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            st.execute("DEALLOCATE ALL");
            st.execute("PREPARE candidates (bigint, date, date, date, date, date, date, date, date, bigint[], bigint[]) AS "
                    + numbered);
            for (int i = 0; i < 5; i++) {
                plan.clear();
                try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS) EXECUTE candidates(" + args + ")")) {
                    while (rs.next()) {
                        plan.add(rs.getString(1));
                    }
                }
                for (String line : plan) {
                    Matcher m = Pattern.compile("(Execution|Planning) Time: ([0-9.]+) ms").matcher(line);
                    if (m.find()) {
                        (m.group(1).equals("Execution") ? execution : planning).add(Double.parseDouble(m.group(2)));
                    }
                }
                Matcher top = Pattern.compile("actual time=[0-9.]+\\.\\.[0-9.]+ rows=([0-9]+)").matcher(plan.get(0));
                rows = top.find() ? Long.parseLong(top.group(1)) : -1;
            }
        }
        if (print) {
            System.out.println("Plan of the candidates query at the largest bank (last of five runs):");
            plan.forEach(line -> System.out.println("    " + line));
        }
        return new QueryTime(median(execution), median(planning), rows);
    }

    static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static String organisation(int i) {
        return "E069%05d".formatted(i + 1);
    }

    static void organisations(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO organisation (code, kind, name, nation, region, "
                + "political_control, updated_at) VALUES (?, 'COUNCIL', ?, 'England', ?, ?, now()) ON CONFLICT (code) DO NOTHING")) {
            for (int i = 0; i < ORGANISATIONS; i++) {
                ps.setString(1, organisation(i));
                ps.setString(2, "Benchmark council " + (i + 1));
                ps.setString(3, REGIONS[i % REGIONS.length]);
                ps.setString(4, CONTROL[i % CONTROL.length]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The challenges proposed for: corporate, one four-day visit from {@link #VISIT}, two focus areas, hosts apart. */
    static List<Long> targetChallenges(Connection c, int count, SplittableRandom random) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String host = organisation(i * (ORGANISATIONS / count));
            ids.add(challenge(c, host, "SCOPING", VISIT, List.of(SERVICE_AREAS[random.nextInt(SERVICE_AREAS.length)],
                    SERVICE_AREAS[random.nextInt(SERVICE_AREAS.length)]).stream().distinct().toList()));
        }
        return ids;
    }

    static long challenge(Connection c, String host, String stage, LocalDate visit, List<String> focus) throws Exception {
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO peer_challenge (council_code, kind, stage, starts_on, "
                + "created_at, shape, focus_areas) VALUES (?, 'CORPORATE', ?, ?, now(), 'SINGLE', ?) RETURNING id")) {
            ps.setString(1, host);
            ps.setString(2, stage);
            ps.setObject(3, visit);
            ps.setArray(4, c.createArrayOf("varchar", focus.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO challenge_host (challenge_id, organisation_code, lead) VALUES (" + id + ", '" + host + "', TRUE)");
            st.execute("INSERT INTO challenge_visit (challenge_id, visit_no, starts_on, ends_on) VALUES (" + id + ", 1, '"
                    + visit + "', '" + visit.plusDays(3) + "')");
        }
        return id;
    }

    /**
     * {@code count} more peers after the {@code existing} ones, and for each two of them one past challenge (visits in
     * the three years before the measured ones) with an accepted five-peer team and one manager feedback per seat.
     */
    static void addPeers(Connection c, int existing, int count, SplittableRandom random) throws Exception {
        c.setAutoCommit(false);
        List<Long> added = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO peer (name, kind, expert_sector, political_group, "
                + "home_organisation, elements, service_areas, metric_ids, inducted_on, accreditation_expires_on, created_at, "
                + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, now(), now()) RETURNING id");
             PreparedStatement away = c.prepareStatement(
                     "INSERT INTO peer_unavailability (peer_id, starts_on, ends_on) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (int i = existing; i < existing + count; i++) {
                int k = random.nextInt(100);
                String kind = k < 40 ? "MEMBER" : k < 50 ? "CHIEF_EXECUTIVE" : k < 90 ? "OFFICER" : "EXPERT";
                ps.setString(1, "Benchmark peer " + (i + 1));
                ps.setString(2, kind);
                ps.setString(3, kind.equals("EXPERT") ? "BUSINESS" : null);
                ps.setString(4, kind.equals("MEMBER") ? PARTIES[random.nextInt(PARTIES.length)] : null);
                ps.setString(5, kind.equals("EXPERT") ? null : organisation(random.nextInt(ORGANISATIONS)));
                ps.setArray(6, array(c, ELEMENTS, random, 2));
                ps.setArray(7, array(c, SERVICE_AREAS, random, 3));
                boolean accredited = random.nextInt(10) != 0;
                LocalDate inducted = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1500));
                ps.setObject(8, accredited ? inducted : null);
                ps.setObject(9, accredited ? inducted.plusYears(3) : null);
                long id;
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                added.add(id);
                for (int r = random.nextInt(4); r > 0; r--) {
                    LocalDate from = VISIT.minusMonths(6).plusDays(random.nextInt(365));
                    away.setLong(1, id);
                    away.setObject(2, from);
                    away.setObject(3, from.plusDays(random.nextInt(14)));
                    away.addBatch();
                }
            }
            away.executeBatch();
        }
        for (int i = 0; i + 5 <= added.size(); i += 2) {
            LocalDate visit = VISIT.minusDays(30 + random.nextInt(3 * 365));
            long challenge = challenge(c, organisation(random.nextInt(ORGANISATIONS)), "PROGRESS_REVIEWED", visit, List.of());
            long proposal;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("INSERT INTO team_proposal (challenge_id, "
                    + "status, team_size, candidates_considered, eligible, score, proposed_by, proposed_at, confirmed_by, "
                    + "confirmed_at) VALUES (" + challenge + ", 'CONFIRMED', 5, 0, 0, 0, 'benchmark', now(), 'benchmark', now()) "
                    + "RETURNING id")) {
                rs.next();
                proposal = rs.getLong(1);
            }
            try (PreparedStatement seat = c.prepareStatement("INSERT INTO team_seat (challenge_id, seat_no, peer_id, role, "
                    + "status, proposal_id, invited_at, answered_at) VALUES (?, ?, ?, 'OFFICER_PEER', 'ACCEPTED', ?, now(), now())");
                 PreparedStatement feedback = c.prepareStatement("INSERT INTO peer_feedback (peer_id, challenge_id, source, "
                         + "rating, given_by, given_at) VALUES (?, ?, 'MANAGER', ?, 'benchmark', now())")) {
                List<Long> team = new ArrayList<>();
                while (team.size() < 5) {
                    long peer = added.get(random.nextInt(added.size()));
                    if (!team.contains(peer)) {
                        team.add(peer);
                    }
                }
                for (int s = 0; s < team.size(); s++) {
                    seat.setLong(1, challenge);
                    seat.setInt(2, s + 1);
                    seat.setLong(3, team.get(s));
                    seat.setLong(4, proposal);
                    seat.addBatch();
                    feedback.setLong(1, team.get(s));
                    feedback.setLong(2, challenge);
                    feedback.setInt(3, 1 + random.nextInt(5));
                    feedback.addBatch();
                }
                seat.executeBatch();
                feedback.executeBatch();
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }

    static Array array(Connection c, String[] from, SplittableRandom random, int most) throws Exception {
        List<String> picked = new ArrayList<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            String value = from[random.nextInt(from.length)];
            if (!picked.contains(value)) {
                picked.add(value);
            }
        }
        return c.createArrayOf("varchar", picked.toArray());
    }

    static String token(String realmUrl) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=lg-console&username=manager&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(r.body());
        if (!body.hasNonNull("access_token")) {
            throw new IllegalStateException("no token for manager: " + r.body());
        }
        return body.path("access_token").asText();
    }
}
