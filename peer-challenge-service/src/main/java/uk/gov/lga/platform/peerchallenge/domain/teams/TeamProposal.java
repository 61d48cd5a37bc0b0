package uk.gov.lga.platform.peerchallenge.domain.teams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A team proposed for a challenge, stored with its explanation as it was when proposed: the seats with the
 * score's parts and the rules each peer met, each rule's exclusions and the team rules no team could meet.
 * {@code seatNo} is set when it replaces one seat of a confirmed team.
 */
@Entity
@Table(name = "team_proposal")
public class TeamProposal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "challenge_id")
    public Long challengeId;

    /** The seat a replacement fills; null for a whole team. */
    @Column(name = "seat_no")
    public Integer seatNo;

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    /** Seats to fill: the team's size, or 1 for a replacement. */
    @Column(name = "team_size")
    public int teamSize;

    @Column(name = "candidates_considered")
    public int candidatesConsidered;

    public int eligible;

    public int score;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Column(name = "proposed_at")
    public Instant proposedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "team_proposal_seat", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("seatNo")
    public List<ProposedSeat> seats = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "team_proposal_check", joinColumns = @JoinColumn(name = "proposal_id"))
    public List<SeatCheck> checks = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "team_proposal_exclusion", joinColumns = @JoinColumn(name = "proposal_id"))
    public List<RuleExclusion> exclusions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "team_proposal_shortfall", joinColumns = @JoinColumn(name = "proposal_id"))
    public List<ProposalShortfall> shortfalls = new ArrayList<>();

    /** The proposal as matching made it, to store. */
    public static TeamProposal of(long challengeId, Integer seatNo, Proposal proposal, String by, Instant at) {
        TeamProposal p = new TeamProposal();
        p.challengeId = challengeId;
        p.seatNo = seatNo;
        p.status = proposal.fits() ? ProposalStatus.PROPOSED : ProposalStatus.NO_TEAM_FITS;
        p.teamSize = proposal.seatsToFill();
        p.candidatesConsidered = proposal.considered();
        p.eligible = proposal.eligible();
        p.score = proposal.score();
        p.proposedBy = by;
        p.proposedAt = at;
        for (Proposal.Seat seat : proposal.seats()) {
            p.seats.add(new ProposedSeat(seat));
            seat.checks().forEach(check -> p.checks.add(new SeatCheck(seat.seatNo(), check)));
        }
        proposal.exclusions().forEach((rule, excluded) -> p.exclusions.add(new RuleExclusion(rule, excluded)));
        proposal.shortfalls().forEach(s -> p.shortfalls.add(new ProposalShortfall(s)));
        return p;
    }

    /** Whether confirming it and another stored proposal would fill the same seats. */
    public boolean sameSeatsAs(TeamProposal other) {
        return seatNo == null ? other.seatNo == null : seatNo.equals(other.seatNo);
    }

    public void confirm(String by, Instant at) {
        status = ProposalStatus.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }
}
