package uk.gov.lga.platform.peerchallenge.domain;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The service's clock, a bean so tests can stand on either side of a cycle boundary. */
public class ClockProducer {

    /** Cycles and financial years turn at midnight on 1 April in the UK, not in UTC. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(UK);
    }
}
