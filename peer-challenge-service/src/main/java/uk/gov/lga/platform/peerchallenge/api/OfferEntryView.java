package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.Movement;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferEntry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** One entry of the offer's ledger: what moved, who recorded it, when, why and from what source. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "OfferEntry", description = "One movement of an organisation's improvement offer. Entries are never "
        + "changed or deleted; a use given back is a RELEASE entry.")
public record OfferEntryView(
        @Schema(required = true, description = "Increasing in the order entries were recorded.", minimum = ID_MIN,
                maximum = ID_MAX, examples = "118") long id,
        @Schema(required = true, pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035")
        String organisationCode,
        @Schema(required = true, examples = "MEMBER_PEER_SUPPORT") EntitlementKind entitlement,
        @Schema(required = true, description = "GRANT adds, USE draws, EXPIRY lapses unused days, CHARGE charges a "
                + "subject-specific challenge, RELEASE reverses a use or a charge.", examples = "GRANT") Movement movement,
        @Schema(required = true, description = "Challenges, places or days; always positive.", minimum = "1",
                maximum = COUNT_MAX, examples = "5") int quantity,
        @Schema(description = "Pounds, for charges and their releases.", examples = "7500.00") BigDecimal amount,
        @Schema(description = "The catalogue topic of a charge.", maxLength = TOPIC, pattern = NOT_BLANK, examples = "Planning")
        String topic,
        @Schema(required = true, description = "The day the movement counts from.", examples = "2026-05-08") LocalDate effectiveOn,
        @Schema(required = true, description = "The first day of the three-year cycle it counts in.", examples = "2026-04-01")
        LocalDate cycleStart,
        @Schema(required = true, pattern = FINANCIAL_YEAR, maxLength = FINANCIAL_YEAR_LENGTH, examples = "2026/27")
        String financialYear,
        @Schema(description = "For a grant of days: the first day they can no longer be used.", examples = "2027-05-08")
        LocalDate expiresOn,
        @Schema(description = "The peer challenge it concerns.", minimum = ID_MIN, maximum = ID_MAX, examples = "42")
        Long challengeId,
        @Schema(description = "The grant a use, expiry or release of days draws on.", minimum = ID_MIN, maximum = ID_MAX,
                examples = "117") Long grantId,
        @Schema(required = true, maxLength = 500, pattern = NOT_BLANK,
                examples = "Political control changed from Labour to NO_OVERALL_CONTROL on 2026-05-08.")
        String reason,
        @Schema(required = true, description = "Who recorded it: a user, or system:<job> for the service's own jobs "
                + "and the events it consumes.", maxLength = USER, pattern = NOT_BLANK, examples = "system:lginform.councils")
        String recordedBy,
        @Schema(required = true, examples = "2026-05-08T09:30:02Z") Instant recordedAt,
        @Schema(description = "The event that caused it.", implementation = String.class, format = "uuid", maxLength = 36,
                pattern = "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$",
                examples = "0b6f7c1e-8d3a-4a53-9d0e-2f1f7c9a6b10") UUID sourceEventId,
        @Schema(description = "A grant's key (cycle:2026-04-01, year:2026/27, control-change:2026-05-08, challenge:42) "
                + "or the Idempotency-Key of the request that made it.", maxLength = 200, pattern = NOT_BLANK,
                examples = "control-change:2026-05-08")
        String reference) {

    static OfferEntryView of(OfferEntry e) {
        return new OfferEntryView(e.id, e.organisationCode, e.entitlement, e.movement, e.quantity, e.amount, e.topic,
                e.effectiveOn, e.cycleStart, e.financialYear, e.expiresOn, e.challengeId, e.grantId, e.reason,
                e.recordedBy, e.recordedAt, e.sourceEventId, e.reference);
    }
}
