package uk.gov.lga.platform.peerchallenge.domain.challenges;

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
import java.time.LocalDate;

/**
 * A deadline of a scheduled challenge: due on a day worked out from the last on-site day ({@link Deadlines}), met
 * on the day its stage was reached. {@code missedPublishedAt} records the one DeadlineMissed event it published.
 */
@Entity
@Table(name = "challenge_deadline")
public class ChallengeDeadline extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Enumerated(EnumType.STRING)
    public DeadlineKind deadline;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "met_on")
    public LocalDate metOn;

    @Column(name = "missed_published_at")
    public Instant missedPublishedAt;

    public boolean met() {
        return metOn != null;
    }

    /** Unmet and past its last day. */
    public boolean overdueOn(LocalDate today) {
        return metOn == null && dueOn.isBefore(today);
    }
}
