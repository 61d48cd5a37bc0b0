package uk.gov.lga.platform.radar.api;

import uk.gov.lga.platform.radar.domain.signals.Signal;

import java.time.Instant;

/** A signal as radar roles see it. */
public record SignalView(long id, String councilCode, String kind, String source, String period, String summary,
                         Instant observedAt, Instant receivedAt) {

    static SignalView of(Signal s) {
        return new SignalView(s.id, s.councilCode, s.kind, s.source, s.period, s.summary, s.observedAt, s.receivedAt);
    }
}
