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

/** One move of a challenge through its life, with who made it; the opening at ENQUIRY has no {@code from}. */
@Entity
@Table(name = "challenge_stage_change")
public class StageChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public ChallengeStage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public ChallengeStage to;

    @Column(name = "moved_by")
    public String movedBy;

    @Column(name = "moved_at")
    public Instant movedAt;

    public static StageChange of(long challengeId, ChallengeStage from, ChallengeStage to, String by, Instant at) {
        StageChange change = new StageChange();
        change.challengeId = challengeId;
        change.from = from;
        change.to = to;
        change.movedBy = by;
        change.movedAt = at;
        return change;
    }
}
