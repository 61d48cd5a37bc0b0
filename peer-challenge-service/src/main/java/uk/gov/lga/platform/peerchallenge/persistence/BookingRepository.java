package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Booking;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingPurpose;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingStatus;
import uk.gov.lga.platform.peerchallenge.domain.calendar.QuarterCounts;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bookings' SQL: a quarter's bookings, its waiting list in order, pages of bookings, and the peers they name. */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, Long> {

    /** A quarter's HOST bookings that are not cancelled (confirmed and waiting). */
    public List<Booking> activeHostBookingsIn(String quarter) {
        return list("quarter = ?1 and purpose = ?2 and status <> ?3", Sort.by("id"), quarter, BookingPurpose.HOST,
                BookingStatus.CANCELLED);
    }

    /** Corporate HOST bookings that are not cancelled, in any of these quarters (a cycle's). */
    public List<Booking> activeCorporateBookingsIn(Collection<String> quarters) {
        return list("quarter in ?1 and purpose = ?2 and kind = ?3 and status <> ?4", Sort.by("id"), quarters,
                BookingPurpose.HOST, ChallengeKind.CORPORATE, BookingStatus.CANCELLED);
    }

    public long confirmedHostBookingsIn(String quarter) {
        return count("quarter = ?1 and purpose = ?2 and status = ?3", quarter, BookingPurpose.HOST, BookingStatus.CONFIRMED);
    }

    /** The quarter's waiting list, first come first: by when booked, then by id. */
    public List<Booking> waitingIn(String quarter) {
        return list("quarter = ?1 and status = ?2", Sort.by("bookedAt").and("id"), quarter, BookingStatus.WAITING);
    }

    /** 1 for the first booking of its quarter's waiting list, and so on. */
    public int waitingPosition(Booking booking) {
        return 1 + (int) count("quarter = ?1 and status = ?2 and (bookedAt < ?3 or (bookedAt = ?3 and id < ?4))",
                booking.quarter, BookingStatus.WAITING, booking.bookedAt, booking.id);
    }

    public Optional<Booking> ofChallenge(long challengeId) {
        return find("challengeId", challengeId).firstResultOptional();
    }

    /**
     * Bookings by id after the cursor, up to {@code rows}: of one organisation (as booker or host) when given, of one
     * quarter and status when given.
     */
    public List<Booking> page(String organisation, String quarter, BookingStatus status, Long after, int rows) {
        StringBuilder query = new StringBuilder("id > :after");
        Parameters parameters = Parameters.with("after", after == null ? 0L : after);
        if (organisation != null) {
            query.append(" and (organisationCode = :organisation or array_contains(hostCodes, :organisation))");
            parameters.and("organisation", organisation);
        }
        if (quarter != null) {
            query.append(" and quarter = :quarter");
            parameters.and("quarter", quarter);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.by("id"), parameters).page(0, rows).list();
    }

    /** Per quarter: confirmed and waiting HOST bookings, and peer days offered by confirmed GIVE bookings. */
    public Map<String, QuarterCounts> countsIn(Collection<String> quarters) {
        Map<String, QuarterCounts> counts = new HashMap<>();
        List<Object[]> rows = getEntityManager().createQuery("""
                        select b.quarter,
                               sum(case when b.purpose = :host and b.status = :confirmed then 1 else 0 end),
                               sum(case when b.purpose = :host and b.status = :waiting then 1 else 0 end),
                               sum(case when b.purpose = :give and b.status = :confirmed then b.peerDays else 0 end)
                        from Booking b where b.quarter in :quarters group by b.quarter""", Object[].class)
                .setParameter("host", BookingPurpose.HOST)
                .setParameter("give", BookingPurpose.GIVE_PEER_DAYS)
                .setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("waiting", BookingStatus.WAITING)
                .setParameter("quarters", quarters)
                .getResultList();
        for (Object[] row : rows) {
            String quarter = (String) row[0];
            counts.put(quarter, new QuarterCounts(quarter, ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue()));
        }
        return counts;
    }

    /** The home organisation of each of these peers of the peer bank that exists (null for one without a home). */
    public Map<Long, Optional<String>> peerHomes(Collection<Long> peerIds) {
        Map<Long, Optional<String>> homes = new HashMap<>();
        if (peerIds.isEmpty()) {
            return homes;
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select p.id, p.homeOrganisation from Peer p where p.id in :ids", Object[].class)
                .setParameter("ids", peerIds)
                .getResultList();
        for (Object[] row : rows) {
            homes.put((Long) row[0], Optional.ofNullable((String) row[1]));
        }
        return homes;
    }
}
