package uk.gov.lga.platform.peerchallenge.domain.challenges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.ActionPlanPublished;
import uk.gov.lga.platform.events.ChallengeBooked;
import uk.gov.lga.platform.events.ChallengeCompleted;
import uk.gov.lga.platform.events.ChallengeScheduled;
import uk.gov.lga.platform.events.PlatformEvent;
import uk.gov.lga.platform.events.ProgressReviewed;
import uk.gov.lga.platform.events.ReportPublished;
import uk.gov.lga.platform.peerchallenge.config.DeadlineConfig;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Booking;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ActionInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ActionPlanInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ElementInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.FindingsInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ProgressReviewInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.RecommendationProgress;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ReportInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.VisitDates;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferLedger;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.peerchallenge.persistence.BookingRepository;
import uk.gov.lga.platform.peerchallenge.persistence.ChallengeRepository;
import uk.gov.lga.platform.peerchallenge.persistence.OrganisationRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.outbox.Outbox;
import uk.gov.lga.platform.support.problem.Problem.FieldError;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A peer challenge's life, from the booking that opens it to its progress review: reading it, scheduling its
 * visits, moving it through {@link Lifecycle}, and recording its findings, report, action plan and progress review,
 * each publishing its event through the outbox in the same transaction.
 * <p>
 * Who may: challenge managers do everything; a host's own officer reads the challenge and may also submit the
 * position statement and publish the action plan; LGA advisers and platform admins read. Anyone reads a published
 * report and action plan.
 */
@ApplicationScoped
public class ChallengeService {

    static final String[] READERS = {Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN};
    static final int MAX_VISITS = 10;
    static final int MAX_VISIT_DAYS = 14;

    private final ChallengeRepository challenges;
    private final BookingRepository bookings;
    private final OrganisationRepository organisations;
    private final OfferLedger ledger;
    private final Outbox outbox;
    private final DeadlineConfig deadlineConfig;
    private final Clock clock;

    @Inject
    public ChallengeService(ChallengeRepository challenges, BookingRepository bookings,
                            OrganisationRepository organisations, OfferLedger ledger, Outbox outbox,
                            DeadlineConfig deadlineConfig, Clock clock) {
        this.challenges = challenges;
        this.bookings = bookings;
        this.organisations = organisations;
        this.ledger = ledger;
        this.outbox = outbox;
        this.deadlineConfig = deadlineConfig;
        this.clock = clock;
    }

    // --- opened and cancelled by bookings

    /**
     * Opens the challenge of a HOST booking being confirmed, at ENQUIRY with its hosts, in the booking's
     * transaction: a corporate challenge uses each host's free corporate challenge of the quarter's cycle, a
     * subject-specific one is charged to the lead host (either refusal rolls the booking back). Publishes
     * ChallengeBooked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PeerChallenge open(Booking booking, Caller by) {
        Instant now = Instant.now(clock);
        PeerChallenge c = new PeerChallenge();
        c.councilCode = booking.organisationCode;
        c.kind = booking.kind;
        c.shape = booking.shape;
        c.stage = ChallengeStage.ENQUIRY;
        c.topic = booking.topic;
        c.focusAreas = new ArrayList<>(booking.focusAreas);
        c.partners = new ArrayList<>(booking.partners);
        c.charge = booking.charge;
        c.createdAt = now;
        for (int i = 0; i < booking.hostCodes.size(); i++) {
            c.hosts.add(new ChallengeHost(booking.hostCodes.get(i), i == 0));
        }
        challenges.persist(c);
        challenges.flush();
        challenges.record(StageChange.of(c.id, null, ChallengeStage.ENQUIRY, by.name(), now));
        LocalDate quarterStart = booking.quarter().startsOn();
        if (c.kind == ChallengeKind.CORPORATE) {
            for (String host : booking.hostCodes) {
                ledger.useFreeCorporateChallenge(GssCode.of(host), c.id, quarterStart, by);
            }
        } else if (c.kind == ChallengeKind.SUBJECT_SPECIFIC) {
            ledger.chargeSubjectSpecific(GssCode.of(c.councilCode), c.id, c.topic, c.charge, by);
        }
        outbox.record(new ChallengeBooked(c.id, booking.id, c.councilCode, c.hostCodesLeadFirst(), c.kind.name(),
                c.shape.name(), c.topic, booking.quarter, quarterStart), now);
        return c;
    }

    /**
     * Cancels the challenge of a cancelled booking, until its team goes on site (409 after): it moves no further,
     * its deadlines go, and what it took from the offer is given back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(long challengeId, Caller by) {
        PeerChallenge c = requireForUpdate(challengeId);
        if (c.cancelled()) {
            return;
        }
        if (c.stage.compareTo(ChallengeStage.ON_SITE) >= 0) {
            throw ProblemException.conflict("Cancelling under way: peer challenge " + c.id + " is at " + c.stage
                    + "; a booking can be cancelled until its team goes on site.");
        }
        c.cancelledAt = Instant.now(clock);
        challenges.deleteUnmetDeadlines(c.id);
        if (c.kind == ChallengeKind.CORPORATE) {
            for (String host : c.hostCodesLeadFirst()) {
                ledger.releaseFreeCorporateChallenge(GssCode.of(host), c.id, by);
            }
        } else if (c.kind == ChallengeKind.SUBJECT_SPECIFIC) {
            ledger.releaseCharge(GssCode.of(c.councilCode), c.id, by);
        }
    }

    // --- reading

    /** One challenge, with its history: for its readers (403 for others, 404 when there is none). */
    @Transactional
    public ChallengeDetails get(long id, Caller caller) {
        PeerChallenge c = require(id);
        requireReader(c, caller);
        return details(c, true);
    }

