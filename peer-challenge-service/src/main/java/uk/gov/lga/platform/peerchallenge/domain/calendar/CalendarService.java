package uk.gov.lga.platform.peerchallenge.domain.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.persistence.BookingRepository;
import uk.gov.lga.platform.peerchallenge.persistence.CalendarRepository;
import uk.gov.lga.platform.support.problem.Problem.FieldError;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The booking calendar: the quarters of a cycle, how many challenges each can host (set by challenge managers;
 * 0 until set), how much is booked and waiting. Anyone signed in reads it.
 */
@ApplicationScoped
public class CalendarService {

    private final CalendarRepository calendar;
    private final BookingRepository bookings;
    private final BookingService bookingService;
    private final Clock clock;

    @Inject
    public CalendarService(CalendarRepository calendar, BookingRepository bookings, BookingService bookingService,
                           Clock clock) {
        this.calendar = calendar;
        this.bookings = bookings;
        this.bookingService = bookingService;
        this.clock = clock;
    }

    /**
     * The twelve quarters of the cycle starting on 1 April of {@code startYear} (2011, 2014, ...), or of the cycle
     * running today when null; 400 naming {@code cycle} for a year no cycle starts in.
     */
    @Transactional
    public CalendarCycle cycle(Integer startYear) {
        ChallengeCycle cycle = startYear == null ? ChallengeCycle.containing(LocalDate.now(clock)) : cycleStarting(startYear);
        return new CalendarCycle(cycle, summaries(Quarter.of(cycle)));
    }

    private static ChallengeCycle cycleStarting(int year) {
        int first = ChallengeCycle.FIRST_START.getYear();
        if (year < first || year > 2097 || (year - first) % ChallengeCycle.YEARS != 0) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields.", List.of(new FieldError(
                    "cycle", "must be the year a cycle starts in (1 April): " + first + ", " + (first + 3) + ", ... 2026, 2029")));
        }
        return ChallengeCycle.containing(LocalDate.of(year, 4, 1));
    }

    @Transactional
    public QuarterSummary quarter(Quarter quarter) {
        return summaries(List.of(quarter)).get(0);
    }

    /**
     * Sets how many challenges the quarter can host: challenge managers (403 otherwise). 409 for a quarter that is
     * over, and for a capacity below the challenges already confirmed in it. Raising it promotes the quarter's
     * waiting list, first come first served.
     */
    @Transactional
    public QuarterSummary setCapacity(Quarter quarter, int capacity, Caller caller) {
        if (!caller.hasRole(Roles.CHALLENGE_MANAGER)) {
            throw ProblemException.forbidden("Only challenge managers may set a quarter's capacity.");
        }
        if (quarter.endedBefore(LocalDate.now(clock))) {
            throw ProblemException.conflict("Quarter in the past: " + quarter + " ended on " + quarter.endsOn()
                    + "; its capacity no longer changes.");
        }
        calendar.lock(quarter);
        long confirmed = bookings.confirmedHostBookingsIn(quarter.toString());
        if (capacity < confirmed) {
            throw ProblemException.conflict("Capacity below confirmed bookings: " + quarter + " has " + confirmed
                    + " confirmed challenges; set at least " + confirmed + ", or cancel bookings first.");
        }
        CalendarQuarter q = calendar.findByIdOptional(quarter.toString()).orElseGet(() -> {
            CalendarQuarter created = new CalendarQuarter();
            created.quarter = quarter.toString();
            created.startsOn = quarter.startsOn();
            created.endsOn = quarter.endsOn();
            return created;
        });
        q.hostCapacity = capacity;
        q.updatedBy = caller.name();
        q.updatedAt = Instant.now(clock);
        calendar.persist(q);
        calendar.flush();
        bookingService.promote(quarter);
        return quarter(quarter);
    }

    private List<QuarterSummary> summaries(List<Quarter> quarters) {
        List<String> names = quarters.stream().map(Quarter::toString).toList();
        Map<String, CalendarQuarter> opened = calendar.of(names).stream()
                .collect(Collectors.toMap(q -> q.quarter, Function.identity()));
        Map<String, QuarterCounts> counts = bookings.countsIn(names);
        LocalDate today = LocalDate.now(clock);
        return quarters.stream().map(q -> {
            CalendarQuarter set = opened.get(q.toString());
            QuarterCounts n = counts.getOrDefault(q.toString(), QuarterCounts.none(q.toString()));
            int capacity = set == null ? 0 : set.hostCapacity;
            return new QuarterSummary(q, capacity, set != null, n.hostsConfirmed(), n.waiting(),
                    Math.max(0, capacity - n.hostsConfirmed()), n.peerDaysOffered(), q.endedBefore(today),
                    set == null ? null : set.updatedBy, set == null ? null : set.updatedAt);
        }).toList();
    }
}
