package uk.gov.lga.platform.peerchallenge.domain.offer;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The service's clock, in UK time: it replaces platform-support's UTC default, and tests replace it in turn to
 * stand on either side of a cycle boundary.
 */
public class OfferClock {

    /** Cycles and financial years turn at midnight on 1 April in the UK, not in UTC. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(UK);
    }
}
