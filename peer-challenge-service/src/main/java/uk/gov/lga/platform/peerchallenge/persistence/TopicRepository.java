package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeTopic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The catalogue of subject-specific challenge topics. */
@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<ChallengeTopic, String> {

    /** By name, after the cursor {@code after} (a name) when given; up to {@code rows} topics. */
    public List<ChallengeTopic> page(String after, boolean activeOnly, int rows) {
        String query = (after == null ? "name is not null" : "name > ?1") + (activeOnly ? " and active = true" : "");
        return (after == null ? find(query, Sort.by("name")) : find(query, Sort.by("name"), after)).page(0, rows).list();
    }

    /** Stores a new topic unless one of that name exists; true when it was stored. */
    public boolean insertIfAbsent(String name, BigDecimal minimumPrice, boolean active, String by, Instant at) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO challenge_topic (name, minimum_price, active, updated_by, updated_at)
                        VALUES (:name, :price, :active, :by, :at) ON CONFLICT (name) DO NOTHING""")
                .setParameter("name", name).setParameter("price", minimumPrice).setParameter("active", active)
                .setParameter("by", by).setParameter("at", at)
                .executeUpdate() == 1;
    }
}
