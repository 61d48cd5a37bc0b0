package uk.gov.lga.platform.support.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one injectable {@link Clock}: UTC unless a service produces its own (peer challenge's cycles turn at
 * midnight in the UK) or a test replaces it to stand on either side of a boundary.
 */
@Singleton
public class DefaultClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
