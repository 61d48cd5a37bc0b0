package uk.gov.lga.platform.peerchallenge.domain.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A topic of the catalogue of subject-specific peer challenges that challenge managers keep: a challenge on it is
 * charged at least its minimum price. Retired (not active) rather than deleted, since charges name it.
 */
@Entity
@Table(name = "challenge_topic")
public class ChallengeTopic extends PanacheEntityBase {

    @Id
    public String name;

    public String description;

    /** In pounds. */
    @Column(name = "minimum_price")
    public BigDecimal minimumPrice;

    public boolean active;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
