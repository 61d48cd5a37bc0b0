package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.LocalDate;

/** On-site days of one visit, first and last included; numbered from 1 in date order. */
public record Visit(int visitNo, LocalDate startsOn, LocalDate endsOn) {

    /** Days on site, both ends included. */
    public int days() {
        return (int) (endsOn.toEpochDay() - startsOn.toEpochDay()) + 1;
    }
}
