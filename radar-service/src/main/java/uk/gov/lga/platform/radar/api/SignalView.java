package uk.gov.lga.platform.radar.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.radar.domain.signals.Signal;
import uk.gov.lga.platform.support.ids.GssCode;

import java.time.Instant;

/** A signal as radar roles see it. */
@Schema(description = "One thing the radar learned about a council, and where it came from.")
public record SignalView(
        @Schema(description = "The signal's id, in the order the radar stored signals.", required = true,
                minimum = "1", maximum = "9223372036854775807", examples = "42")
        long id,
        @Schema(description = "The council's GSS code.", required = true, pattern = "^" + GssCode.PATTERN + "$",
                maxLength = 9, examples = "E08000035")
        String councilCode,
        @Schema(description = "What kind of signal: DATA_RETURN (a published data return) for now; soft intelligence "
                + "and risk assessments add kinds later, so treat an unknown kind as a signal to show, not an error.",
                required = true, pattern = "^[A-Z]+(_[A-Z]+)*$", maxLength = 40, examples = "DATA_RETURN")
        String kind,
        @Schema(description = "The service whose event the signal came from.", required = true,
                pattern = "^[a-z0-9]+(-[a-z0-9]+)*$", maxLength = 60, examples = "lg-inform-service")
        String source,
        @Schema(description = "The latest period the data return covered (a financial year, a quarter of one or a "
                + "calendar year); null when it covered none.", nullable = true,
                pattern = "^\\d{4}(/\\d{2}( Q[1-4])?)?$", maxLength = 10, examples = "2024/25")
        String period,
        @Schema(description = "What happened, for a person to read.", required = true,
                examples = "Data return 1842 published 2 value(s) for 2024/25")
        String summary,
        @Schema(description = "When it happened at the source (the event's time).", required = true,
                examples = "2025-05-01T09:30:00Z")
        Instant observedAt,
        @Schema(description = "When the radar stored it.", required = true, examples = "2025-05-01T09:30:02.113Z")
        Instant receivedAt) {

    static SignalView of(Signal s) {
        return new SignalView(s.id, s.councilCode, s.kind, s.source, s.period, s.summary, s.observedAt, s.receivedAt);
    }
}
