package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The progress review about ten months after the visit; each recommendation's status is on the {@link Recommendation}. */
@Entity
@Table(name = "challenge_progress_review")
public class ProgressReview extends PanacheEntityBase {

    @Id
    @Column(name = "challenge_id")
    public Long challengeId;

    public String summary;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
