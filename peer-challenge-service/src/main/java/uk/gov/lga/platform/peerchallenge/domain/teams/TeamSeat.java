package uk.gov.lga.platform.peerchallenge.domain.teams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A seat on a challenge's team: the invitation a confirmed proposal sent one peer, and their answer. Its id is
 * the invitation's id. A declined seat stays, as history; its replacement is a new seat row with the same number.
 */
@Entity
@Table(name = "team_seat")
public class TeamSeat extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    @Column(name = "seat_no")
    public int seatNo;

    @Column(name = "peer_id")
    public Long peerId;

    @Enumerated(EnumType.STRING)
    public SeatRole role;

    @Enumerated(EnumType.STRING)
    public SeatStatus status;

    @Column(name = "proposal_id")
    public Long proposalId;

    @Column(name = "invited_at")
    public Instant invitedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Version
    public int version;

    static TeamSeat invitation(long challengeId, long proposalId, ProposedSeat seat, Instant at) {
        TeamSeat s = new TeamSeat();
        s.challengeId = challengeId;
        s.proposalId = proposalId;
        s.seatNo = seat.seatNo;
        s.peerId = seat.peerId;
        s.role = seat.role;
        s.status = SeatStatus.INVITED;
        s.invitedAt = at;
        return s;
    }

    void answer(SeatStatus answer, Instant at) {
        status = answer;
        answeredAt = at;
    }
}
