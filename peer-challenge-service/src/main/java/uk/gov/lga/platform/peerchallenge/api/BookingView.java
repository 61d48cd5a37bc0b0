package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A booking, as its readers see it; fields that do not apply to its purpose or status are left out. */
@Schema(description = "A booking of a quarter; fields that do not apply to its purpose or status are left out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "7") long id,
        @Schema(required = true, pattern = QUARTER, maxLength = QUARTER_LENGTH, examples = "2026-Q3") String quarter,
        @Schema(examples = "2026-07-01") LocalDate quarterStartsOn,
        @Schema(examples = "2026-09-30") LocalDate quarterEndsOn,
        BookingPurpose purpose,
        BookingStatus status,
        @Schema(description = "Who booked: the lead host, or the council giving days") HostView organisation,
        @Schema(description = "HOST: the hosts, the lead first", maxItems = HOSTS) List<HostView> hosts,
        ChallengeKind kind,
        ChallengeShape shape,
        @Schema(description = "SUBJECT_SPECIFIC: its catalogue topic", maxLength = TOPIC, pattern = NOT_BLANK,
                examples = "Planning") String topic,
        @Schema(description = "HOST: the hosts' own focus areas", maxItems = 10, examples = "[\"Housing delivery\"]")
        List<@Size(max = NAME) @Pattern(regexp = NOT_BLANK) String> focusAreas,
        @Schema(description = "WITH_PARTNERS: the public-sector partners", maxItems = 10,
                examples = "[\"West Yorkshire Police\"]")
        List<@Size(max = NAME) @Pattern(regexp = NOT_BLANK) String> partners,
        @Schema(description = "SUBJECT_SPECIFIC: the agreed charge in pounds", examples = "12000.00") BigDecimal charge,
        @Schema(description = "GIVE_PEER_DAYS: how many days", minimum = "1", maximum = "500", examples = "10")
        Integer peerDays,
        @Schema(description = "Peer bank ids of the peers giving the days", maxItems = 50, examples = "[17, 42]")
        List<@Min(1) @Max(Long.MAX_VALUE) Long> peers,
        @Schema(description = "The challenge a confirmed HOST booking opened (GET /challenges/{id})", minimum = ID_MIN,
                maximum = ID_MAX, examples = "41")
        Long challengeId,
        @Schema(description = "WAITING: its place on the quarter's waiting list, 1 first", minimum = "1",
                maximum = COUNT_MAX, examples = "2")
        Integer waitingPosition,
        @Schema(required = true, description = "The user who booked", maxLength = USER, pattern = NOT_BLANK,
                examples = "officer.leeds") String bookedBy,
        @Schema(required = true) Instant bookedAt,
        Instant confirmedAt,
        @Schema(description = "The user who cancelled", maxLength = USER, pattern = NOT_BLANK, examples = "officer.leeds")
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
