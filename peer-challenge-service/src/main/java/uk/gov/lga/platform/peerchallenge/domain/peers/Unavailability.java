package uk.gov.lga.platform.peerchallenge.domain.peers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** Days a peer cannot be on site, both ends included. */
@Embeddable
public class Unavailability {

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    public Unavailability() {
    }

    public Unavailability(DateRange range) {
        this.startsOn = range.from();
        this.endsOn = range.to();
    }

    public DateRange range() {
        return new DateRange(startsOn, endsOn);
    }
}
