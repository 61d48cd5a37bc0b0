package uk.gov.lga.platform.peerchallenge.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.SupportUse;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Free support days recorded as used: the entries written and the balance after them. */
@Schema(name = "SupportUse", description = "Free support days recorded as used.")
public record SupportUseView(
        @Schema(required = true, pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035")
        String organisationCode,
        @Schema(required = true, examples = "MEMBER_PEER_SUPPORT") EntitlementKind entitlement,
        @Schema(required = true, minimum = "1", maximum = "30", examples = "2") int days,
        @Schema(required = true, description = "The USE entries written: one per grant drawn on, soonest to expire first.",
                maxItems = 30)
        List<OfferEntryView> entries,
        @Schema(required = true, description = "The entitlement's balance after the use.") OfferView.BalanceView balance) {

    static SupportUseView of(SupportUse use) {
        return new SupportUseView(use.entries().get(0).organisationCode, use.entitlement(),
                use.entries().stream().mapToInt(e -> e.quantity).sum(),
                use.entries().stream().map(OfferEntryView::of).toList(), OfferView.BalanceView.of(use.balance()));
    }
}
