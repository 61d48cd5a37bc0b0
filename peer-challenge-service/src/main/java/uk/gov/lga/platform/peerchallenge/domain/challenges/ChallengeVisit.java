package uk.gov.lga.platform.peerchallenge.domain.challenges;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** One on-site visit: about four days, or one of several short visits of an extended review. */
@Embeddable
public class ChallengeVisit {

    @Column(name = "visit_no", nullable = false)
    public int visitNo;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    public ChallengeVisit() {
    }

    public ChallengeVisit(int visitNo, LocalDate startsOn, LocalDate endsOn) {
        this.visitNo = visitNo;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
