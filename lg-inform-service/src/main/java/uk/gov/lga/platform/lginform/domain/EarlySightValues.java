package uk.gov.lga.platform.lginform.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.lginform.domain.groups.GroupViewer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Values of early-sight returns not yet released, as one viewer may see them: officers of the group's
 * councils, the clubs the group names (or owns), platform admins. Nobody else learns they exist.
 */
@ApplicationScoped
public class EarlySightValues {

    static final int MOST = 10_000;

    @Inject
    EntityManager em;

    public record EarlyValue(String councilCode, String councilName, String metric, String period, BigDecimal value,
                             String status, int revision, String note, String group, Instant releaseAt) {
    }

    public List<EarlyValue> visibleTo(GroupViewer viewer, String metric, String council) {
        if (!viewer.admin() && viewer.council() == null && viewer.club() == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT v.council_code, c.name, v.metric_id, v.period, v.value, v.status, v.revision, v.note,
                               r.early_sight_group_id, r.release_at
                        FROM data_value v
                        JOIN data_return r ON r.id = v.data_return_id
                        JOIN council c ON c.gss_code = v.council_code
                        WHERE r.released_at IS NULL AND r.early_sight_group_id IS NOT NULL
                          AND (:admin
                               OR r.early_sight_group_id IN (SELECT group_id FROM comparison_group_member WHERE council_code = :council)
                               OR r.early_sight_group_id IN (SELECT group_id FROM comparison_group_club WHERE client_id = :club)
                               OR r.early_sight_group_id IN (SELECT id FROM comparison_group WHERE owner_client = :club))
                          AND (CAST(:metric AS VARCHAR) IS NULL OR v.metric_id = :metric)
                          AND (CAST(:onlyCouncil AS VARCHAR) IS NULL OR v.council_code = :onlyCouncil)
                        ORDER BY v.metric_id, v.period, v.council_code, v.revision DESC
                        LIMIT :most""")
                .setParameter("admin", viewer.admin())
                .setParameter("council", viewer.council() == null ? "" : viewer.council())
                .setParameter("club", viewer.club() == null ? "" : viewer.club())
                .setParameter("metric", metric)
                .setParameter("onlyCouncil", council)
                .setParameter("most", MOST)
                .getResultList();
        return rows.stream().map(r -> new EarlyValue((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (BigDecimal) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7], "custom:" + r[8],
                r[9] instanceof Timestamp t ? t.toInstant() : (Instant) r[9])).toList();
    }
}
