package uk.gov.lga.platform.peerchallenge.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.domain.takeup.CouncilTakeUp;
import uk.gov.lga.platform.peerchallenge.domain.takeup.TakeUp;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The take-up counts: English councils with and without a corporate challenge in a cycle, and peer days on site.
 * A challenge counts for every host; a cancelled challenge (cancelled_at set) for none.
 */
@ApplicationScoped
public class TakeUpRepository {

    private final EntityManager em;

    @Inject
    public TakeUpRepository(EntityManager em) {
        this.em = em;
    }

    /** Every English council existing on {@code today}, and whether it hosts a corporate challenge starting in the cycle. */
    @SuppressWarnings("unchecked")
    public List<TakeUp.CouncilRow> englishCouncils(LocalDate today, ChallengeCycle cycle) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.code, o.council_type, o.region,
                               EXISTS (SELECT 1 FROM challenge_host h JOIN peer_challenge c ON c.id = h.challenge_id
                                       WHERE h.organisation_code = o.code AND c.kind = 'CORPORATE'
                                         AND c.cancelled_at IS NULL AND c.starts_on BETWEEN :start AND :end)
                        FROM organisation o
                        WHERE o.kind = 'COUNCIL' AND o.code LIKE 'E%'
                          AND (o.valid_from IS NULL OR o.valid_from <= :today)
                          AND (o.valid_to IS NULL OR o.valid_to >= :today)
                        ORDER BY o.code""")
                .setParameter("start", cycle.start()).setParameter("end", cycle.end()).setParameter("today", today)
                .getResultList();
        return rows.stream()
                .map(r -> new TakeUp.CouncilRow((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3]))
                .toList();
    }

    /** The corporate challenges an organisation hosts, newest first (undated last), cancelled ones left out. */
    @SuppressWarnings("unchecked")
    public List<CouncilTakeUp.HostedChallenge> corporateChallengesHostedBy(String organisation) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT c.id, c.starts_on, c.stage, h.lead
                        FROM challenge_host h JOIN peer_challenge c ON c.id = h.challenge_id
                        WHERE h.organisation_code = :organisation AND c.kind = 'CORPORATE' AND c.cancelled_at IS NULL
                        ORDER BY c.starts_on DESC NULLS LAST, c.id DESC""")
                .setParameter("organisation", organisation)
                .getResultList();
        return rows.stream()
                .map(r -> new CouncilTakeUp.HostedChallenge(((Number) r[0]).longValue(),
                        date(r[1]), (String) r[2], (Boolean) r[3]))
                .toList();
    }

    /**
     * Peer days on site in the cycle up to {@code today}: every accepted team seat counts the days of its
     * challenge's visits that started by then. With {@code organisation}, only days its peers gave and days its
     * challenges (as lead host) received; without, given counts peers with a home organisation, received every seat.
     */
    public TakeUp.PeerDays peerDays(ChallengeCycle cycle, LocalDate today, String organisation) {
        String given = organisation == null ? "giver IS NOT NULL" : "giver = :organisation";
        String received = organisation == null ? "TRUE" : "receiver = :organisation";
        Query query = em.createNativeQuery("""
                        WITH seat_day AS (
                            SELECT p.home_organisation AS giver, c.council_code AS receiver,
                                   (v.ends_on - v.starts_on + 1) AS days
                            FROM team_seat s
                            JOIN peer p ON p.id = s.peer_id
                            JOIN peer_challenge c ON c.id = s.challenge_id
                            JOIN challenge_visit v ON v.challenge_id = c.id
                            WHERE s.status = 'ACCEPTED' AND c.cancelled_at IS NULL
                              AND v.starts_on BETWEEN :start AND :end AND v.starts_on <= :today)
                        SELECT COALESCE(SUM(days) FILTER (WHERE %s), 0), COALESCE(SUM(days) FILTER (WHERE %s), 0)
                        FROM seat_day""".formatted(given, received))
                .setParameter("start", cycle.start()).setParameter("end", cycle.end()).setParameter("today", today);
        if (organisation != null) {
            query.setParameter("organisation", organisation);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new TakeUp.PeerDays(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