    /**
     * Challenges by id, after the cursor, up to {@code rows} (the caller pages): every challenge for the LGA roles,
     * filtered by host and stage when asked; a council officer's own council's only ({@code host} absent or theirs).
     */
    @Transactional
    public List<ChallengeDetails> list(GssCode host, ChallengeStage stage, Long after, int rows, Caller caller) {
        GssCode filter = host;
        if (!caller.hasAnyRole(READERS)) {
            GssCode own = caller.councilOfOfficer().orElseThrow(() -> ProblemException.forbidden(
                    "Only council officers (their own council's challenges), challenge managers, LGA advisers and "
                            + "platform admins may list peer challenges."));
            if (host != null && !host.equals(own)) {
                throw ProblemException.forbidden("A council officer may list only their own council's challenges.");
            }
            filter = own;
        }
        return challenges.page(filter == null ? null : filter.value(), stage, after, rows).stream()
                .map(c -> details(c, false)).toList();
    }

    /** The hosts a data pack is drawn for, for the challenge's readers. */
    @Transactional
    public List<HostRef> hostsForDataPack(long id, Caller caller) {
        PeerChallenge c = require(id);
        requireReader(c, caller);
        return hostRefs(c);
    }

    // --- visits and stage moves

    /**
     * Schedules (or reschedules) the visits: challenge managers, until feedback is given. 1 to 10 visits of at most 14
     * days, not overlapping; numbered in date order. The deadlines are worked out again from the last on-site day
     * (a deadline that moves may be announced missed again). Publishes ChallengeScheduled.
     */
    @Transactional
    public ChallengeDetails scheduleVisits(long id, List<VisitDates> dates, Caller caller) {
        PeerChallenge c = requireForUpdate(id);
        requireManager(c, caller, "schedule a challenge's visits");
        requireNotCancelled(c);
        if (!Lifecycle.visitsMayChange(c.stage)) {
            throw ProblemException.conflict("Visits are fixed once feedback is given: peer challenge " + c.id
                    + " is at " + c.stage + ".");
        }
        List<ChallengeVisit> visits = checkedVisits(dates);
        c.scheduleVisits(visits);
        LocalDate last = c.lastOnSiteDay().orElseThrow();
        Map<DeadlineKind, LocalDate> due = deadlines().from(last);
        for (DeadlineKind kind : DeadlineKind.values()) {
            Optional<ChallengeDeadline> existing = challenges.deadline(c.id, kind);
            if (existing.isEmpty()) {
                ChallengeDeadline d = new ChallengeDeadline();
                d.challengeId = c.id;
                d.deadline = kind;
                d.dueOn = due.get(kind);
                challenges.save(d);
            } else if (!existing.get().met() && !existing.get().dueOn.equals(due.get(kind))) {
                existing.get().dueOn = due.get(kind);
                existing.get().missedPublishedAt = null;
            }
        }
        outbox.record(new ChallengeScheduled(c.id, c.councilCode, c.hostCodesLeadFirst(),
                c.visits.stream().map(v -> new ChallengeScheduled.Visit(v.visitNo, v.startsOn, v.endsOn)).toList(),
                c.firstOnSiteDay().orElseThrow(), last, due.get(DeadlineKind.REPORT), due.get(DeadlineKind.ACTION_PLAN),
                due.get(DeadlineKind.PROGRESS_REVIEW)), Instant.now(clock));
        return details(c, true);
    }

