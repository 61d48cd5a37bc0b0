package uk.gov.lga.platform.peerchallenge;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Replaces the service's clock in @QuarkusTests, so a test can choose what day it is in the UK. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.now();

    /** Noon on that day in the UK. */
    public void setToday(LocalDate day) {
        now = day.atTime(LocalTime.NOON).atZone(OfferClock.UK).toInstant();
    }

    public void setInstant(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return OfferClock.UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
