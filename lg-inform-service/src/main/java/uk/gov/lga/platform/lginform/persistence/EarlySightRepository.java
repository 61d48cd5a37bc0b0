package uk.gov.lga.platform.lginform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import uk.gov.lga.platform.lginform.domain.earlysight.EarlyValue;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.groups.WaitingRelease;
import uk.gov.lga.platform.lginform.domain.returns.DataReturn;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Values of early-sight returns not yet released. */
@ApplicationScoped
public class EarlySightRepository {

    private final EntityManager em;

    @Inject
    public EarlySightRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * The unreleased values of early-sight returns shared through these custom groups (those the domain found the
     * viewer may see); of one metric and council when given. Ordered by metric, period and council, newest revision first.
     */
    public List<EarlyValue> sharedThrough(Collection<Long> groups, String metric, String ofCouncil, int most) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Conditions where = Conditions.all()
                .add("r.released_at IS NULL AND r.early_sight_group_id IN (:groups)")
                .bind("groups", groups)
                .add("v.metric_id = :metric", "metric", metric)
                .add("v.council_code = :ofCouncil", "ofCouncil", ofCouncil);
        Query query = em.createNativeQuery("SELECT v.council_code, c.name, v.metric_id, v.period, v.value, v.status, "
                        + "v.revision, v.note, r.early_sight_group_id, r.release_at FROM data_value v "
                        + "JOIN data_return r ON r.id = v.data_return_id JOIN council c ON c.gss_code = v.council_code "
                        + "WHERE " + where.text() + " ORDER BY v.metric_id, v.period, v.council_code, v.revision DESC LIMIT :most")
                .setParameter("most", most);
        where.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new EarlyValue((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (BigDecimal) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7],
                GroupId.custom(((Number) r[8]).longValue()), r[9] instanceof Timestamp t ? t.toInstant() : (Instant) r[9])).toList();
    }

    /** The custom groups through which early-sight returns (of one council, when given) still wait for release. */
    public List<Long> groupsAwaitingRelease(String ofCouncil) {
        Conditions where = Conditions.all()
                .add("released_at IS NULL AND early_sight_group_id IS NOT NULL")
                .add("council_code = :council", "council", ofCouncil);
        Query query = em.createNativeQuery("SELECT DISTINCT early_sight_group_id FROM data_return WHERE " + where.text());
        where.parameters().forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The early-sight returns that still wait for release through this group, oldest release first. */
    public List<WaitingRelease> awaitingRelease(long group) {
        return DataReturn.<DataReturn>find("earlySightGroupId = ?1 and releasedAt is null order by releaseAt, id", group)
                .stream().map(r -> new WaitingRelease(r.id, r.councilCode, r.releaseAt)).toList();
    }

    /**
     * Releases the group's hold on the returns it shared that are already published, so that it can be deleted:
     * they keep their release dates and lose only the link (V30).
     */
    public int detachReleased(long group) {
        return em.createNativeQuery("UPDATE data_return SET early_sight_group_id = NULL WHERE early_sight_group_id = :group "
                        + "AND released_at IS NOT NULL")
                .setParameter("group", group)
                .executeUpdate();
    }
}
