package uk.gov.lga.platform.peerchallenge.domain.challenges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.config.DeadlineConfig;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ElementInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.RecommendationProgress;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferLedger;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.peerchallenge.persistence.ChallengeImportRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem.FieldError;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the LGA's records of past and current peer challenges (kept in spreadsheets since 2011), which the live
 * lifecycle cannot create: it refuses bookings in the past and dates every step today. Platform admins only.
 * <p>
 * All or nothing: every record is checked first and every wrong field of every record is named in one 422 problem
 * ({@code challenges[i].field}); a reference imported before, or a corporate challenge whose cycle's free challenge
 * the ledger already gave to another, is a 409 naming the record. Nothing is stored then.
 * <p>
 * What an imported challenge becomes: the challenge at its stage with its hosts and visits, its stage history dated
 * from the record (moved by {@code import:<admin>}), its deadlines from the last on-site day (met on the days the
 * record gives, the others open: the deadline job announces those overdue like any other), findings, report,
 * action plan, progress review and team (one confirmed proposal of the seats as recorded). A corporate challenge
 * uses each host's free corporate challenge of its cycle in the ledger, so the offer and take-up count it. It
 * publishes no lifecycle event (the history happened before the platform knew of it), grants no scrutiny support and
 * records no charge (past invoices stay in the LGA's finance records), and takes no place in the booking calendar.
 */
@ApplicationScoped
public class ChallengeImportService {

    public static final int MAX_CHALLENGES = 2_000;
    static final int MAX_ERRORS = 200;

    private final ChallengeImportRepository imports;
    private final OfferLedger ledger;
    private final DeadlineConfig deadlineConfig;
    private final Clock clock;

    @Inject
    public ChallengeImportService(ChallengeImportRepository imports, OfferLedger ledger, DeadlineConfig deadlineConfig,
                                  Clock clock) {
        this.imports = imports;
        this.ledger = ledger;
        this.deadlineConfig = deadlineConfig;
        this.clock = clock;
    }

    /** Imports the records, all or nothing; {@code source} says where they come from. */
    @Transactional
    public ChallengeImport importChallenges(String source, List<HistoricalChallenge> records, Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only platform admins may import peer challenges.");
        }
        LocalDate today = LocalDate.now(clock);
        ImportLookups lookups = imports.lookups(
                records.stream().flatMap(r -> r.hosts().stream()).map(GssCode::value).collect(Collectors.toSet()),
                records.stream().flatMap(r -> r.team().stream()).map(HistoricalChallenge.Seat::peerId).collect(Collectors.toSet()),
                records.stream().map(HistoricalChallenge::reference).collect(Collectors.toSet()));
        List<FieldError> errors = new ArrayList<>();
        List<ImportedRecord> checked = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            HistoricalChallenge r = records.get(i);
            if (!references.add(r.reference())) {
                errors.add(new FieldError(prefix(i) + "reference", "is given to another record of this import too"));
            }
            checked.add(checked(i, r, lookups, today, errors));
        }
        errors.addAll(secondFreeChallengesInACycle(records));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " field(s) of the records cannot be imported as they are; "
                    + "nothing was imported.", errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        }
        List<FieldError> imported = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (lookups.importedReferences().contains(records.get(i).reference())) {
                imported.add(new FieldError(prefix(i) + "reference", "was imported before"));
            }
        }
        if (!imported.isEmpty()) {
            throw new ProblemException(409, "Conflict", "Records are imported once: " + imported.size()
                    + " reference(s) were imported before; nothing was imported.",
                    imported.subList(0, Math.min(imported.size(), MAX_ERRORS)));
        }
        ChallengeImport result = imports.write(source, checked, "import:" + caller.name(), Instant.now(clock));
        useFreeCorporateChallenges(records, result, caller);
        return result;
    }

    /** The import with that id, for platform admins; 404 when there is none. */
    @Transactional
    public ChallengeImport get(long id, Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only platform admins may read imports of peer challenges.");
        }
        return imports.find(id).orElseThrow(() -> ProblemException.notFound("No import of peer challenges has the id "
                + id + "."));
    }

    private void useFreeCorporateChallenges(List<HistoricalChallenge> records, ChallengeImport result, Caller caller) {
        for (int i = 0; i < records.size(); i++) {
            HistoricalChallenge r = records.get(i);
            if (r.kind() != ChallengeKind.CORPORATE) {
                continue;
            }
            for (int j = 0; j < r.hosts().size(); j++) {
                try {
                    ledger.useFreeCorporateChallenge(r.hosts().get(j), result.challenges().get(i).challengeId(),
                            ledgerDay(r), caller);
                } catch (ProblemException e) {
                    throw new ProblemException(e.status(), e.title(), prefix(i) + "hosts[" + j + "]: " + e.getMessage()
                            + " Nothing was imported.", List.of(new FieldError(prefix(i) + "hosts[" + j + "]",
                            e.getMessage())));
                }
            }
        }
    }

    /** The day a corporate challenge counts in the offer: its first on-site day, or its enquiry before dates are agreed. */
    private static LocalDate ledgerDay(HistoricalChallenge r) {
        return r.visits().stream().map(ChallengeInputs.VisitDates::startsOn).min(LocalDate::compareTo)
                .orElse(r.enquiredOn());
    }

    /** Two corporate records of one host in the same three-year cycle: one free challenge each cycle. */
    private static List<FieldError> secondFreeChallengesInACycle(List<HistoricalChallenge> records) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            HistoricalChallenge r = records.get(i);
            if (r.kind() != ChallengeKind.CORPORATE || r.enquiredOn() == null
                    || ledgerDay(r).isBefore(ChallengeCycle.FIRST_START)) {
                continue;
            }
            ChallengeCycle cycle = ChallengeCycle.containing(ledgerDay(r));
            for (int j = 0; j < r.hosts().size(); j++) {
                if (!used.add(r.hosts().get(j).value() + "@" + cycle.start())) {
                    errors.add(new FieldError(prefix(i) + "hosts[" + j + "]", "already hosts another corporate "
                            + "challenge of this import in the cycle " + cycle.start() + " to " + cycle.end()
                            + ": one free corporate peer challenge per three-year cycle"));
                }
            }
        }
        return errors;
    }

    private ImportedRecord checked(int i, HistoricalChallenge r, ImportLookups lookups, LocalDate today,
                                   List<FieldError> errors) {
        String p = prefix(i);
        int before = errors.size();
        checkHosts(p, r, lookups, errors);
        checkKind(p, r, lookups, errors);
        if (r.enquiredOn().isBefore(ChallengeCycle.FIRST_START)) {
            errors.add(new FieldError(p + "enquiredOn", "must not be before " + ChallengeCycle.FIRST_START
                    + ", when the improvement offer began"));
        } else if (r.enquiredOn().isAfter(today)) {
            errors.add(new FieldError(p + "enquiredOn", "must not be in the future"));
        }
        List<ChallengeVisit> visits = List.of();
        if (!r.visits().isEmpty()) {
            try {
                visits = ChallengeService.checkedVisits(r.visits());
            } catch (ProblemException e) {
                addPrefixed(p, e, errors);
            }
        }
        LocalDate first = visits.isEmpty() ? null : visits.get(0).startsOn;
        LocalDate last = visits.stream().map(v -> v.endsOn).max(LocalDate::compareTo).orElse(null);
        boolean onSite = reached(r, ChallengeStage.ON_SITE);
        boolean feedback = reached(r, ChallengeStage.FEEDBACK_GIVEN);
        if (onSite && r.visits().isEmpty()) {
            errors.add(new FieldError(p + "visits", "are required from ON_SITE on"));
        }
        if (first != null && first.isBefore(r.enquiredOn())) {
            errors.add(new FieldError(p + "visits[0].startsOn", "must not be before enquiredOn"));
        }
        if (onSite && first != null && first.isAfter(today)) {
            errors.add(new FieldError(p + "visits[0].startsOn", "is in the future, but the stage " + r.stage()
                    + " says the team has been on site"));
        }
        if (feedback && last != null && last.isAfter(today)) {
            errors.add(new FieldError(p + "visits", "end in the future, but the stage " + r.stage()
                    + " says feedback was given on the last on-site day"));
        }
        Map<Element, ElementInput> findings = checkFindings(p, r, feedback, errors);
        List<Recommendation> numbers = numbers(r.kind(), findings);
        checkReport(p, r, last, today, errors);
        checkActionPlan(p, r, numbers, today, errors);
        Map<Integer, RecommendationProgress> progress = Map.of();
        LocalDate reviewedOn = null;
        if (requiredAt(p + "progressReview", r.progressReview(), r, ChallengeStage.PROGRESS_REVIEWED, errors)
                && last != null) {
            reviewedOn = r.progressReview().reviewedOn() == null ? today : r.progressReview().reviewedOn();
            try {
                progress = ChallengeService.checkedProgress(numbers, r.progressReview(), reviewedOn, today, last);
            } catch (ProblemException e) {
                addPrefixed(p + "progressReview.", e, errors);
            }
            if (r.actionPlanPublishedOn() != null && reviewedOn.isBefore(r.actionPlanPublishedOn())) {
                errors.add(new FieldError(p + "progressReview.reviewedOn", "must not be before actionPlanPublishedOn"));
            }
        }
        checkTeam(p, r, lookups, onSite, errors);
        if (errors.size() > before) {
            return null;
        }
        return new ImportedRecord(i, r, noon(r.enquiredOn()), visits, findings, feedback ? last : null, progress,
                reviewedOn, moves(r, first, last, reviewedOn), deadlines(r, last, reviewedOn));
    }

    private static void checkHosts(String p, HistoricalChallenge r, ImportLookups lookups, List<FieldError> errors) {
        Set<GssCode> distinct = new HashSet<>();
        for (int j = 0; j < r.hosts().size(); j++) {
            GssCode host = r.hosts().get(j);
            if (!distinct.add(host)) {
                errors.add(new FieldError(p + "hosts[" + j + "]", "names " + host + " a second time"));
            } else if (!lookups.organisations().contains(host.value())) {
                errors.add(new FieldError(p + "hosts[" + j + "]", "is not an organisation of the register"));
            }
        }
        boolean single = r.shape() == ChallengeShape.SINGLE || r.shape() == ChallengeShape.WITH_PARTNERS;
        if (single && r.hosts().size() != 1) {
            errors.add(new FieldError(p + "hosts", "must name one host for the shape " + r.shape()));
        } else if (!single && r.hosts().size() < 2) {
            errors.add(new FieldError(p + "hosts", "must name at least two hosts for the shape " + r.shape()));
        }
        if (r.shape() != ChallengeShape.WITH_PARTNERS && !r.partners().isEmpty()) {
            errors.add(new FieldError(p + "partners", "are only for the shape WITH_PARTNERS"));
        }
    }

    private static void checkKind(String p, HistoricalChallenge r, ImportLookups lookups, List<FieldError> errors) {
        if (r.kind() == ChallengeKind.SUBJECT_SPECIFIC) {
            if (r.topic() == null) {
                errors.add(new FieldError(p + "topic", "is required for a subject-specific challenge"));
            } else if (!lookups.topics().contains(r.topic())) {
                errors.add(new FieldError(p + "topic", "is not a topic of the catalogue (GET /topics)"));
            }
        } else if (r.topic() != null) {
            errors.add(new FieldError(p + "topic", "is only for a subject-specific challenge"));
        }
    }

    private static Map<Element, ElementInput> checkFindings(String p, HistoricalChallenge r, boolean feedback,
                                                            List<FieldError> errors) {
        if (!requiredAt(p + "findings", r.findings(), r, ChallengeStage.FEEDBACK_GIVEN, errors)) {
            return Map.of();
        }
        try {
            return ChallengeService.checkedFindings(r.kind(), r.findings().findings());
        } catch (ProblemException e) {
            addPrefixed(p + "findings.", e, errors);
            return Map.of();
        }
    }

    private static void checkReport(String p, HistoricalChallenge r, LocalDate last, LocalDate today,
                                    List<FieldError> errors) {
        if (requiredAt(p + "report", r.report(), r, ChallengeStage.REPORT_PUBLISHED, errors)) {
            checkPublished(p + "reportPublishedOn", r.reportPublishedOn(), last, "the last on-site day", today, errors);
        } else if (r.reportPublishedOn() != null) {
            errors.add(new FieldError(p + "reportPublishedOn", "is only for a record with a report"));
        }
    }

    private static void checkActionPlan(String p, HistoricalChallenge r, List<Recommendation> numbers, LocalDate today,
                                        List<FieldError> errors) {
        if (requiredAt(p + "actionPlan", r.actionPlan(), r, ChallengeStage.ACTION_PLAN_PUBLISHED, errors)) {
            checkPublished(p + "actionPlanPublishedOn", r.actionPlanPublishedOn(), r.reportPublishedOn(),
                    "reportPublishedOn", today, errors);
            try {
                ChallengeService.checkActions(numbers, r.actionPlan().actions());
            } catch (ProblemException e) {
                addPrefixed(p + "actionPlan.", e, errors);
            }
        } else if (r.actionPlanPublishedOn() != null) {
            errors.add(new FieldError(p + "actionPlanPublishedOn", "is only for a record with an action plan"));
        }
    }

    private static void checkPublished(String field, LocalDate on, LocalDate notBefore, String notBeforeName,
                                       LocalDate today, List<FieldError> errors) {
        if (on == null) {
            errors.add(new FieldError(field, "is required with it"));
        } else if (on.isAfter(today)) {
            errors.add(new FieldError(field, "must not be in the future"));
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.add(new FieldError(field, "must not be before " + notBeforeName + ", " + notBefore));
        }
    }

    private static void checkTeam(String p, HistoricalChallenge r, ImportLookups lookups, boolean onSite,
                                  List<FieldError> errors) {
        Set<Long> seated = new HashSet<>();
        for (int j = 0; j < r.team().size(); j++) {
            HistoricalChallenge.Seat seat = r.team().get(j);
            String f = p + "team[" + j + "].";
            PeerKind kind = lookups.peers().get(seat.peerId());
            if (kind == null) {
                errors.add(new FieldError(f + "peerId", "is not a peer of the bank"));
            } else if (!fits(seat.role(), kind)) {
                errors.add(new FieldError(f + "role", seat.role() + " is not a seat for a " + kind + " peer"));
            }
            if (!seated.add(seat.peerId())) {
                errors.add(new FieldError(f + "peerId", "is on the team a second time"));
            }
            if (seat.status() == SeatStatus.INVITED && onSite) {
                errors.add(new FieldError(f + "status", "INVITED is only for a challenge not yet on site; the team of "
                        + "a challenge at " + r.stage() + " accepted or declined"));
            }
        }
    }

    private static boolean fits(SeatRole role, PeerKind kind) {
        return switch (role) {
            case LEAD_MEMBER_PEER, MEMBER_PEER -> kind == PeerKind.MEMBER;
            case CHIEF_EXECUTIVE_PEER -> kind == PeerKind.CHIEF_EXECUTIVE;
            case OFFICER_PEER -> kind == PeerKind.OFFICER || kind == PeerKind.CHIEF_EXECUTIVE;
            case EXPERT -> kind == PeerKind.EXPERT;
        };
    }

    /** Whether the part is there as the stage requires: required from {@code from} on, and absent before. */
    private static boolean requiredAt(String field, Object part, HistoricalChallenge r, ChallengeStage from,
                                      List<FieldError> errors) {
        boolean reached = reached(r, from);
        if (reached && part == null) {
            errors.add(new FieldError(field, "is required from " + from + " on"));
        } else if (!reached && part != null) {
            errors.add(new FieldError(field, "is only for a record at " + from + " or later; this one is at " + r.stage()));
        }
        return reached && part != null;
    }

    private static boolean reached(HistoricalChallenge r, ChallengeStage stage) {
        return r.stage().compareTo(stage) >= 0;
    }

    /** Numbered recommendations, as the findings give them, for the action plan's and review's checks. */
    private static List<Recommendation> numbers(ChallengeKind kind, Map<Element, ElementInput> findings) {
        List<Recommendation> numbers = new ArrayList<>();
        for (Element element : kind.elements()) {
            ElementInput in = findings.get(element);
            for (int k = 0; in != null && k < in.recommendations().size(); k++) {
                Recommendation rec = new Recommendation();
                rec.number = numbers.size() + 1;
                rec.element = element;
                numbers.add(rec);
            }
        }
        return numbers;
    }

    /** Every step from ENQUIRY to the record's stage, dated from the record: a step it gives no day for takes the one before. */
    private List<ImportedRecord.Move> moves(HistoricalChallenge r, LocalDate first, LocalDate last, LocalDate reviewedOn) {
        List<ImportedRecord.Move> moves = new ArrayList<>();
        LocalDate day = r.enquiredOn();
        ChallengeStage from = null;
        for (ChallengeStage to : ChallengeStage.values()) {
            if (to.compareTo(r.stage()) > 0) {
                break;
            }
            day = switch (to) {
                case ON_SITE -> first;
                case FEEDBACK_GIVEN -> last;
                case REPORT_PUBLISHED -> r.reportPublishedOn();
                case ACTION_PLAN_PUBLISHED -> r.actionPlanPublishedOn();
                case PROGRESS_REVIEWED -> reviewedOn;
                default -> day;
            };
            moves.add(new ImportedRecord.Move(from, to, noon(day)));
            from = to;
        }
        return moves;
    }

    private List<ImportedRecord.Deadline> deadlines(HistoricalChallenge r, LocalDate last, LocalDate reviewedOn) {
        if (last == null) {
            return List.of();
        }
        Deadlines rules = new Deadlines(deadlineConfig.report(), deadlineConfig.actionPlan(), deadlineConfig.progressReview());
        List<ImportedRecord.Deadline> deadlines = new ArrayList<>();
        for (Map.Entry<DeadlineKind, LocalDate> due : rules.from(last).entrySet()) {
            LocalDate met = switch (due.getKey()) {
                case REPORT -> r.reportPublishedOn();
                case ACTION_PLAN -> r.actionPlanPublishedOn();
                case PROGRESS_REVIEW -> reviewedOn;
            };
            deadlines.add(new ImportedRecord.Deadline(due.getKey(), due.getValue(), met));
        }
        return deadlines;
    }

    private Instant noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
    }

    private static void addPrefixed(String prefix, ProblemException e, Collection<FieldError> errors) {
        if (e.errors().isEmpty()) {
            errors.add(new FieldError(prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix,
                    e.getMessage()));
        }
        e.errors().forEach(f -> errors.add(new FieldError(prefix + f.field(), f.message())));
    }

    private static String prefix(int i) {
        return "challenges[" + i + "].";
    }
}
