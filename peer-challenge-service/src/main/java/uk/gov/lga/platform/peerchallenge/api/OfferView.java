package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.offer.Balance;
import uk.gov.lga.platform.peerchallenge.domain.offer.CouncilOffer;
import uk.gov.lga.platform.peerchallenge.domain.offer.Entitlement;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementStatus;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferEntry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A council's entitlements of the improvement offer in the current cycle. */
@Schema(name = "Offer", description = "A council's (or fire and rescue authority's) entitlements of the improvement "
        + "offer in the three-year cycle running now, with balances worked out from the ledger's entries.")
public record OfferView(
        @Schema(description = "The organisation's GSS code (ONS code E31... for a fire and rescue authority).",
                required = true, pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035")
        String councilCode,
        @Schema(required = true)
        Cycle cycle,
        @Schema(description = "Always the four entitlements, in this order: FREE_CORPORATE_PEER_CHALLENGE, "
                + "LEADERSHIP_PROGRAMME_PLACE, MEMBER_PEER_SUPPORT, SCRUTINY_SUPPORT.", required = true, maxItems = 4)
        List<EntitlementView> entitlements,
        @Schema(description = "What the organisation's subject-specific challenges of the cycle are charged (charges "
                + "released since are left out), oldest first.", required = true, maxItems = 1000)
        List<ChargeView> charges) {

    @Schema(name = "OfferCycle", description = "A three-year cycle of the offer, 1 April to 31 March; cycles start in 2011, 2014, ...")
    public record Cycle(
            @Schema(required = true, examples = "2026-04-01") LocalDate start,
            @Schema(required = true, examples = "2029-03-31") LocalDate end) {
    }

    /** Numbers appear only where they apply to the kind; {@code note} says why a status is what it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Entitlement", description = "One entitlement; numbers appear only where they apply to its kind.")
    public record EntitlementView(
            @Schema(required = true, examples = "MEMBER_PEER_SUPPORT") EntitlementKind kind,
            @Schema(required = true, maxLength = 500, pattern = NOT_BLANK,
                    examples = "Up to 5 days of free member peer support when the council's political control changes.")
            String description,
            @Schema(required = true, description = "AVAILABLE, USED (all drawn on), EXPIRED (granted days lapsed "
                    + "unused), NOT_ELIGIBLE (the event that opens it has not happened).", examples = "AVAILABLE")
            EntitlementStatus status,
            @Schema(description = "Things allowed in the cycle: 1 free corporate challenge, 3 leadership places.",
                    minimum = "0", maximum = "100", examples = "1")
            Integer allowance,
            @Schema(description = "Of the allowance, how many are used now (uses less releases).", minimum = "0",
                    maximum = "100", examples = "0")
            Integer used,
            @Schema(description = "Free days one grant gives: 5 member peer support, 6 scrutiny support.", minimum = "0",
                    maximum = "100", examples = "5")
            Integer days,
            @Schema(description = "Leadership places, one per financial year of the cycle.", maxItems = 3)
            List<YearPlace> years,
            @Schema(description = "Why the status is what it is, for a person to read.", maxLength = LINE, pattern = NOT_BLANK,
                    examples = "3 of 5 days granted after the change of political control (latest on 2026-05-08) can be used; the earliest expire on 2027-05-08.")
            String note,
            @Schema(required = true) BalanceView balance) {
    }

    @Schema(name = "YearPlace")
    public record YearPlace(
            @Schema(required = true, pattern = FINANCIAL_YEAR, maxLength = FINANCIAL_YEAR_LENGTH, examples = "2026/27")
            String financialYear,
            @Schema(required = true, examples = "USED") EntitlementStatus status) {
    }

    @Schema(name = "Balance", description = "An entitlement's numbers from the ledger: available = granted - used + "
            + "released - expired. Corporate challenge and places: this cycle. Days: grants made in this cycle and any "
            + "earlier grant still usable; days past their expiry count as expired from that day.")
    public record BalanceView(
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "5") int granted,
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "2") int used,
            @Schema(required = true, description = "Uses given back (a cancelled challenge).", minimum = "0",
                    maximum = COUNT_MAX, examples = "0") int released,
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "0") int expired,
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "3") int available,
            @Schema(description = "The first day the earliest available days can no longer be used; absent when none expire.",
                    examples = "2027-05-08") LocalDate expiresOn) {

        static BalanceView of(Balance b) {
            return new BalanceView(b.granted(), b.used(), b.released(), b.expired(), b.available(), b.expiresOn());
        }
    }

    @Schema(name = "Charge", description = "What a subject-specific challenge is charged.")
    public record ChargeView(
            @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "42") long challengeId,
            @Schema(required = true, maxLength = TOPIC, pattern = NOT_BLANK, examples = "Planning") String topic,
            @Schema(required = true, description = "In pounds.", examples = "7500.00") BigDecimal amount,
            @Schema(required = true, examples = "2026-06-15") LocalDate chargedOn,
            @Schema(required = true, description = "The ledger entry that records it.", minimum = ID_MIN, maximum = ID_MAX,
                    examples = "118") long entryId) {
    }

    static OfferView of(CouncilOffer offer) {
        return new OfferView(offer.council().value(), new Cycle(offer.cycle().start(), offer.cycle().end()),
                offer.entitlements().stream().map(OfferView::of).toList(),
                offer.charges().stream().map(OfferView::charge).toList());
    }

    static EntitlementView of(Entitlement e) {
        return new EntitlementView(e.kind(), e.kind().description(), e.status(), e.allowance(), e.used(), e.days(),
                e.years() == null ? null : e.years().stream().map(y -> new YearPlace(y.financialYear(), y.status())).toList(),
                e.note(), BalanceView.of(e.balance()));
    }

    private static ChargeView charge(OfferEntry e) {
        return new ChargeView(e.challengeId, e.topic, e.amount, e.effectiveOn, e.id);
    }
}
