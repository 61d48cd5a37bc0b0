package uk.gov.lga.platform.knowledgehub.domain.communities;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A community of practice: people across councils working on the same improvement theme. */
@Entity
@Table(name = "community")
public class Community extends PanacheEntityBase {

    /** What an id looks like: lower-case words joined by hyphens (the table's CHECK says the same). */
    public static final String ID_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    /** A readable slug such as {@code finance-leaders}; links to a community use it. */
    @Id
    public String id;

    public String name;
    public String description;
    public String theme;

    @Column(name = "migrated_from_old_platform")
    public boolean migratedFromOldPlatform;

    @Column(name = "created_at")
    public Instant createdAt;
}