    static List<ChallengeVisit> checkedVisits(List<VisitDates> dates) {
        List<FieldError> errors = new ArrayList<>();
        if (dates.isEmpty() || dates.size() > MAX_VISITS) {
            errors.add(new FieldError("visits", "must name 1 to " + MAX_VISITS + " visits"));
        }
        for (int i = 0; i < dates.size(); i++) {
            VisitDates v = dates.get(i);
            if (v.endsOn().isBefore(v.startsOn())) {
                errors.add(new FieldError("visits[" + i + "].endsOn", "must not be before startsOn"));
            } else if (v.endsOn().toEpochDay() - v.startsOn().toEpochDay() >= MAX_VISIT_DAYS) {
                errors.add(new FieldError("visits[" + i + "].endsOn", "a visit lasts at most " + MAX_VISIT_DAYS
                        + " days; an extended review is several short visits"));
            }
            for (int j = 0; j < i; j++) {
                VisitDates o = dates.get(j);
                if (!v.startsOn().isAfter(o.endsOn()) && !o.startsOn().isAfter(v.endsOn())) {
                    errors.add(new FieldError("visits[" + i + "].startsOn", "overlaps visits[" + j + "]"));
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The visits cannot be scheduled as they are.", errors);
        }
        List<VisitDates> ordered = dates.stream().sorted(Comparator.comparing(VisitDates::startsOn)).toList();
        List<ChallengeVisit> visits = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            visits.add(new ChallengeVisit(i + 1, ordered.get(i).startsOn(), ordered.get(i).endsOn()));
        }
        return visits;
    }

    /**
     * Moves the challenge to SCOPING, POSITION_STATEMENT or ON_SITE (the stages that carry nothing): challenge
     * managers, and a host's own officer for POSITION_STATEMENT. 409 for any move {@link Lifecycle} refuses, naming
     * both stages; ON_SITE needs scheduled visits and their first day; 422 naming {@code stage} for a stage reached by
     * recording something.
     */
    @Transactional
    public ChallengeDetails move(long id, ChallengeStage to, Caller caller) {
        PeerChallenge c = requireForUpdate(id);
        requireMover(c, to, caller);
        requireNotCancelled(c);
        Lifecycle.requireMove(c.stage, to);
        if (!Lifecycle.reachedByMove(to)) {
            throw ProblemException.invalid("This stage is not reached by a bare move.", List.of(new FieldError("stage",
                    to + " is reached by " + Lifecycle.reachedBy(to).orElse("its own operation"))));
        }
        Lifecycle.requireReady(to, c.firstOnSiteDay(), c.lastOnSiteDay(), today());
        moveTo(c, to, caller);
        return details(c, true);
    }

    // --- findings

    /**
     * Records the findings when the team gives its feedback (ON_SITE → FEEDBACK_GIVEN, on or after the last on-site
     * day): challenge managers. One finding for each element of the challenge's kind, no other; recommendations are
     * numbered across the challenge in element order. Publishes ChallengeCompleted; a finding that member challenge
     * of performance is weak grants each host the offer's scrutiny support (SupportGranted).
     */
    @Transactional
    public Findings recordFindings(long id, FindingsInput input, Caller caller) {
        PeerChallenge c = requireForUpdate(id);
        requireManager(c, caller, "record a challenge's findings");
        requireNotCancelled(c);
        Lifecycle.requireMove(c.stage, ChallengeStage.FEEDBACK_GIVEN);
        LocalDate today = today();
        Lifecycle.requireReady(ChallengeStage.FEEDBACK_GIVEN, c.firstOnSiteDay(), c.lastOnSiteDay(), today);
        Map<Element, ElementInput> byElement = checkedFindings(c.kind, input.findings());

        List<Element> elements = c.kind.elements();
        int number = 0;
        List<ChallengeCompleted.ElementSummary> summary = new ArrayList<>();
        for (int position = 0; position < elements.size(); position++) {
            Element element = elements.get(position);
            ElementInput in = byElement.get(element);
            ElementFinding f = new ElementFinding();
            f.challengeId = c.id;
            f.element = element;
            f.position = position;
            f.strengths = new ArrayList<>(in.strengths());
            f.areasToConsider = new ArrayList<>(in.areasToConsider());
            f.persist();
            for (String text : in.recommendations()) {
                Recommendation r = new Recommendation();
                r.challengeId = c.id;
                r.number = ++number;
                r.element = element;
                r.text = text;
                r.persist();
            }
            summary.add(new ChallengeCompleted.ElementSummary(element.name(), in.strengths().size(),
                    in.areasToConsider().size(), in.recommendations().size()));
        }
        c.memberChallengeWeak = input.memberChallengeOfPerformanceWeak();
        c.feedbackOn = today;
        moveTo(c, ChallengeStage.FEEDBACK_GIVEN, caller);
        outbox.record(new ChallengeCompleted(c.id, c.councilCode, c.hostCodesLeadFirst(), c.kind.name(), c.topic,
                c.lastOnSiteDay().orElseThrow(), today, c.memberChallengeWeak, summary), Instant.now(clock));
        if (c.memberChallengeWeak) {
            for (String host : c.hostCodesLeadFirst()) {
                ledger.grantScrutinySupport(GssCode.of(host), c.id, today, "Peer challenge " + c.id
                        + " found member challenge of performance weak (governance finding of " + today + ").");
            }
        }
        return findings(c);
    }

    static Map<Element, ElementInput> checkedFindings(ChallengeKind kind, List<ElementInput> findings) {
        List<FieldError> errors = new ArrayList<>();
        Map<Element, ElementInput> byElement = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Element element = findings.get(i).element();
            if (!kind.elements().contains(element)) {
                errors.add(new FieldError("findings[" + i + "].element", "is not an element of a " + kind
                        + " challenge; its elements are " + kind.elements()));
            } else if (byElement.putIfAbsent(element, findings.get(i)) != null) {
                errors.add(new FieldError("findings[" + i + "].element", "gives " + element + " a second time"));
            }
        }
        List<Element> missing = kind.elements().stream().filter(e -> !byElement.containsKey(e)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("findings", "has no finding for " + missing
                    + ": a " + kind + " challenge reports on every one of its elements"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The findings do not cover the challenge's elements.", errors);
        }
        return byElement;
    }

    /** The findings, for the challenge's readers, once recorded (404 before). */
    @Transactional
    public Findings findings(long id, Caller caller) {
        PeerChallenge c = require(id);
        requireReader(c, caller);
        if (c.stage.compareTo(ChallengeStage.FEEDBACK_GIVEN) < 0) {
            throw ProblemException.notFound("Peer challenge " + id + " has no findings yet: they are recorded when "
                    + "the team gives its feedback.");
        }
        return findings(c);
    }

    // --- report

    /**
     * Publishes the report (FEEDBACK_GIVEN → REPORT_PUBLISHED): challenge managers. From now on anyone may read it.
     * Meets the report deadline; publishes ReportPublished.
     */
    @Transactional
    public PublishedReport publishReport(long id, ReportInput input, Caller caller) {
        PeerChallenge c = requireForUpdate(id);
        requireManager(c, caller, "publish a challenge's report");
        requireNotCancelled(c);
        Lifecycle.requireMove(c.stage, ChallengeStage.REPORT_PUBLISHED);
        LocalDate today = today();
        Instant now = Instant.now(clock);
        ChallengeReport report = new ChallengeReport();
        report.challengeId = c.id;
        report.title = input.title();
        report.summary = input.summary();
        report.url = input.url();
        report.publishedOn = today;
        report.publishedBy = caller.name();
        report.publishedAt = now;
        report.persist();
        published(c, ChallengeStage.REPORT_PUBLISHED, DeadlineKind.REPORT, today, now, caller, deadline -> new ReportPublished(
                c.id, c.councilCode, c.hostCodesLeadFirst(), c.kind.name(), c.topic, report.title, report.summary,
                report.url, today, c.lastOnSiteDay().orElseThrow(), deadline.dueOn, !today.isAfter(deadline.dueOn),
                c.kind.elements().stream().map(Element::name).toList()));
        return report(c, report);
    }

    /** The published report, for anyone; 404 alike for an unknown challenge and one whose report is not published. */
    @Transactional
    public PublishedReport report(long id) {
        PeerChallenge c = challenges.findByIdOptional(id).filter(x -> !x.cancelled()).orElseThrow(() -> noReport(id));
        return report(c, challenges.report(id).orElseThrow(() -> noReport(id)));
    }

    private static ProblemException noReport(long id) {
        return ProblemException.notFound("Peer challenge " + id + " has no published report.");
    }

    // --- action plan

    /**
     * Publishes the hosts' action plan (REPORT_PUBLISHED → ACTION_PLAN_PUBLISHED): challenge managers and the hosts'
     * own officers. Every recommendation is answered by at least one action; an action names one recommendation by
     * its number. Meets the action-plan deadline; publishes ActionPlanPublished.
     */
    @Transactional
    public PublishedActionPlan publishActionPlan(long id, ActionPlanInput input, Caller caller) {
        PeerChallenge c = requireForUpdate(id);
        requireMover(c, ChallengeStage.ACTION_PLAN_PUBLISHED, caller);
        requireNotCancelled(c);
        Lifecycle.requireMove(c.stage, ChallengeStage.ACTION_PLAN_PUBLISHED);
        List<Recommendation> recommendations = challenges.recommendations(c.id);
        checkActions(recommendations, input.actions());
        LocalDate today = today();
        Instant now = Instant.now(clock);
        ActionPlan plan = new ActionPlan();
        plan.challengeId = c.id;
        plan.summary = input.summary();
        plan.url = input.url();
        plan.publishedOn = today;
        plan.publishedBy = caller.name();
        plan.publishedAt = now;
        plan.persist();
        for (int i = 0; i < input.actions().size(); i++) {
            ActionInput in = input.actions().get(i);
            PlannedAction a = new PlannedAction();
            a.challengeId = c.id;
            a.number = i + 1;
            a.recommendationNumber = in.recommendation();
            a.action = in.action();
            a.owner = in.owner();
            a.dueOn = in.dueOn();
            a.persist();
        }
        published(c, ChallengeStage.ACTION_PLAN_PUBLISHED, DeadlineKind.ACTION_PLAN, today, now, caller,
                deadline -> new ActionPlanPublished(c.id, c.councilCode, c.hostCodesLeadFirst(), today,
                        input.actions().size(), recommendations.size(), plan.url, deadline.dueOn,
                        !today.isAfter(deadline.dueOn)));
        return actionPlan(c, plan);
    }

    static void checkActions(List<Recommendation> recommendations, List<ActionInput> actions) {
        Set<Integer> numbers = recommendations.stream().map(r -> r.number).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Set<Integer> answered = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            int n = actions.get(i).recommendation();
            if (!numbers.contains(n)) {
                errors.add(new FieldError("actions[" + i + "].recommendation", "is not a recommendation of this "
                        + "challenge" + (numbers.isEmpty() ? " (it has none)" : "; they are numbered 1 to " + numbers.size())));
            }
            answered.add(n);
        }
        List<Integer> unanswered = recommendations.stream().map(r -> r.number).filter(n -> !answered.contains(n)).toList();
        if (!unanswered.isEmpty()) {
            errors.add(new FieldError("actions", "answer no recommendation numbered " + unanswered
                    + ": an action plan answers every recommendation"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The action plan does not answer the report's recommendations.", errors);
        }
    }

    /** The published action plan, for anyone; 404 alike for an unknown challenge and an unpublished plan. */
    @Transactional
    public PublishedActionPlan actionPlan(long id) {
        PeerChallenge c = challenges.findByIdOptional(id).filter(x -> !x.cancelled()).orElseThrow(() -> noActionPlan(id));
        return actionPlan(c, challenges.actionPlan(id).orElseThrow(() -> noActionPlan(id)));
    }

    private static ProblemException noActionPlan(long id) {
        return ProblemException.notFound("Peer challenge " + id + " has no published action plan.");
    }

    // --- progress review

    /**
     * Records the progress review (ACTION_PLAN_PUBLISHED → PROGRESS_REVIEWED): challenge managers. A status for every
     * recommendation, each once; {@code reviewedOn} (default today) after the visit and not in the future. Meets the
     * progress-review deadline; publishes ProgressReviewed.
     */
    @Transactional
    public ProgressReviewDetails recordProgressReview(long id, ProgressReviewInput input, Caller caller) {
        PeerChallenge c = requireForUpdate(id);
        requireManager(c, caller, "record a challenge's progress review");
        requireNotCancelled(c);
        Lifecycle.requireMove(c.stage, ChallengeStage.PROGRESS_REVIEWED);
        LocalDate today = today();
        LocalDate reviewedOn = input.reviewedOn() == null ? today : input.reviewedOn();
        List<Recommendation> recommendations = challenges.recommendations(c.id);
        Map<Integer, RecommendationProgress> statuses = checkedProgress(recommendations, input, reviewedOn, today,
                c.lastOnSiteDay().orElseThrow());
        for (Recommendation r : recommendations) {
            r.progressStatus = statuses.get(r.number).status();
            r.progressNote = statuses.get(r.number).note();
        }
        ProgressReview review = new ProgressReview();
        review.challengeId = c.id;
        review.summary = input.summary();
        review.reviewedOn = reviewedOn;
        review.reviewedBy = caller.name();
        review.recordedAt = Instant.now(clock);
        review.persist();
        ChallengeDeadline deadline = meet(c, DeadlineKind.PROGRESS_REVIEW, reviewedOn);
        moveTo(c, ChallengeStage.PROGRESS_REVIEWED, caller);
        outbox.record(new ProgressReviewed(c.id, c.councilCode, c.hostCodesLeadFirst(), reviewedOn,
                recommendations.stream().map(r -> new ProgressReviewed.RecommendationStatus(r.number,
                        r.progressStatus.name())).toList(), deadline.dueOn, !reviewedOn.isAfter(deadline.dueOn)),
                review.recordedAt);
        return progressReview(c, review, recommendations);
    }

    static Map<Integer, RecommendationProgress> checkedProgress(List<Recommendation> recommendations,
                                                                        ProgressReviewInput input, LocalDate reviewedOn,
                                                                        LocalDate today, LocalDate lastOnSiteDay) {
        List<FieldError> errors = new ArrayList<>();
        if (reviewedOn.isAfter(today)) {
            errors.add(new FieldError("reviewedOn", "must not be in the future"));
        } else if (!reviewedOn.isAfter(lastOnSiteDay)) {
            errors.add(new FieldError("reviewedOn", "must be after the last on-site day, " + lastOnSiteDay));
        }
        Set<Integer> numbers = recommendations.stream().map(r -> r.number).collect(Collectors.toSet());
        Map<Integer, RecommendationProgress> statuses = new HashMap<>();
        for (int i = 0; i < input.recommendations().size(); i++) {
            RecommendationProgress p = input.recommendations().get(i);
            if (!numbers.contains(p.number())) {
                errors.add(new FieldError("recommendations[" + i + "].number", "is not a recommendation of this challenge"));
            } else if (statuses.putIfAbsent(p.number(), p) != null) {
                errors.add(new FieldError("recommendations[" + i + "].number", "gives recommendation " + p.number()
                        + " a second time"));
            }
        }
        List<Integer> missing = recommendations.stream().map(r -> r.number).filter(n -> !statuses.containsKey(n)).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("recommendations", "have no status for recommendation " + missing
                    + ": the review says where every one stands"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The progress review does not cover the challenge's recommendations.", errors);
        }
        return statuses;
    }

    /** The progress review, for the challenge's readers, once recorded (404 before). */
    @Transactional
    public ProgressReviewDetails progressReview(long id, Caller caller) {
        PeerChallenge c = require(id);
        requireReader(c, caller);
        ProgressReview review = challenges.progressReview(id).orElseThrow(() -> ProblemException.notFound(
                "Peer challenge " + id + " has no progress review yet."));
        return progressReview(c, review, challenges.recommendations(id));
    }

    // --- rules of access and state

    private PeerChallenge require(long id) {
        return challenges.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private PeerChallenge requireForUpdate(long id) {
        return challenges.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("No peer challenge has the id " + id + ".");
    }

    /** An officer of one of the challenge's hosts. */
    static boolean isHostOfficer(PeerChallenge c, Caller caller) {
        return caller.councilOfOfficer().map(GssCode::value).filter(c.hostCodes()::contains).isPresent();
    }

    static void requireReader(PeerChallenge c, Caller caller) {
        if (!caller.hasAnyRole(READERS) && !isHostOfficer(c, caller)) {
            throw ProblemException.forbidden("Only the hosts' own officers, challenge managers, LGA advisers and "
                    + "platform admins may read a peer challenge.");
        }
    }

    private static void requireManager(PeerChallenge c, Caller caller, String what) {
        requireReader(c, caller);
        if (!caller.hasRole(Roles.CHALLENGE_MANAGER)) {
            throw ProblemException.forbidden("Only challenge managers may " + what + ".");
        }
    }

    private static void requireMover(PeerChallenge c, ChallengeStage to, Caller caller) {
        requireReader(c, caller);
        boolean hostMay = Lifecycle.hostsMayReach(to) && isHostOfficer(c, caller);
        if (!caller.hasRole(Roles.CHALLENGE_MANAGER) && !hostMay) {
            throw ProblemException.forbidden("Only challenge managers" + (Lifecycle.hostsMayReach(to)
                    ? " and the hosts' own officers" : "") + " may move a challenge to " + to + ".");
        }
    }

    private static void requireNotCancelled(PeerChallenge c) {
        if (c.cancelled()) {
            throw ProblemException.conflict("Cancelled: peer challenge " + c.id + " was cancelled at "
                    + c.cancelledAt + " and moves no further.");
        }
    }

    /**
     * The last step of publishing the report or the action plan: meets the stage's deadline today, moves the challenge
     * to the stage and records the event, which says whether the deadline was met.
     */
    private void published(PeerChallenge c, ChallengeStage stage, DeadlineKind kind, LocalDate today, Instant now,
                           Caller caller, Function<ChallengeDeadline, PlatformEvent> event) {
        ChallengeDeadline deadline = meet(c, kind, today);
        moveTo(c, stage, caller);
        outbox.record(event.apply(deadline), now);
    }

    private void moveTo(PeerChallenge c, ChallengeStage to, Caller caller) {
        challenges.record(StageChange.of(c.id, c.stage, to, caller.name(), Instant.now(clock)));
        c.stage = to;
    }

    /** Marks the deadline met; a challenge scheduled before deadlines were kept gets its deadlines first. */
    private ChallengeDeadline meet(PeerChallenge c, DeadlineKind kind, LocalDate on) {
        ChallengeDeadline deadline = challenges.deadline(c.id, kind).orElseGet(() -> {
            ChallengeDeadline d = new ChallengeDeadline();
            d.challengeId = c.id;
            d.deadline = kind;
            d.dueOn = deadlines().dueOn(kind, c.lastOnSiteDay().orElseThrow());
            challenges.save(d);
            return d;
        });
        deadline.metOn = on;
        return deadline;
    }

    private Deadlines deadlines() {
        return new Deadlines(deadlineConfig.report(), deadlineConfig.actionPlan(), deadlineConfig.progressReview());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- read models

    private List<HostRef> hostRefs(PeerChallenge c) {
        return hostRefs(c.hostCodesLeadFirst());
    }

    /** The organisations named by their codes, the first as lead; a code this service does not know keeps its code as name. */
    public List<HostRef> hostRefs(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, Organisation> known = organisations.list("code in ?1", codes).stream()
                .collect(Collectors.toMap(o -> o.code, Function.identity()));
        List<HostRef> refs = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Organisation o = known.get(codes.get(i));
            refs.add(new HostRef(codes.get(i), o == null ? codes.get(i) : o.name,
                    o == null ? OrganisationKind.COUNCIL : o.kind, i == 0));
        }
        return refs;
    }

    private ChallengeDetails details(PeerChallenge c, boolean withHistory) {
        LocalDate today = today();
        Optional<Booking> booking = bookings.ofChallenge(c.id);
        List<ChallengeDetails.StageMove> history = withHistory ? challenges.stageChanges(c.id).stream()
                .map(s -> new ChallengeDetails.StageMove(s.from, s.to, s.movedBy, s.movedAt)).toList() : null;
        List<ChallengeDetails.DeadlineStatus> deadlines = challenges.deadlines(c.id).stream()
                .map(d -> new ChallengeDetails.DeadlineStatus(d.deadline, d.dueOn, d.metOn, d.overdueOn(today),
                        d.missedPublishedAt)).toList();
        return new ChallengeDetails(c.id, c.kind, c.shape, c.stage,
                c.cancelled() ? null : Lifecycle.next(c.stage).orElse(null), c.topic, c.kind.elements(),
                List.copyOf(c.focusAreas), List.copyOf(c.partners), c.charge, hostRefs(c),
                c.visits.stream().map(v -> new Visit(v.visitNo, v.startsOn, v.endsOn)).toList(),
                booking.map(b -> b.id).orElse(null), booking.map(b -> b.quarter).orElse(null), history, deadlines,
                c.feedbackOn, c.stage.compareTo(ChallengeStage.REPORT_PUBLISHED) >= 0, c.createdAt, c.cancelledAt);
    }

    private Findings findings(PeerChallenge c) {
        return new Findings(c.id, c.kind, c.feedbackOn, Boolean.TRUE.equals(c.memberChallengeWeak),
                elementFindings(c, true));
    }

    private List<Findings.ElementFindings> elementFindings(PeerChallenge c, boolean withProgress) {
        Map<Element, List<Findings.NumberedRecommendation>> byElement = new HashMap<>();
        for (Recommendation r : challenges.recommendations(c.id)) {
            byElement.computeIfAbsent(r.element, e -> new ArrayList<>()).add(new Findings.NumberedRecommendation(
                    r.number, r.text, withProgress ? r.progressStatus : null, withProgress ? r.progressNote : null));
        }
        return challenges.findings(c.id).stream().map(f -> new Findings.ElementFindings(f.element,
                List.copyOf(f.strengths), List.copyOf(f.areasToConsider),
                byElement.getOrDefault(f.element, List.of()))).toList();
    }

    private PublishedReport report(PeerChallenge c, ChallengeReport r) {
        return new PublishedReport(c.id, r.title, r.summary, r.url, r.publishedOn, c.kind, c.shape, c.topic,
                hostRefs(c), List.copyOf(c.partners), c.firstOnSiteDay().orElse(null), c.lastOnSiteDay().orElse(null),
                elementFindings(c, false));
    }

    private PublishedActionPlan actionPlan(PeerChallenge c, ActionPlan plan) {
        Map<Integer, String> texts = challenges.recommendations(c.id).stream()
                .collect(Collectors.toMap(r -> r.number, r -> r.text));
        return new PublishedActionPlan(c.id, hostRefs(c), plan.summary, plan.url, plan.publishedOn,
                challenges.actions(c.id).stream().map(a -> new PublishedActionPlan.Item(a.number, a.recommendationNumber,
                        texts.get(a.recommendationNumber), a.action, a.owner, a.dueOn)).toList());
    }

    private static ProgressReviewDetails progressReview(PeerChallenge c, ProgressReview review,
                                                        List<Recommendation> recommendations) {
        return new ProgressReviewDetails(c.id, review.summary, review.reviewedOn, recommendations.stream()
                .map(r -> new Findings.NumberedRecommendation(r.number, r.text, r.progressStatus, r.progressNote))
                .toList());
    }
}
