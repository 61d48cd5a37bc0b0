package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One action of an action plan, answering a recommendation by its number. */
@Entity
@Table(name = "challenge_action")
public class PlannedAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    public int number;

    @Column(name = "recommendation_number")
    public int recommendationNumber;

    public String action;

    /** Who in the hosts' organisations owns it (a post, not a person's name). */
    public String owner;

    @Column(name = "due_on")
    public LocalDate dueOn;
}
