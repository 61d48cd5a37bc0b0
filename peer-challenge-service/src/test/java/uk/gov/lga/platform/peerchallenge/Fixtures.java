package uk.gov.lga.platform.peerchallenge;

import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeHost;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeVisit;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.peerchallenge.domain.peers.ExpertSector;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.teams.Candidate;
import uk.gov.lga.platform.peerchallenge.domain.teams.ChallengeNeeds;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposalStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamProposal;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamSeat;

import io.quarkus.arc.Arc;
import uk.gov.lga.platform.events.CouncilRegistered;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.PoliticalControlChanged;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeTopic;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferEntry;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferLedger;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.outbox.OutboxEvent;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Booking;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingPurpose;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingService;
import uk.gov.lga.platform.peerchallenge.domain.calendar.CalendarQuarter;
import uk.gov.lga.platform.peerchallenge.domain.calendar.NewBooking;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Quarter;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressStatus;
import uk.gov.lga.platform.support.security.Roles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the tests of this service share: councils (each test that stores data uses a council of its own, so
 * tests do not see each other's challenges and places), and helpers that store them.
 */
public final class Fixtures {

    public static final String LEEDS = "E08000035";
    public static final String YORK = "E06000014";
    public static final String KENT = "E10000016";
    public static final String BRISTOL = "E06000023";
    public static final String CORNWALL = "E06000052";
    public static final String MANCHESTER = "E08000003";
    public static final String CARDIFF = "W06000015";
    public static final String SHEFFIELD = "E08000019";

    private Fixtures() {
    }

    /** A peer challenge of the council: on site from {@code startsOn}, or an enquiry when it has no date. */
    public static void challenge(String council, ChallengeKind kind, LocalDate startsOn) {
        QuarkusTransaction.requiringNew().run(() -> {
            PeerChallenge c = new PeerChallenge();
            c.councilCode = council;
            c.kind = kind;
            c.stage = startsOn == null ? ChallengeStage.ENQUIRY : ChallengeStage.ON_SITE;
            c.topic = kind == ChallengeKind.SUBJECT_SPECIFIC ? "Planning" : null;
            c.hosts.add(new ChallengeHost(council, true));
            if (startsOn != null) {
                c.scheduleVisits(List.of(new ChallengeVisit(1, startsOn, startsOn.plusDays(3))));
            }
            c.persist();
            // As the booking does: a dated corporate challenge uses the free challenge of its cycle.
            if (kind == ChallengeKind.CORPORATE && startsOn != null) {
                Register.councilIfAbsent(council);
                Ledger.ledger().useFreeCorporateChallenge(GssCode.of(council), c.id, startsOn, Ledger.FIXTURES);
            }
        });
    }

    /** A leadership-programme place the council took up in a financial year, recorded in the ledger. */
    public static void place(String council, String financialYear, String delegate) {
        QuarkusTransaction.requiringNew().run(() -> {
            Register.councilIfAbsent(council);
            Ledger.ledger().takeLeadershipPlace(GssCode.of(council), financialYear, delegate, Ledger.FIXTURES);
        });
    }

    /**
     * The peer bank and team matching. The bank is shared by every team proposal, so the tests that use it start from
     * an empty bank ({@link #clear()}); their organisations have codes no other test uses. Pure builders for
     * {@link Candidate} and {@link ChallengeNeeds} serve the matching's unit tests.
     */
    public static final class PeerBank {

        /** A unitary host in the North East, Labour-controlled. */
        public static final String HOST = "E06000901";
        public static final String HOST_REGION = "North East";
        /** A county in the East of England with two districts. */
        public static final String COUNTY = "E10000901";
        public static final String DISTRICT_A = "E07000901";
        public static final String DISTRICT_B = "E07000902";
        /** Councils far from the host, each in another region. */
        public static final String FAR_SOUTH_WEST = "E06000911";
        public static final String FAR_LONDON = "E09000911";
        public static final String FAR_NORTH_WEST = "E06000913";
        /** A council in the host's own region. */
        public static final String NEAR = "E06000914";
        /** The first visit day of the tests' challenges: a Monday; visits last four days. */
        public static final LocalDate VISIT = LocalDate.of(2026, 10, 5);
        public static final LocalDate ACCREDITED_FROM = LocalDate.of(2024, 1, 15);
        public static final LocalDate ACCREDITED_UNTIL = LocalDate.of(2028, 1, 14);

        private PeerBank() {
        }

        /** Empties the bank: seats, proposals, feedback and peers. */
        public static void clear() {
            QuarkusTransaction.requiringNew().run(() -> {
                var em = Peer.getEntityManager();
                for (String table : List.of("team_seat", "team_proposal", "peer_feedback", "peer_unavailability", "peer")) {
                    em.createNativeQuery("DELETE FROM " + table).executeUpdate();
                }
            });
        }

        /** The test organisations, created or brought back to these values. */
        public static void organisations() {
            organisation(HOST, "Host Unitary", HOST_REGION, null, "Labour");
            organisation(COUNTY, "Test County", "East of England", null, "Conservative");
            organisation(DISTRICT_A, "District A", "East of England", COUNTY, "Conservative");
            organisation(DISTRICT_B, "District B", "East of England", COUNTY, "Liberal Democrat");
            organisation(FAR_SOUTH_WEST, "Far South West", "South West", null, "Conservative");
            organisation(FAR_LONDON, "Far London", "London", null, "Labour");
            organisation(FAR_NORTH_WEST, "Far North West", "North West", null, "NO_OVERALL_CONTROL");
            organisation(NEAR, "Near Unitary", HOST_REGION, null, "Labour");
        }

        public static void organisation(String code, String name, String region, String county, String control) {
            QuarkusTransaction.requiringNew().run(() -> {
                Organisation o = Organisation.<Organisation>findByIdOptional(code).orElseGet(Organisation::new);
                o.code = code;
                o.kind = OrganisationKind.COUNCIL;
                o.name = name;
                o.nation = "England";
                o.region = region;
                o.countyCode = county;
                o.politicalControl = control;
                o.updatedAt = Instant.now();
                o.persist();
            });
        }

        /** A peer stored in the bank, accredited through the tests' visits and available; returns its id. */
        public static long peer(String name, PeerKind kind, String group, String home, String userName, String... serviceAreas) {
            return QuarkusTransaction.requiringNew().call(() -> {
                Peer p = new Peer();
                p.name = name;
                p.kind = kind;
                p.politicalGroup = group;
                p.expertSector = kind == PeerKind.EXPERT ? ExpertSector.BUSINESS : null;
                p.homeOrganisation = home;
                p.userName = userName;
                p.serviceAreas = new ArrayList<>(List.of(serviceAreas));
                p.inductedOn = ACCREDITED_FROM;
                p.accreditationExpiresOn = ACCREDITED_UNTIL;
                p.createdAt = Instant.now();
                p.updatedAt = p.createdAt;
                p.persist();
                return p.id;
            });
        }

        /** Changes a stored peer. */
        public static void changePeer(long id, Consumer<Peer> change) {
            QuarkusTransaction.requiringNew().run(() -> change.accept(Peer.<Peer>findById(id)));
        }

        /** A challenge of the hosts (the first leads) at a stage, with one four-day visit from {@code visit} (or none). */
        public static long challenge(ChallengeKind kind, ChallengeShape shape, ChallengeStage stage, LocalDate visit,
                                     List<String> focusAreas, String... hosts) {
            return QuarkusTransaction.requiringNew().call(() -> {
                PeerChallenge c = new PeerChallenge();
                c.councilCode = hosts[0];
                c.kind = kind;
                c.shape = shape;
                c.stage = stage;
                c.topic = kind == ChallengeKind.SUBJECT_SPECIFIC ? "Planning" : null;
                c.focusAreas = new ArrayList<>(focusAreas);
                for (int i = 0; i < hosts.length; i++) {
                    c.hosts.add(new ChallengeHost(hosts[i], i == 0));
                }
                if (visit != null) {
                    c.scheduleVisits(List.of(new ChallengeVisit(1, visit, visit.plusDays(3))));
                }
                c.persist();
                return c.id;
            });
        }

        public static void changeChallenge(long id, Consumer<PeerChallenge> change) {
            QuarkusTransaction.requiringNew().run(() -> change.accept(PeerChallenge.<PeerChallenge>findById(id)));
        }

        /**
         * The bank most team tests use, for a corporate challenge of {@link #HOST} (Labour, North East) on "Housing":
         * the best team is lead, chief, blue, officer, expert; near is eligible but scores less; host and unaccredited
         * are excluded. {@code peer.one} is the officer, {@code peer.two} the Conservative member.
         */
        public record StandardBank(long lead, long chief, long blue, long officer, long expert, long near, long host,
                                   long unaccredited) {
        }

        public static StandardBank standardBank() {
            long lead = peer("Cllr Ann Lead", PeerKind.MEMBER, "Labour", FAR_SOUTH_WEST, null);
            long chief = peer("Cath Chief", PeerKind.CHIEF_EXECUTIVE, null, FAR_NORTH_WEST, null);
            long blue = peer("Cllr Bob Blue", PeerKind.MEMBER, "Conservative", FAR_LONDON, "peer.two");
            long officer = peer("Olu Officer", PeerKind.OFFICER, null, FAR_SOUTH_WEST, "peer.one", "Housing");
            long expert = peer("Exa Expert", PeerKind.EXPERT, null, null, null);
            long near = peer("Nia Near", PeerKind.OFFICER, null, NEAR, null);
            long host = peer("Hugh Host", PeerKind.OFFICER, null, HOST, null);
            long unaccredited = peer("Una Unaccredited", PeerKind.OFFICER, null, FAR_LONDON, null);
            changePeer(unaccredited, p -> {
                p.inductedOn = null;
                p.accreditationExpiresOn = null;
            });
            return new StandardBank(lead, chief, blue, officer, expert, near, host, unaccredited);
        }

        /** The peer held an accepted seat on the challenge's team (a confirmed one-seat proposal behind it). */
        public static void acceptedSeat(long challengeId, long peerId, int seatNo) {
            QuarkusTransaction.requiringNew().run(() -> {
                TeamProposal proposal = new TeamProposal();
                proposal.challengeId = challengeId;
                proposal.status = ProposalStatus.CONFIRMED;
                proposal.teamSize = 1;
                proposal.proposedBy = "fixtures";
                proposal.proposedAt = Instant.now();
                proposal.confirmedBy = "fixtures";
                proposal.confirmedAt = proposal.proposedAt;
                proposal.persist();
                TeamSeat seat = new TeamSeat();
                seat.challengeId = challengeId;
                seat.seatNo = seatNo;
                seat.peerId = peerId;
                seat.role = SeatRole.OFFICER_PEER;
                seat.status = SeatStatus.ACCEPTED;
                seat.proposalId = proposal.id;
                seat.invitedAt = proposal.proposedAt;
                seat.answeredAt = proposal.proposedAt;
                seat.persist();
            });
        }

        /** A candidate who meets every rule for {@link #needs()}: accredited, available, far from the host. */
        public static CandidateBuilder candidate(long id, PeerKind kind) {
            return new CandidateBuilder(id, kind);
        }

        /** A corporate challenge of {@link #HOST} for a team of 5, one four-day visit from {@link #VISIT}. */
        public static NeedsBuilder needs() {
            return new NeedsBuilder();
        }

        public static final class CandidateBuilder {
            private final long id;
            private final PeerKind kind;
            private String group;
            private String home = FAR_SOUTH_WEST;
            private String region = "South West";
            private Set<String> elements = Set.of();
            private Set<String> serviceAreas = Set.of();
            private LocalDate inducted = ACCREDITED_FROM;
            private LocalDate expires = ACCREDITED_UNTIL;
            private final List<DateRange> unavailable = new ArrayList<>();
            private final List<DateRange> otherTeams = new ArrayList<>();
            private int daysInYear;
            private int daysRecently;
            private Integer feedbackTenths;
            private int feedbackCount;

            CandidateBuilder(long id, PeerKind kind) {
                this.id = id;
                this.kind = kind;
                this.group = kind == PeerKind.MEMBER ? "Conservative" : null;
            }

            public CandidateBuilder group(String value) { group = value; return this; }
            public CandidateBuilder home(String code, String homeRegion) { home = code; region = homeRegion; return this; }
            public CandidateBuilder elements(Element... values) {
                elements = Set.of(values).stream().map(Element::name).collect(Collectors.toSet());
                return this;
            }
            public CandidateBuilder serviceAreas(String... values) { serviceAreas = Set.of(values); return this; }
            public CandidateBuilder accredited(LocalDate from, LocalDate until) { inducted = from; expires = until; return this; }
            public CandidateBuilder unavailable(LocalDate from, LocalDate to) { unavailable.add(new DateRange(from, to)); return this; }
            public CandidateBuilder onAnotherTeam(LocalDate from, LocalDate to) { otherTeams.add(new DateRange(from, to)); return this; }
            public CandidateBuilder daysCommittedInYear(int days) { daysInYear = days; return this; }
            public CandidateBuilder daysGivenRecently(int days) { daysRecently = days; return this; }
            public CandidateBuilder feedback(int tenths, int count) { feedbackTenths = tenths; feedbackCount = count; return this; }

            public Candidate build() {
                return new Candidate(id, "Peer " + id, kind, group, home, region, elements, serviceAreas, Set.of(),
                        inducted, expires, unavailable, otherTeams, daysInYear, daysRecently, feedbackTenths, feedbackCount);
            }
        }

        public static final class NeedsBuilder {
            private ChallengeKind kind = ChallengeKind.CORPORATE;
            private int teamSize = 5;
            private final List<DateRange> visits = new ArrayList<>(List.of(new DateRange(VISIT, VISIT.plusDays(3))));
            private List<String> hosts = List.of(HOST);
            private Set<String> regions = Set.of(HOST_REGION);
            private Set<String> parties = Set.of("LABOUR");
            private final Map<String, String> area = new HashMap<>();
            private final Map<String, String> links = new HashMap<>();
            private List<String> focusAreas = List.of();
            private int cap = 20;

            public NeedsBuilder kind(ChallengeKind value) { kind = value; return this; }
            public NeedsBuilder teamSize(int value) { teamSize = value; return this; }
            public NeedsBuilder visits(DateRange... values) { visits.clear(); visits.addAll(List.of(values)); return this; }
            public NeedsBuilder hosts(String... codes) { hosts = List.of(codes); return this; }
            public NeedsBuilder regions(String... values) { regions = Set.of(values); return this; }
            public NeedsBuilder parties(String... values) { parties = Set.of(values); return this; }
            public NeedsBuilder inArea(String code, String why) { area.put(code, why); return this; }
            public NeedsBuilder linked(String code, String why) { links.put(code, why); return this; }
            public NeedsBuilder focusAreas(String... values) { focusAreas = List.of(values); return this; }
            public NeedsBuilder cap(int value) { cap = value; return this; }

            public ChallengeNeeds build() {
                return new ChallengeNeeds(1L, kind, teamSize, visits, hosts, regions, parties, area, links, kind.elements(),
                        focusAreas, "2026/27", cap);
            }
        }
    }

    /**
     * The organisations register: the councils above as LG Inform's register would give them, any other council or
     * fire and rescue authority a test needs, and the lginform.councils events the consumer hears.
     */
    public static final class Register {

        private Register() {
        }

        /** The councils above (LEEDS ... SHEFFIELD), registered unless they already are. */
        public static void councils() {
            council(LEEDS, "Leeds", "MD", "Yorkshire and The Humber");
            council(YORK, "York", "UA", "Yorkshire and The Humber");
            council(KENT, "Kent", "CTY", "South East");
            council(BRISTOL, "Bristol, City of", "UA", "South West");
            council(CORNWALL, "Cornwall", "UA", "South West");
            council(MANCHESTER, "Manchester", "MD", "North West");
            council(CARDIFF, "Cardiff", "WPA", null);
            council(SHEFFIELD, "Sheffield", "MD", "Yorkshire and The Humber");
        }

        /** A council, registered unless it already is (a test's own council keeps what the test gave it). */
        public static void council(String code, String name, String type, String region) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (Organisation.findById(code) == null) {
                    Organisation o = new Organisation();
                    o.code = code;
                    o.kind = OrganisationKind.COUNCIL;
                    o.name = name;
                    o.nation = switch (code.charAt(0)) {
                        case 'E' -> "England";
                        case 'W' -> "Wales";
                        case 'S' -> "Scotland";
                        default -> "Northern Ireland";
                    };
                    o.councilType = type;
                    o.region = region;
                    o.updatedAt = Instant.now();
                    o.persist();
                }
            });
        }

        /** In the caller's transaction: a council named after its code, unless one is registered. */
        static void councilIfAbsent(String code) {
            if (Organisation.findById(code) == null) {
                Organisation o = new Organisation();
                o.code = code;
                o.kind = OrganisationKind.COUNCIL;
                o.name = "Council " + code;
                o.updatedAt = Instant.now();
                o.persist();
            }
        }

        /** The council's political control, as a PoliticalControlChanged of the demo data would leave it. */
        public static void control(String code, String control, String leaderParty, LocalDate since) {
            QuarkusTransaction.requiringNew().run(() -> {
                Organisation o = Organisation.findById(code);
                o.politicalControl = control;
                o.leaderParty = leaderParty;
                o.controlSince = since;
                o.controlSynthetic = true;
            });
        }

        /** The council's last day: it no longer exists after it. */
        public static void ended(String code, LocalDate lastDay) {
            QuarkusTransaction.requiringNew().run(() -> Organisation.<Organisation>findById(code).validTo = lastDay);
        }

        /** How many challenges the organisation hosts. */
        public static long hosts(String code) {
            return hostedChallenges(code).size();
        }

        /** The ids of the challenges the organisation hosts, oldest first. */
        public static List<Long> hostedChallenges(String code) {
            return QuarkusTransaction.requiringNew().call(() -> PeerChallenge.getEntityManager()
                    .createQuery("select c.id from PeerChallenge c join c.hosts h where h.organisationCode = :code order by c.id",
                            Long.class)
                    .setParameter("code", code).getResultList());
        }

        public static boolean exists(String code) {
            return QuarkusTransaction.requiringNew().call(() -> Organisation.findById(code) != null);
        }

        public static Organisation organisation(String code) {
            return QuarkusTransaction.requiringNew().call(() -> Organisation.<Organisation>findById(code));
        }

        /** A CouncilRegistered envelope as LG Inform publishes it, with a fresh event id. */
        public static String registered(String code, String name, String type, String region, LocalDate validFrom,
                                        LocalDate validTo) {
            return EventEnvelope.wrap(new CouncilRegistered(code, code.substring(6), name, name + " Council",
                    code.startsWith("E") ? "England" : "Wales", region, type, "unitary", null, validFrom, validTo,
                    List.of(), List.of()), "lg-inform-service", Instant.parse("2026-06-01T09:00:00Z")).toJson();
        }

        /** A PoliticalControlChanged envelope, with a fresh event id. */
        public static String controlChanged(String code, String previous, String control, LocalDate from) {
            return EventEnvelope.wrap(new PoliticalControlChanged(code, control, control, from, previous, true),
                    "lg-inform-service", Instant.parse("2026-06-01T09:00:00Z")).toJson();
        }
    }

    /** The offer ledger: the catalogue of topics, the ledger itself, its entries and the events it publishes. */
    public static final class Ledger {

        public static final Caller FIXTURES = Caller.system("fixtures");

        private Ledger() {
        }

        public static OfferLedger ledger() {
            return Arc.container().instance(OfferLedger.class).get();
        }

        /** Runs ledger calls in a transaction of their own, as another feature's service would. */
        public static <T> T inTransaction(Function<OfferLedger, T> calls) {
            return QuarkusTransaction.requiringNew().call(() -> calls.apply(ledger()));
        }

        /** A catalogue topic, created or brought back to these terms. */
        public static void topic(String name, String minimumPrice, boolean active) {
            QuarkusTransaction.requiringNew().run(() -> {
                ChallengeTopic t = ChallengeTopic.<ChallengeTopic>findByIdOptional(name).orElseGet(ChallengeTopic::new);
                boolean created = t.name == null;
                t.name = name;
                t.minimumPrice = new BigDecimal(minimumPrice);
                t.active = active;
                t.updatedBy = "fixtures";
                t.updatedAt = Instant.now();
                if (created) {
                    t.persist();
                }
            });
        }

        /** A bare challenge of the council (an enquiry), for ledger entries to name; returns its id. */
        public static long challengeOf(String council, ChallengeKind kind) {
            return QuarkusTransaction.requiringNew().call(() -> {
                PeerChallenge c = new PeerChallenge();
                c.councilCode = council;
                c.kind = kind;
                c.stage = ChallengeStage.ENQUIRY;
                c.topic = kind == ChallengeKind.SUBJECT_SPECIFIC ? "Planning" : null;
                c.hosts.add(new ChallengeHost(council, true));
                c.persist();
                return c.id;
            });
        }

        /** The organisation's entries, oldest first. */
        public static List<OfferEntry> entries(String organisation) {
            return QuarkusTransaction.requiringNew().call(() ->
                    OfferEntry.<OfferEntry>list("organisationCode = ?1 order by id", organisation));
        }

        /** The payloads of the events of that type about the organisation waiting in the outbox, oldest first. */
        public static List<String> outbox(String type, String organisation) {
            return QuarkusTransaction.requiringNew().call(() ->
                    OutboxEvent.<OutboxEvent>list("eventType = ?1 and messageKey = ?2 order by id", type, organisation)
                            .stream().map(e -> e.payload).toList());
        }
    }

    /**
     * The booking calendar and the challenges' lifecycle. Each test takes organisations of its own (fresh codes from
     * {@link #council()} and its kin), so no two tests share a booking or a free corporate challenge; quarters are
     * opened with capacity directly; {@link #at} walks a challenge to a stage through the services, as a challenge
     * manager would, moving the test clock to the days each step needs and back.
     */
    public static final class Challenges {

        public static final Caller MANAGER = Caller.user("manager", null, null, Set.of(Roles.CHALLENGE_MANAGER));
        /** Codes E06000300 ... for unitaries, E10000300 ... counties, E07000300 ... districts, E31000300 ... fire. */
        private static final AtomicInteger NEXT = new AtomicInteger(300);

        private Challenges() {
        }

        /** A unitary council of the test's own, registered; its code. */
        public static String council() {
            return organisation("E06000" + NEXT.getAndIncrement(), OrganisationKind.COUNCIL, "UA", null);
        }

        public static String county() {
            return organisation("E10000" + NEXT.getAndIncrement(), OrganisationKind.COUNCIL, "CTY", null);
        }

        public static String district(String county) {
            return organisation("E07000" + NEXT.getAndIncrement(), OrganisationKind.COUNCIL, "NMD", county);
        }

        public static String fireAuthority() {
            return organisation("E31000" + NEXT.getAndIncrement(), OrganisationKind.FIRE_AND_RESCUE, null, null);
        }

        /** An organisation with a given code (an officer's token names it), registered unless it is; its code. */
        public static String organisation(String code, OrganisationKind kind, String type, String county) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (Organisation.findById(code) == null) {
                    Organisation o = new Organisation();
                    o.code = code;
                    o.kind = kind;
                    o.name = (kind == OrganisationKind.COUNCIL ? "Council " : "Fire Authority ") + code;
                    o.nation = "England";
                    o.region = "North East";
                    o.councilType = type;
                    o.countyCode = county;
                    o.fireAuthorityKind = kind == OrganisationKind.FIRE_AND_RESCUE ? "combined" : null;
                    o.updatedAt = Instant.now();
                    o.persist();
                }
            });
            return code;
        }

        /** Opens the quarter with this capacity, as a manager's PUT would, without promoting anyone. */
        public static void capacity(String quarter, int capacity) {
            QuarkusTransaction.requiringNew().run(() -> {
                CalendarQuarter q = CalendarQuarter.<CalendarQuarter>findByIdOptional(quarter).orElseGet(CalendarQuarter::new);
                Quarter parsed = Quarter.parse(quarter, "quarter");
                q.quarter = quarter;
                q.startsOn = parsed.startsOn();
                q.endsOn = parsed.endsOn();
                q.hostCapacity = capacity;
                q.updatedBy = "fixtures";
                q.updatedAt = Instant.now();
                q.persist();
            });
        }

        /** The quarters most tests book, opened wide so that their HOST bookings are confirmed: 2026-Q2 to 2027-Q4. */
        public static void openCommonQuarters() {
            for (String quarter : List.of("2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4")) {
                capacity(quarter, 1000);
            }
        }

        /** The booking that opened the challenge. */
        public static long bookingOf(long challengeId) {
            return QuarkusTransaction.requiringNew().call(() -> Booking.<Booking>find("challengeId", challengeId)
                    .firstResult().id);
        }

        /** A confirmed HOST booking of the quarter (its capacity raised when full): the challenge it opened. */
        public static long book(String quarter, ChallengeKind kind, String... hosts) {
            long confirmed = QuarkusTransaction.requiringNew().call(() -> Booking
                    .count("quarter = ?1 and purpose = ?2 and status = 'CONFIRMED'", quarter, BookingPurpose.HOST));
            int capacity = QuarkusTransaction.requiringNew().call(() -> CalendarQuarter.<CalendarQuarter>findByIdOptional(quarter)
                    .map(q -> q.hostCapacity).orElse(0));
            if (capacity <= confirmed) {
                capacity(quarter, (int) confirmed + 1);
            }
            NewBooking booking = new NewBooking(Quarter.parse(quarter, "quarter"), BookingPurpose.HOST, List.of(hosts),
                    kind, hosts.length == 1 ? ChallengeShape.SINGLE : ChallengeShape.SUB_REGIONAL,
                    kind == ChallengeKind.SUBJECT_SPECIFIC ? "Planning" : null, List.of(), List.of(),
                    kind == ChallengeKind.SUBJECT_SPECIFIC ? new BigDecimal("9000.00") : null, null, null, List.of());
            return service(BookingService.class).book(booking, MANAGER).challengeId();
        }

        /**
         * A challenge of the hosts walked to {@code stage}: booked in the quarter of {@code firstDay}, one four-day visit
         * from {@code firstDay}, findings with one recommendation on the kind's first element (member challenge not
         * weak), report, action plan and progress review each recorded the day after the visit. The clock comes back
         * to where the test had it.
         */
        public static long at(ChallengeStage stage, LocalDate firstDay, ChallengeKind kind, String... hosts) {
            TestClock clock = service(TestClock.class);
            Instant now = clock.instant();
            ChallengeService challenges = service(ChallengeService.class);
            try {
                clock.setToday(firstDay.minusDays(20));
                long id = book(Quarter.containing(firstDay).toString(), kind, hosts);
                if (stage == ChallengeStage.ENQUIRY) {
                    return id;
                }
                challenges.scheduleVisits(id, List.of(new ChallengeInputs.VisitDates(firstDay, firstDay.plusDays(3))), MANAGER);
                for (ChallengeStage next : List.of(ChallengeStage.SCOPING, ChallengeStage.POSITION_STATEMENT, ChallengeStage.ON_SITE)) {
                    if (next == ChallengeStage.ON_SITE) {
                        clock.setToday(firstDay);
                    }
                    challenges.move(id, next, MANAGER);
                    if (next == stage) {
                        return id;
                    }
                }
                clock.setToday(firstDay.plusDays(3));
                challenges.recordFindings(id, findings(kind, false), MANAGER);
                if (stage == ChallengeStage.FEEDBACK_GIVEN) {
                    return id;
                }
                clock.setToday(firstDay.plusDays(4));
                challenges.publishReport(id, new ChallengeInputs.ReportInput("Peer challenge report", "What the team found.",
                        null), MANAGER);
                if (stage == ChallengeStage.REPORT_PUBLISHED) {
                    return id;
                }
                challenges.publishActionPlan(id, new ChallengeInputs.ActionPlanInput("Our plan", null,
                        List.of(new ChallengeInputs.ActionInput(1, "Act on it", "Chief Executive", null))), MANAGER);
                if (stage == ChallengeStage.ACTION_PLAN_PUBLISHED) {
                    return id;
                }
                challenges.recordProgressReview(id, new ChallengeInputs.ProgressReviewInput("Progress made", null,
                        List.of(new ChallengeInputs.RecommendationProgress(1, ProgressStatus.ACHIEVED, null))), MANAGER);
                return id;
            } finally {
                clock.setInstant(now);
            }
        }

        /** Findings for every element of the kind: one strength each, one recommendation on the first element. */
        public static ChallengeInputs.FindingsInput findings(ChallengeKind kind, boolean memberChallengeWeak) {
            List<ChallengeInputs.ElementInput> elements = new ArrayList<>();
            for (int i = 0; i < kind.elements().size(); i++) {
                elements.add(new ChallengeInputs.ElementInput(kind.elements().get(i), List.of("A strength"),
                        List.of(), i == 0 ? List.of("A recommendation") : List.of()));
            }
            return new ChallengeInputs.FindingsInput(elements, memberChallengeWeak);
        }

        /** The payloads of the events of that type keyed by the lead host, waiting in the outbox, oldest first. */
        public static List<String> events(String type, String leadHost) {
            return Ledger.outbox(type, leadHost);
        }

        public static <T> T service(Class<T> type) {
            return Arc.container().instance(type).get();
        }
    }
}
