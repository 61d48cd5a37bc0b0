package uk.gov.lga.platform.peerchallenge.domain.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.HostRef;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeTopic;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferLedger;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.persistence.BookingRepository;
import uk.gov.lga.platform.peerchallenge.persistence.CalendarRepository;
import uk.gov.lga.platform.peerchallenge.persistence.OrganisationRepository;
import uk.gov.lga.platform.peerchallenge.persistence.TopicRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem.FieldError;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bookings of the calendar's quarters. A council's own officer or a challenge manager books a quarter to host a
 * challenge or to give peer days. A HOST booking takes one of the quarter's places and opens its challenge at once,
 * or, when the quarter is full, waits; waiting bookings are promoted first come, first served when a place frees up
 * (a confirmed booking cancelled, the capacity raised). Every booking and cancellation of a quarter holds the
 * quarter's lock, so capacity and the rules below see all that was committed before.
 * <p>
 * Rules (409 naming the rule): no booking of a quarter that is over; no host booked twice in a quarter; no second
 * free corporate challenge for a host in a cycle, booked here or used in the offer's ledger.
 */
@ApplicationScoped
public class BookingService {

    static final String PROMOTER = "waiting-list";
    static final String[] READERS = {Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN};

    private final BookingRepository bookings;
    private final CalendarRepository calendar;
    private final OrganisationRepository organisations;
    private final TopicRepository topics;
    private final ChallengeService challenges;
    private final OfferLedger ledger;
    private final Clock clock;

    @Inject
    public BookingService(BookingRepository bookings, CalendarRepository calendar, OrganisationRepository organisations,
                          TopicRepository topics, ChallengeService challenges, OfferLedger ledger, Clock clock) {
        this.bookings = bookings;
        this.calendar = calendar;
        this.organisations = organisations;
        this.topics = topics;
        this.challenges = challenges;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Books a quarter. The booker (the lead host, or the council giving days) must be the caller's own council, or
     * the caller a challenge manager (403). 422 naming each wrong field ({@link BookingRules}); 409 naming the rule
     * broken. A HOST booking is CONFIRMED, with its challenge opened, while the quarter has a place, else WAITING;
     * a GIVE_PEER_DAYS booking is CONFIRMED.
     */
    @Transactional
    public BookingDetails book(NewBooking request, Caller caller) {
        String booker = request.booker();
        if (booker == null) {
            throw ProblemException.invalid("The booking does not say who books.", List.of(request.purpose() == BookingPurpose.HOST
                    ? new FieldError("hosts", "is required to host: the lead host first, then any others")
                    : new FieldError("council", "is required to give peer days: the council giving them")));
        }
        caller.requireActsFor(GssCode.of(booker), Roles.CHALLENGE_MANAGER);
        check(request);

        Quarter quarter = request.quarter();
        LocalDate today = LocalDate.now(clock);
        if (quarter.endedBefore(today)) {
            throw ProblemException.conflict("Booking in the past: the quarter " + quarter + " ended on "
                    + quarter.endsOn() + ".");
        }
        calendar.lock(quarter);
        if (request.purpose() == BookingPurpose.HOST) {
            refuseDoubleBooking(request);
            if (request.kind() == ChallengeKind.CORPORATE) {
                refuseSecondFreeCorporate(request);
            }
        }

        Booking b = new Booking();
        b.quarter = quarter.toString();
        b.purpose = request.purpose();
        b.organisationCode = booker;
        b.hostCodes = new ArrayList<>(request.hosts());
        b.kind = request.kind();
        b.shape = request.shape();
        b.topic = request.topic();
        b.focusAreas = new ArrayList<>(request.focusAreas());
        b.partners = new ArrayList<>(request.partners());
        b.charge = request.charge();
        b.peerDays = request.peerDays();
        b.peerIds = new ArrayList<>(request.peers());
        b.bookedBy = caller.name();
        b.bookedAt = Instant.now(clock);
        boolean place = b.purpose == BookingPurpose.GIVE_PEER_DAYS
                || bookings.confirmedHostBookingsIn(b.quarter) < capacityOf(quarter);
        b.status = place ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
        bookings.persist(b);
        bookings.flush();
        if (place) {
            confirm(b, caller);
        }
        return details(b);
    }

    private void check(NewBooking request) {
        Set<String> codes = new HashSet<>(request.hosts());
        if (request.council() != null) {
            codes.add(request.council());
        }
        Map<String, Organisation> known = organisations.list("code in ?1", codes).stream()
                .collect(Collectors.toMap(o -> o.code, Function.identity()));
        List<FieldError> errors = BookingRules.check(request, known, bookings.peerHomes(new HashSet<>(request.peers())),
                this::activeTopicMinimum);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The booking cannot be taken as it is.", errors);
        }
    }

