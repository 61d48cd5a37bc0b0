package uk.gov.lga.platform.lginform.domain.returns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One submission of values for one council: by the council itself, or as its part of a national dataset. */
@Entity
@Table(name = "data_return")
public class DataReturn extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "value_count")
    public int valueCount;

    /** Early sight: the custom group sharing the return until {@link #releaseAt}; null when published at once. */
    @Column(name = "early_sight_group_id")
    public Long earlySightGroupId;

    @Column(name = "release_at")
    public Instant releaseAt;

    @Column(name = "released_at")
    public Instant releasedAt;

    public enum Source { COUNCIL, NATIONAL }
}
