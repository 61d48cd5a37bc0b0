package uk.gov.lga.platform.peerchallenge.domain.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A hard rule a proposed seat's peer met, with the facts. */
@Embeddable
public class SeatCheck {

    @Column(name = "seat_no", nullable = false)
    public int seatNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchingRule rule;

    @Column(nullable = false)
    public String detail;

    public SeatCheck() {
    }

    SeatCheck(int seatNo, RuleCheck check) {
        this.seatNo = seatNo;
        this.rule = check.rule();
        this.detail = check.detail();
    }
}
