package uk.gov.lga.platform.peerchallenge.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/**
 * The deadlines of a peer challenge, each counted from its last on-site day ({@code peer-challenge.deadlines.*}),
 * as ISO-8601 periods. A deadline is worked out when the visits are scheduled and kept with the challenge, so a
 * change here applies to challenges scheduled from then on.
 */
@ConfigMapping(prefix = "peer-challenge.deadlines")
public interface DeadlineConfig {

    /** The report is published within this after the last on-site day (the papers: within about 3 months). */
    @WithDefault("P3M")
    Period report();

    /** The hosts publish their action plan within this after the last on-site day. */
    @WithDefault("P5M")
    Period actionPlan();

    /** The progress review takes place about this long after the last on-site day. */
    @WithDefault("P10M")
    Period progressReview();

    /** {@code GET /deadlines?due=upcoming} lists unmet deadlines falling due within this many days from today. */
    @WithDefault("P30D")
    Period upcomingWithin();

    /**
     * How often the job looks for missed deadlines and publishes DeadlineMissed (a Quarkus scheduler interval such
     * as {@code 1h}; {@code off} stops it, as the tests do to run it by hand).
     */
    @WithDefault("1h")
    String checkEvery();
}
