package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The hosts' published action plan: a summary and {@link PlannedAction}s answering every recommendation. */
@Entity
@Table(name = "challenge_action_plan")
public class ActionPlan extends PanacheEntityBase {

    @Id
    @Column(name = "challenge_id")
    public Long challengeId;

    public String summary;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;
}