    /**
     * The catalogue's minimum price of an active topic. Checked here as well as by the ledger when the challenge is
     * charged, so that a booking that has to wait is refused at once rather than on its promotion.
     */
    private Optional<BigDecimal> activeTopicMinimum(String topic) {
        return topics.findByIdOptional(topic).filter(t -> t.active).map((ChallengeTopic t) -> t.minimumPrice);
    }

    private void refuseDoubleBooking(NewBooking request) {
        for (Booking other : bookings.activeHostBookingsIn(request.quarter().toString())) {
            Optional<String> shared = request.hosts().stream().filter(other.hostCodes::contains).findFirst();
            if (shared.isPresent()) {
                throw ProblemException.conflict("Double booking: " + shared.get() + " already has a booking to host in "
                        + request.quarter() + " (booking " + other.id + ", " + other.status + ").");
            }
        }
    }

    private void refuseSecondFreeCorporate(NewBooking request) {
        ChallengeCycle cycle = request.quarter().cycle();
        List<String> quarters = Quarter.of(cycle).stream().map(Quarter::toString).toList();
        for (Booking other : bookings.activeCorporateBookingsIn(quarters)) {
            Optional<String> shared = request.hosts().stream().filter(other.hostCodes::contains).findFirst();
            if (shared.isPresent()) {
                throw secondFreeCorporate(shared.get(), cycle, "booked in " + other.quarter + " (booking " + other.id
                        + ", " + other.status + ")");
            }
        }
        for (String host : request.hosts()) {
            if (!ledger.freeCorporateChallengeAvailable(GssCode.of(host), request.quarter().startsOn())) {
                throw secondFreeCorporate(host, cycle, "used, as the offer's ledger records (GET /councils/" + host
                        + "/offer/entries)");
            }
        }
    }

    private static ProblemException secondFreeCorporate(String host, ChallengeCycle cycle, String where) {
        return ProblemException.conflict("Second free corporate challenge in a cycle: " + host + " has one free "
                + "corporate peer challenge in the cycle " + cycle.start() + " to " + cycle.end() + ", already " + where
                + ". Book another kind, or a quarter of the next cycle.");
    }

    /** A HOST booking gets its place: its challenge opens (and uses or charges the offer). */
    private void confirm(Booking b, Caller by) {
        b.status = BookingStatus.CONFIRMED;
        b.confirmedAt = Instant.now(clock);
        if (b.hosts()) {
            PeerChallenge challenge = challenges.open(b, by);
            b.challengeId = challenge.id;
        }
    }

    /**
     * Cancels a booking: its booker's own officers and challenge managers (403 for others). Cancelling again changes
     * nothing. A confirmed HOST booking cancels its challenge (409 once its team has gone on site) and hands its
     * place to the quarter's waiting list.
     */
    @Transactional
    public void cancel(long id, Caller caller) {
        Booking b = require(id);
        requireReader(b, caller);
        caller.requireActsFor(GssCode.of(b.organisationCode), Roles.CHALLENGE_MANAGER);
        if (b.status == BookingStatus.CANCELLED) {
            return;
        }
        Quarter quarter = b.quarter();
        calendar.lock(quarter);
        bookings.getEntityManager().refresh(b);
        boolean heldAPlace = b.hosts() && b.status == BookingStatus.CONFIRMED;
        if (b.challengeId != null) {
            challenges.cancel(b.challengeId, caller);
        }
        b.status = BookingStatus.CANCELLED;
        b.cancelledAt = Instant.now(clock);
        b.cancelledBy = caller.name();
        if (heldAPlace) {
            bookings.flush();
            promote(quarter);
        }
    }

