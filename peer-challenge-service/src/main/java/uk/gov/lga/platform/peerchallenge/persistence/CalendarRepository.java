package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.peerchallenge.domain.calendar.CalendarQuarter;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Quarter;

import java.util.Collection;
import java.util.List;

/** The booking calendar's SQL: quarters managers opened, and the lock that puts one quarter's bookings in a line. */
@ApplicationScoped
public class CalendarRepository implements PanacheRepositoryBase<CalendarQuarter, String> {

    /** Lock space of the calendar's transaction-scoped advisory locks (any number no other feature uses). */
    private static final int LOCK_SPACE = 0x0CA1E;

    /**
     * Holds the quarter until the transaction ends: capacity, waiting list and double-booking checks of one quarter
     * then see every booking committed before them, and no two bookings take its last place.
     */
    public void lock(Quarter quarter) {
        getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(:space, :key)")
                .setParameter("space", LOCK_SPACE)
                .setParameter("key", quarter.year() * 10 + quarter.number())
                .getSingleResult();
    }

    public List<CalendarQuarter> of(Collection<String> quarters) {
        return list("quarter in ?1", quarters);
    }
}
