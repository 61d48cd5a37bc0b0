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

/**
 * One recommendation of a challenge, numbered 1, 2, ... across the challenge in the order of its elements, so the
 * action plan and the progress review answer it by number. The progress review sets its status.
 */
@Entity
@Table(name = "challenge_recommendation")
public class Recommendation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    public int number;

    @Enumerated(EnumType.STRING)
    public Element element;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "progress_status")
    public ProgressStatus progressStatus;

    @Column(name = "progress_note")
    public String progressNote;
}