    /**
     * Fills the quarter's free places from its waiting list, first come first served, while the quarter is not
     * over. A waiting corporate booking whose host has meanwhile used its free challenge of the cycle (another
     * way) is passed over and keeps waiting, for a manager to see; the next one is promoted. The caller holds the
     * quarter's lock.
     *
     * @return the bookings promoted, in order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> promote(Quarter quarter) {
        List<Long> promoted = new ArrayList<>();
        if (quarter.endedBefore(LocalDate.now(clock))) {
            return promoted;
        }
        long free = capacityOf(quarter) - bookings.confirmedHostBookingsIn(quarter.toString());
        Caller promoter = Caller.system(PROMOTER);
        for (Booking waiting : bookings.waitingIn(quarter.toString())) {
            if (free <= 0) {
                break;
            }
            if (!stillConfirmable(waiting, quarter)) {
                continue;
            }
            confirm(waiting, promoter);
            promoted.add(waiting.id);
            free--;
        }
        return promoted;
    }

    /**
     * What the ledger would refuse on confirmation, checked first so that a refusal never rolls the cancellation or
     * capacity change back: a corporate host that has used its free challenge of the cycle meanwhile, a subject-specific
     * topic retired or repriced above the booking's charge since it was booked.
     */
    private boolean stillConfirmable(Booking waiting, Quarter quarter) {
        if (waiting.kind == ChallengeKind.CORPORATE) {
            return waiting.hostCodes.stream().allMatch(h ->
                    ledger.freeCorporateChallengeAvailable(GssCode.of(h), quarter.startsOn()));
        }
        if (waiting.kind == ChallengeKind.SUBJECT_SPECIFIC) {
            return activeTopicMinimum(waiting.topic).filter(min -> waiting.charge.compareTo(min) >= 0).isPresent();
        }
        return true;
    }

    private int capacityOf(Quarter quarter) {
        return calendar.findByIdOptional(quarter.toString()).map(q -> q.hostCapacity).orElse(0);
    }

    /** One booking: its booker's and hosts' own officers, and the LGA roles (403 for others, 404 when none). */
    @Transactional
    public BookingDetails get(long id, Caller caller) {
        Booking b = require(id);
        requireReader(b, caller);
        return details(b);
    }

    /**
     * Bookings by id after the cursor, up to {@code rows}: every one for the LGA roles (of one organisation, quarter
     * and status when asked); a council officer's own council's only ({@code organisation} absent or theirs).
     */
    @Transactional
    public List<BookingDetails> list(GssCode organisation, Quarter quarter, BookingStatus status, Long after, int rows,
                                     Caller caller) {
        GssCode filter = organisation;
        if (!caller.hasAnyRole(READERS)) {
            GssCode own = caller.councilOfOfficer().orElseThrow(() -> ProblemException.forbidden(
                    "Only council officers (their own council's bookings), challenge managers, LGA advisers and "
                            + "platform admins may list bookings."));
            if (organisation != null && !organisation.equals(own)) {
                throw ProblemException.forbidden("A council officer may list only their own council's bookings.");
            }
            filter = own;
        }
        return bookings.page(filter == null ? null : filter.value(), quarter == null ? null : quarter.toString(), status,
                after, rows).stream().map(this::details).toList();
    }

    private Booking require(long id) {
        return bookings.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No booking has the id " + id + "."));
    }

    private static void requireReader(Booking b, Caller caller) {
        boolean own = caller.councilOfOfficer().map(GssCode::value)
                .filter(c -> c.equals(b.organisationCode) || b.hostCodes.contains(c)).isPresent();
        if (!own && !caller.hasAnyRole(READERS)) {
            throw ProblemException.forbidden("Only the booking council's own officers (and its hosts'), challenge "
                    + "managers, LGA advisers and platform admins may see a booking.");
        }
    }

    private BookingDetails details(Booking b) {
        List<HostRef> hosts = b.hosts() ? challenges.hostRefs(b.hostCodes) : List.of();
        HostRef booker = b.hosts() ? hosts.get(0) : challenges.hostRefs(List.of(b.organisationCode)).get(0);
        return new BookingDetails(b.id, b.quarter(), b.purpose, b.status, booker, hosts, b.kind, b.shape, b.topic,
                List.copyOf(b.focusAreas), List.copyOf(b.partners), b.charge, b.peerDays, List.copyOf(b.peerIds),
                b.challengeId, b.status == BookingStatus.WAITING ? bookings.waitingPosition(b) : null, b.bookedBy,
                b.bookedAt, b.confirmedAt, b.cancelledBy, b.cancelledAt);
    }
}
