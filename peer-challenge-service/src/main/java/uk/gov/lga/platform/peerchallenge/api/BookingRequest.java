package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingPurpose;
import uk.gov.lga.platform.peerchallenge.domain.calendar.NewBooking;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Quarter;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.support.ids.ValidGssCode;

import java.math.BigDecimal;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A booking of a quarter: to host a challenge, or to give peer days. */
@Schema(description = "A booking of a quarter. HOST: hosts (lead first), kind, shape; topic and charge for "
        + "SUBJECT_SPECIFIC; focusAreas; partners for WITH_PARTNERS. GIVE_PEER_DAYS: council, peerDays and, where "
        + "known, peers. Fields of the other purpose must be left out.")
public record BookingRequest(
        @NotNull @Pattern(regexp = Quarter.PATTERN, message = "must be a calendar quarter such as 2026-Q3")
        @Schema(description = "Calendar quarter: 2026-Q3 is July to September 2026", maxLength = QUARTER_LENGTH,
                examples = "2026-Q3")
        String quarter,
        @NotNull BookingPurpose purpose,
        @Size(max = 20) @Schema(description = "HOST: the hosts' codes, the lead first", examples = "[\"E08000035\"]")
        List<@NotNull @ValidGssCode @Size(max = GSS_LENGTH) String> hosts,
        @Schema(description = "HOST: the kind of challenge") ChallengeKind kind,
        @Schema(description = "HOST: who hosts together") ChallengeShape shape,
        @Size(min = 1, max = 80)
        @Schema(description = "SUBJECT_SPECIFIC: a topic of the catalogue (GET /topics)", pattern = NOT_BLANK, examples = "Planning")
        String topic,
        @Size(max = 10) @Schema(description = "HOST: the hosts' own focus areas, assessed beside the kind's elements",
                examples = "[\"Housing delivery\"]")
        List<@NotNull(message = BLANK) @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 200) String> focusAreas,
        @Size(max = 10)
        @Schema(description = "WITH_PARTNERS: the public-sector partners, by name", examples = "[\"West Yorkshire Police\"]")
        List<@NotNull(message = BLANK) @Pattern(regexp = NOT_BLANK, message = BLANK) @Size(max = 200) String> partners,
        @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
        @Schema(description = "SUBJECT_SPECIFIC: the agreed charge in pounds, at least the topic's minimum price", examples = "12000.00")
        BigDecimal charge,
        @ValidGssCode
        @Schema(description = "GIVE_PEER_DAYS: the council giving the days", maxLength = GSS_LENGTH, examples = "E06000014")
        String council,
        @Min(1) @Max(500) @Schema(description = "GIVE_PEER_DAYS: how many days", examples = "10")
        Integer peerDays,
        @Size(max = 50)
        @Schema(description = "GIVE_PEER_DAYS: ids of the peer bank's peers from that council who will give them",
                examples = "[17, 42]")
        List<@NotNull @Positive @Max(Long.MAX_VALUE) Long> peers) {

    NewBooking toNewBooking() {
        return new NewBooking(Quarter.parse(quarter, "quarter"), purpose, hosts, kind, shape, topic, focusAreas, partners,
                charge, council, peerDays, peers);
    }
}
