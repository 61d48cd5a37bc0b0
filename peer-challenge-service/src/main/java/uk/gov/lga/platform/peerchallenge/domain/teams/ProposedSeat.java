package uk.gov.lga.platform.peerchallenge.domain.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A seat of a stored proposal: who, in which role, and the score's parts. */
@Embeddable
public class ProposedSeat {

    @Column(name = "seat_no", nullable = false)
    public int seatNo;

    @Column(name = "peer_id", nullable = false)
    public long peerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SeatRole role;

    @Column(nullable = false)
    public int score;

    @Column(name = "lead_party", nullable = false)
    public int leadParty;

    @Column(name = "cross_party", nullable = false)
    public int crossParty;

    @Column(nullable = false)
    public int expertise;

    @Column(name = "outside_region", nullable = false)
    public int outsideRegion;

    @Column(name = "shares_the_load", nullable = false)
    public int sharesTheLoad;

    @Column(nullable = false)
    public int feedback;

    /** The focus areas and elements this peer newly covered when chosen. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> covers = new ArrayList<>();

    public ProposedSeat() {
    }

    ProposedSeat(Proposal.Seat seat) {
        seatNo = seat.seatNo();
        peerId = seat.peer().peerId();
        role = seat.role();
        ScoreCard s = seat.score();
        score = s.total();
        leadParty = s.part(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY);
        crossParty = s.part(ScorePart.CROSS_PARTY);
        expertise = s.part(ScorePart.EXPERTISE);
        outsideRegion = s.part(ScorePart.OUTSIDE_HOST_REGION);
        sharesTheLoad = s.part(ScorePart.SHARES_THE_LOAD);
        feedback = s.part(ScorePart.FEEDBACK);
        covers = new ArrayList<>(s.covers());
    }

    public Map<ScorePart, Integer> parts() {
        Map<ScorePart, Integer> parts = new EnumMap<>(ScorePart.class);
        parts.put(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY, leadParty);
        parts.put(ScorePart.CROSS_PARTY, crossParty);
        parts.put(ScorePart.EXPERTISE, expertise);
        parts.put(ScorePart.OUTSIDE_HOST_REGION, outsideRegion);
        parts.put(ScorePart.SHARES_THE_LOAD, sharesTheLoad);
        parts.put(ScorePart.FEEDBACK, feedback);
        return parts;
    }
}
