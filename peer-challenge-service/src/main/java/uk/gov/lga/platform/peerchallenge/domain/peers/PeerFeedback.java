package uk.gov.lga.platform.peerchallenge.domain.peers;

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

/** Feedback on a peer after a challenge they were on: a rating of 1 to 5 and a comment, from a host or a manager. */
@Entity
@Table(name = "peer_feedback")
public class PeerFeedback extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "peer_id")
    public Long peerId;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Enumerated(EnumType.STRING)
    public FeedbackSource source;

    public int rating;

    public String comment;

    /** The user who gave it. */
    @Column(name = "given_by")
    public String givenBy;

    @Column(name = "given_at")
    public Instant givenAt;
}
