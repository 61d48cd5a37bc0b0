package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingDetails;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingPurpose;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingStatus;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A booking, as its readers see it; fields that do not apply to its purpose or status are left out. */
@Schema(description = "A booking of a quarter; fields that do not apply to its purpose or status are left out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(
        @Schema(examples = "7") long id,
        @Schema(examples = "2026-Q3") String quarter,
        @Schema(examples = "2026-07-01") LocalDate quarterStartsOn,
        @Schema(examples = "2026-09-30") LocalDate quarterEndsOn,
        BookingPurpose purpose,
        BookingStatus status,
        @Schema(description = "Who booked: the lead host, or the council giving days") HostView organisation,
        List<HostView> hosts,
        ChallengeKind kind,
        ChallengeShape shape,
        String topic,
        List<String> focusAreas,
        List<String> partners,
        BigDecimal charge,
        Integer peerDays,
        @Schema(description = "Peer bank ids of the peers giving the days") List<Long> peers,
        @Schema(description = "The challenge a confirmed HOST booking opened (GET /challenges/{id})", examples = "41")
        Long challengeId,
        @Schema(description = "WAITING: its place on the quarter's waiting list, 1 first", examples = "2")
        Integer waitingPosition,
        String bookedBy,
        Instant bookedAt,
        Instant confirmedAt,
        String cancelledBy,
        Instant cancelledAt) {

    static BookingView of(BookingDetails b) {
        boolean hosting = b.purpose() == BookingPurpose.HOST;
        return new BookingView(b.id(), b.quarter().toString(), b.quarter().startsOn(), b.quarter().endsOn(), b.purpose(),
                b.status(), HostView.of(b.organisation()), hosting ? HostView.of(b.hosts()) : null, b.kind(), b.shape(),
                b.topic(), hosting ? b.focusAreas() : null, hosting ? b.partners() : null, b.charge(), b.peerDays(),
                hosting ? null : b.peers(), b.challengeId(), b.waitingPosition(), b.bookedBy(), b.bookedAt(),
                b.confirmedAt(), b.cancelledBy(), b.cancelledAt());
    }
}
