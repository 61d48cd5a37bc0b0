package uk.gov.lga.platform.lginform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import uk.gov.lga.platform.lginform.domain.earlysight.EarlyValue;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
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
     * The unreleased values shared with a viewer: every one ({@code all}), or those of groups the council
     * (an officer's) is a member of, or the club is named by or owns; of one metric and council when given.
     * Ordered by metric, period and council, newest revision first.
     */
    public List<EarlyValue> visibleTo(boolean all, String council, String club, String metric, String ofCouncil, int most) {
        Conditions where = Conditions.all()
                .add("r.released_at IS NULL AND r.early_sight_group_id IS NOT NULL")
                .add("(:all OR r.early_sight_group_id IN (SELECT group_id FROM comparison_group_member WHERE council_code = :council)"
                        + " OR r.early_sight_group_id IN (SELECT group_id FROM comparison_group_club WHERE client_id = :club)"
                        + " OR r.early_sight_group_id IN (SELECT id FROM comparison_group WHERE owner_client = :club))")
                .bind("all", all)
                .bind("council", council == null ? "" : council)
                .bind("club", club == null ? "" : club)
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
}
