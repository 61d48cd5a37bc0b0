package uk.gov.lga.platform.deploy.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Made-up peer challenge data for the demo: a peer bank of about 1,000 peers, the topic catalogue with minimum
 * prices, host capacity for each quarter of the cycle running now, and peer challenges since 2011 for about two
 * thirds of the English councils, at every stage of their life, some with overdue deadlines. Everything says
 * SYNTHETIC where a field allows (peer names, topic descriptions, report titles and summaries, the import's source).
 * Deterministic: the same councils, metric ids, seed and day give the same data.
 *
 * <p>Past cycles (2011 to 2023): each chosen council hosted a corporate challenge in one to three of them (one a
 * cycle, as the offer allows), some a subject-specific one too; each went as far as its dates allow by today (report
 * 1 to 3 months after the visit, action plan 3 to 10 weeks later, progress review about 10 months after the visit),
 * except about one in eight of those on site in the last two years, which stalled after feedback or the report, so a
 * challenge manager sees overdue deadlines. The cycle running now: about a quarter of the chosen councils, spread over
 * the stages from enquiry to action plan, one on site today. Teams (five seats: lead member peer, chief-executive peer, two
 * officer peers, an expert) for challenges from on site on, accepted; invited for those with visits to come. Peer one
 * (Keycloak user {@code peer.one}) sits on some past teams and is invited to two challenges to come.
 */
public final class SyntheticPeerChallenges {

    public static final String SYNTHETIC = "SYNTHETIC";
    public static final String PEER_ONE = "peer.one";
    static final int PEERS = 1_000;
    static final LocalDate FIRST_CYCLE = LocalDate.of(2011, 4, 1);
    static final List<String> ELEMENTS = List.of("LOCAL_PRIORITIES_AND_OUTCOMES", "ORGANISATIONAL_AND_PLACE_LEADERSHIP",
            "GOVERNANCE_AND_CULTURE", "FINANCIAL_PLANNING_AND_MANAGEMENT", "CAPACITY_FOR_IMPROVEMENT");
    /** The stages in order, as the peer-challenge service names them. */
    public static final List<String> STAGES = List.of("ENQUIRY", "SCOPING", "POSITION_STATEMENT", "ON_SITE",
            "FEEDBACK_GIVEN", "REPORT_PUBLISHED", "ACTION_PLAN_PUBLISHED", "PROGRESS_REVIEWED");
    static final List<String> SERVICE_AREAS = List.of("Adult social care", "Children's services", "Housing",
            "Planning", "Economic development", "Waste and recycling", "Public health", "Highways and transport",
            "Climate and net zero", "Digital", "Procurement", "Customer services");
    static final List<String> GROUPS = List.of("Labour", "Conservative", "Liberal Democrat", "Independent", "Green");
    static final List<String> SECTORS = List.of("BUSINESS", "VOLUNTARY_SECTOR", "OTHER_PUBLIC_SECTOR", "CIVIL_SERVICE");
    static final List<String> FIRST_NAMES = List.of("Alex", "Amira", "Ben", "Bethan", "Chris", "Chloe", "Daniel", "Deepa",
            "Ed", "Eleanor", "Farah", "Gareth", "Grace", "Hannah", "Harjit", "Ian", "Imran", "Jane", "Jo", "Kate", "Kwame",
            "Laura", "Liam", "Mandy", "Mark", "Nadia", "Neil", "Olivia", "Owen", "Priya", "Rachel", "Raj", "Sam", "Sarah",
            "Simon", "Tom", "Una", "Vikram", "Wendy", "Yusuf");
    static final List<String> LAST_NAMES = List.of("Ahmed", "Bennett", "Brown", "Campbell", "Clarke", "Davies", "Evans",
            "Fletcher", "Green", "Hall", "Hughes", "Iqbal", "Jackson", "Jones", "Khan", "Lewis", "Martin", "Morgan",
            "Nelson", "Okafor", "Patel", "Price", "Quinn", "Roberts", "Robinson", "Shah", "Singh", "Smith", "Taylor",
            "Thomas", "Turner", "Walker", "Ward", "Watson", "White", "Williams", "Wilson", "Wood", "Wright", "Young");
    static final List<Topic> TOPICS = List.of(
            new Topic("Planning", new BigDecimal("7500.00")), new Topic("Adult social care", new BigDecimal("9000.00")),
            new Topic("Housing", new BigDecimal("7000.00")), new Topic("Finance", new BigDecimal("8000.00")),
            new Topic("Economic growth", new BigDecimal("6500.00")), new Topic("Climate change", new BigDecimal("6000.00")),
            new Topic("Communications", new BigDecimal("5000.00")), new Topic("Scrutiny", new BigDecimal("4500.00")));

    /** A council of today's register: code, name and type (CTY, NMD, UA, MD, LBO). */
    public record Council(String code, String name, String type) {
    }

    /** A topic of the catalogue and its minimum price in pounds. */
    public record Topic(String name, BigDecimal minimumPrice) {

        public String description() {
            return SYNTHETIC + " demo topic: a subject-specific peer challenge on " + name.toLowerCase() + ".";
        }
    }

    /** Days a peer cannot be on site, both ends included. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** A peer of the bank as a challenge manager records them; {@code userName} only for peer one. */
    public record Peer(String userName, String name, String kind, String expertSector, String politicalGroup,
                       String homeOrganisation, List<String> elements, List<String> serviceAreas, List<String> metricIds,
                       LocalDate inductedOn, LocalDate accreditationExpiresOn, List<Range> unavailable) {
    }

    public record Visit(LocalDate startsOn, LocalDate endsOn) {
    }

    /** A finding of one element: its strengths, areas to consider and recommendations. */
    public record Finding(String element, List<String> strengths, List<String> areasToConsider,
                          List<String> recommendations) {
    }

    /** A seat: the peer by its index in {@link Data#peers()}, the role and the answer. */
    public record Seat(int peer, String role, String status) {
    }

    /**
     * A challenge as the LGA's records have it, for {@code POST /challenges/imports}. The report, action plan and
     * progress review are present from their stage on (their days non-null).
     */
    public record Challenge(String reference, String kind, String host, String topic, BigDecimal charge, String stage,
                            LocalDate enquiredOn, List<Visit> visits, List<Finding> findings, String reportTitle,
                            LocalDate reportPublishedOn, LocalDate actionPlanPublishedOn, LocalDate reviewedOn,
                            List<Seat> team) {

        int stageIndex() {
            return STAGES.indexOf(stage);
        }

        /** Numbered 1, 2, ... across the findings in element order. */
        public int recommendations() {
            return findings.stream().mapToInt(f -> f.recommendations().size()).sum();
        }
    }

    /** Everything the demo loads into peer challenge. */
    public record Data(List<Peer> peers, List<Topic> topics, Map<String, Integer> capacity, List<Challenge> challenges) {
    }

    private SyntheticPeerChallenges() {
    }

    /**
     * The demo's data for today's English councils (in any order), the LG Inform metric ids peers may know, a seed and
     * the day it is loaded on.
     */
    public static Data generate(List<Council> councils, List<String> metricIds, long seed, LocalDate today) {
        List<Council> sorted = councils.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        List<Peer> peers = peers(sorted, metricIds, new SplittableRandom(seed), today);
        List<Challenge> challenges = challenges(sorted, peers, new SplittableRandom(seed * 31 + 7), today);
        return new Data(peers, TOPICS, capacity(new SplittableRandom(seed * 17 + 3), today), challenges);
    }

    // --- the bank

    private static List<Peer> peers(List<Council> councils, List<String> metricIds, SplittableRandom random, LocalDate today) {
        List<Peer> peers = new ArrayList<>();
        Council peerOnesHome = councils.stream().filter(c -> c.code().equals("E08000035")).findFirst().orElse(councils.get(0));
        peers.add(new Peer(PEER_ONE, "Cllr Peer One (" + SYNTHETIC + ")", "MEMBER", null, "Labour", peerOnesHome.code(),
                List.of("GOVERNANCE_AND_CULTURE", "LOCAL_PRIORITIES_AND_OUTCOMES"), List.of("Housing", "Planning"),
                metricIds.stream().limit(2).toList(), today.minusYears(2).withDayOfMonth(1),
                today.plusYears(1).withDayOfMonth(1).minusDays(1),
                List.of(new Range(today.plusDays(40), today.plusDays(47)))));
        List<Integer> names = shuffledNames(random);
        for (int i = 1; i < PEERS; i++) {
            // each peer from its own generator, so that changing how one attribute is drawn changes no one's name
            SplittableRandom peer = random.split();
            int draw = peer.nextInt(100);
            String kind = draw < 45 ? "MEMBER" : draw < 57 ? "CHIEF_EXECUTIVE" : draw < 90 ? "OFFICER" : "EXPERT";
            int name = names.get(i);
            String fullName = (kind.equals("MEMBER") ? "Cllr " : "") + FIRST_NAMES.get(name / LAST_NAMES.size()) + " "
                    + LAST_NAMES.get(name % LAST_NAMES.size()) + " (" + SYNTHETIC + ")";
            boolean expert = kind.equals("EXPERT");
            String home = expert && peer.nextInt(2) == 0 ? null : councils.get(peer.nextInt(councils.size())).code();
            LocalDate expires = today.plusDays(peer.nextInt(1_400) - 400);
            LocalDate inducted = expires.minusYears(3).plusDays(1);
            if (inducted.isBefore(FIRST_CYCLE)) {
                inducted = FIRST_CYCLE;
            }
            peers.add(new Peer(null, fullName, kind, expert ? SECTORS.get(peer.nextInt(SECTORS.size())) : null,
                    kind.equals("MEMBER") ? GROUPS.get(peer.nextInt(GROUPS.size())) : null, home,
                    some(peer, ELEMENTS, 1 + peer.nextInt(3)), some(peer, SERVICE_AREAS, 1 + peer.nextInt(3)),
                    metricIds.isEmpty() ? List.of() : some(peer, metricIds, peer.nextInt(3)), inducted, expires,
                    unavailable(peer, today)));
        }
        return peers;
    }

    /** Indexes of first and last name pairs, shuffled: every peer's name differs. */
    private static List<Integer> shuffledNames(SplittableRandom random) {
        List<Integer> names = new ArrayList<>();
        for (int i = 0; i < FIRST_NAMES.size() * LAST_NAMES.size(); i++) {
            names.add(i);
        }
        for (int i = names.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            names.set(j, names.set(i, names.get(j)));
        }
        return names;
    }

    /** About one peer in eight cannot be on site for a week or two in the coming year. */
    private static List<Range> unavailable(SplittableRandom random, LocalDate today) {
        if (random.nextInt(8) != 0) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        LocalDate from = today.plusDays(random.nextInt(120));
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
            LocalDate to = from.plusDays(2 + random.nextInt(12));
            ranges.add(new Range(from, to));
            from = to.plusDays(30 + random.nextInt(150));
        }
        return ranges;
    }

    // --- the calendar

    /** Host capacity of every quarter of the cycle running today, as a challenge manager sets it. */
    private static Map<String, Integer> capacity(SplittableRandom random, LocalDate today) {
        Map<String, Integer> capacity = new TreeMap<>();
        LocalDate quarter = cycleStart(today);
        for (int q = 0; q < 12; q++) {
            capacity.put(quarter.getYear() + "-Q" + quarter.get(IsoFields.QUARTER_OF_YEAR), 8 + random.nextInt(7));
            quarter = quarter.plusMonths(3);
        }
        return capacity;
    }

    /** The first day of the three-year cycle containing the day (cycles from 1 April 2011). */
    static LocalDate cycleStart(LocalDate day) {
        int year = day.getMonthValue() < 4 ? day.getYear() - 1 : day.getYear();
        return LocalDate.of(2011 + (year - 2011) / 3 * 3, 4, 1);
    }

    // --- the challenges

    private static List<Challenge> challenges(List<Council> councils, List<Peer> peers, SplittableRandom random,
                                              LocalDate today) {
        LocalDate current = cycleStart(today);
        List<LocalDate> pastCycles = new ArrayList<>();
        for (LocalDate c = FIRST_CYCLE; c.isBefore(current); c = c.plusYears(3)) {
            pastCycles.add(c);
        }
        Teams teams = new Teams(peers, random);
        List<Challenge> challenges = new ArrayList<>();
        List<String> currentStages = List.of("ENQUIRY", "SCOPING", "POSITION_STATEMENT", "ON_SITE", "FEEDBACK_GIVEN",
                "FEEDBACK_GIVEN", "REPORT_PUBLISHED", "ACTION_PLAN_PUBLISHED", "SCOPING", "POSITION_STATEMENT",
                "FEEDBACK_GIVEN", "REPORT_PUBLISHED");
        int nowIndex = 0;
        for (Council council : councils) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            List<LocalDate> cycles = some(random, pastCycles, 1 + random.nextInt(3));
            for (LocalDate cycle : cycles.stream().sorted().toList()) {
                challenges.add(past(council, "CORPORATE", null, cycle, random, teams, today));
            }
            if (random.nextInt(10) == 0) {
                Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
                challenges.add(past(council, "SUBJECT_SPECIFIC", topic, pastCycles.get(random.nextInt(pastCycles.size())),
                        random, teams, today));
            }
            if (random.nextInt(4) == 0) {
                String stage = currentStages.get(nowIndex % currentStages.size());
                if (stage.equals("ON_SITE") && nowIndex >= currentStages.size()) {
                    stage = "SCOPING";
                }
                challenges.add(now(council, stage, current, random, teams, today));
                nowIndex++;
            }
        }
        teams.invitePeerOne(challenges);
        return challenges;
    }

    /** A challenge of a past cycle, as far as its dates allow by today; some recent ones stalled. */
    private static Challenge past(Council council, String kind, Topic topic, LocalDate cycle, SplittableRandom random,
                                  Teams teams, LocalDate today) {
        LocalDate first = monday(cycle.plusDays(150 + random.nextInt(3 * 365 - 240)));
        LocalDate last = first.plusDays(3);
        LocalDate enquired = first.minusDays(90 + random.nextInt(120));
        if (enquired.isBefore(FIRST_CYCLE)) {
            enquired = FIRST_CYCLE;
        }
        LocalDate report = last.plusDays(30 + random.nextInt(60));
        LocalDate plan = report.plusDays(20 + random.nextInt(50));
        LocalDate review = last.plusDays(280 + random.nextInt(40));
        if (!review.isAfter(plan)) {
            review = plan.plusDays(14);
        }
        boolean stalls = last.isAfter(today.minusYears(2)) && random.nextInt(8) == 0;
        String stage = "PROGRESS_REVIEWED";
        if (report.isAfter(today) || stalls && random.nextInt(2) == 0) {
            stage = "FEEDBACK_GIVEN";
        } else if (plan.isAfter(today) || stalls) {
            stage = "REPORT_PUBLISHED";
        } else if (review.isAfter(today)) {
            stage = "ACTION_PLAN_PUBLISHED";
        }
        return challenge(council, kind, topic, stage, enquired, first, report, plan, review, random, teams);
    }

    /**
     * A challenge of the cycle running now at the given stage, dated to fit it; one whose visit cannot be in the cycle
     * by today (early in a cycle) is still being scoped.
     */
    private static Challenge now(Council council, String stage, LocalDate cycle, SplittableRandom random, Teams teams,
                                 LocalDate today) {
        LocalDate first = switch (stage) {
            case "ENQUIRY", "SCOPING" -> monday(today.plusDays(70 + random.nextInt(300)));
            case "POSITION_STATEMENT" -> monday(today.plusDays(14 + random.nextInt(40)));
            case "ON_SITE" -> today.minusDays(1);
            case "FEEDBACK_GIVEN" -> monday(today.minusDays(random.nextInt(2) == 0 ? 30 + random.nextInt(40)
                    : 110 + random.nextInt(60)));
            case "REPORT_PUBLISHED" -> monday(today.minusDays(120 + random.nextInt(60)));
            default -> monday(today.minusDays(170 + random.nextInt(40)));
        };
        if (first.isBefore(cycle)) {
            stage = STAGES.indexOf(stage) > STAGES.indexOf("POSITION_STATEMENT") ? "SCOPING" : stage;
            first = monday(today.plusDays(70 + random.nextInt(300)));
        }
        LocalDate last = first.plusDays(3);
        LocalDate enquired = stage.equals("ENQUIRY") ? today.minusDays(5 + random.nextInt(50))
                : first.minusDays(60 + random.nextInt(100));
        if (enquired.isAfter(today)) {
            enquired = today.minusDays(1 + random.nextInt(20));
        }
        LocalDate report = last.plusDays(30 + random.nextInt(20));
        LocalDate plan = report.plusDays(20 + random.nextInt(20));
        if (plan.isAfter(today)) {
            plan = today;
        }
        if (report.isAfter(plan)) {
            report = plan;
        }
        return challenge(council, "CORPORATE", null, stage, enquired, first, report, plan, null, random, teams);
    }

    private static Challenge challenge(Council council, String kind, Topic topic, String stage, LocalDate enquired,
                                       LocalDate first, LocalDate report, LocalDate plan, LocalDate review,
                                       SplittableRandom random, Teams teams) {
        int at = STAGES.indexOf(stage);
        boolean subject = topic != null;
        List<Finding> findings = at >= STAGES.indexOf("FEEDBACK_GIVEN")
                ? findings(subject ? List.of("TOPIC") : ELEMENTS, random) : List.of();
        String reference = "SYN-" + council.code() + "-" + first + "-" + (subject ? "S" : "C");
        String title = (subject ? topic.name() + " peer challenge: " : "Corporate peer challenge: ") + council.name()
                + ", " + first.getYear() + " (" + SYNTHETIC + ")";
        List<Visit> visits = stage.equals("ENQUIRY") ? List.of() : List.of(new Visit(first, first.plusDays(3)));
        String seatStatus = at >= STAGES.indexOf("ON_SITE") ? "ACCEPTED" : "INVITED";
        List<Seat> team = at >= STAGES.indexOf("POSITION_STATEMENT") ? teams.team(council.code(), seatStatus) : List.of();
        return new Challenge(reference, kind, council.code(), subject ? topic.name() : null,
                subject ? topic.minimumPrice().add(BigDecimal.valueOf(500L * random.nextInt(6))) : null, stage, enquired,
                visits, findings, title, at >= STAGES.indexOf("REPORT_PUBLISHED") ? report : null,
                at >= STAGES.indexOf("ACTION_PLAN_PUBLISHED") ? plan : null,
                at >= STAGES.indexOf("PROGRESS_REVIEWED") ? review : null, team);
    }

    private static List<Finding> findings(List<String> elements, SplittableRandom random) {
        List<Finding> findings = new ArrayList<>();
        for (String element : elements) {
            String area = element.toLowerCase().replace('_', ' ');
            findings.add(new Finding(element, List.of("A clear and shared understanding of " + area + "."),
                    List.of("Capacity to sustain " + area + " through the next budget round."),
                    random.nextInt(3) == 0 ? List.of("Set out how " + area + " will be measured.", "Review " + area
                            + " with partners within six months.") : List.of("Set out how " + area + " will be measured.")));
        }
        return findings;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static <T> List<T> some(SplittableRandom random, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < count && !pool.isEmpty()) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /** Picks teams from the bank: never a peer of the host, one of each kind a seat needs. */
    private static final class Teams {

        private final List<Peer> peers;
        private final SplittableRandom random;
        private final Map<String, List<Integer>> byKind = new TreeMap<>();
        private int peerOneSeats;

        Teams(List<Peer> peers, SplittableRandom random) {
            this.peers = peers;
            this.random = random;
            for (int i = 1; i < peers.size(); i++) {
                byKind.computeIfAbsent(peers.get(i).kind(), k -> new ArrayList<>()).add(i);
            }
        }

        List<Seat> team(String host, String status) {
            List<Seat> seats = new ArrayList<>();
            boolean peerOneLeads = status.equals("ACCEPTED") && peerOneSeats < 6 && !host.equals(peers.get(0).homeOrganisation())
                    && random.nextInt(40) == 0;
            if (peerOneLeads) {
                peerOneSeats++;
                seats.add(new Seat(0, "LEAD_MEMBER_PEER", status));
            } else {
                seats.add(new Seat(pick("MEMBER", host, seats), "LEAD_MEMBER_PEER", status));
            }
            seats.add(new Seat(pick("CHIEF_EXECUTIVE", host, seats), "CHIEF_EXECUTIVE_PEER", status));
            seats.add(new Seat(pick("OFFICER", host, seats), "OFFICER_PEER", status));
            seats.add(new Seat(pick("OFFICER", host, seats), "OFFICER_PEER", status));
            seats.add(new Seat(pick("EXPERT", host, seats), "EXPERT", status));
            return seats;
        }

        /** Peer one is invited to lead two challenges to come, hosted elsewhere. */
        void invitePeerOne(List<Challenge> challenges) {
            int invited = 0;
            for (int c = 0; c < challenges.size() && invited < 2; c++) {
                Challenge ch = challenges.get(c);
                if (!ch.team().isEmpty() && ch.team().get(0).status().equals("INVITED")
                        && !ch.host().equals(peers.get(0).homeOrganisation())) {
                    List<Seat> team = new ArrayList<>(ch.team());
                    team.set(0, new Seat(0, "LEAD_MEMBER_PEER", "INVITED"));
                    challenges.set(c, new Challenge(ch.reference(), ch.kind(), ch.host(), ch.topic(), ch.charge(),
                            ch.stage(), ch.enquiredOn(), ch.visits(), ch.findings(), ch.reportTitle(),
                            ch.reportPublishedOn(), ch.actionPlanPublishedOn(), ch.reviewedOn(), team));
                    invited++;
                }
            }
        }

        private int pick(String kind, String host, List<Seat> taken) {
            List<Integer> pool = byKind.get(kind);
            for (int attempt = 0; ; attempt++) {
                int candidate = pool.get(random.nextInt(pool.size()));
                boolean fromHost = host.equals(peers.get(candidate).homeOrganisation());
                boolean seated = taken.stream().anyMatch(s -> s.peer() == candidate);
                if (!fromHost && !seated || attempt > 50) {
                    return candidate;
                }
            }
        }
    }
}
