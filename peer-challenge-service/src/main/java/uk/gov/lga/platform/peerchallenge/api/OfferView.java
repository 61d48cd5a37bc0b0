package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import uk.gov.lga.platform.peerchallenge.domain.offer.CouncilOffer;
import uk.gov.lga.platform.peerchallenge.domain.offer.Entitlement;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementStatus;

import java.time.LocalDate;
import java.util.List;

/** A council's entitlements of the improvement offer in the current cycle. */
public record OfferView(String councilCode, Cycle cycle, List<EntitlementView> entitlements) {

    public record Cycle(LocalDate start, LocalDate end) {
    }

    /** Numbers appear only where they apply to the kind; {@code note} says why a status is what it is. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntitlementView(EntitlementKind kind, String description, EntitlementStatus status,
                                  Integer allowance, Integer used, Integer days, List<YearPlace> years, String note) {
    }

    public record YearPlace(String financialYear, EntitlementStatus status) {
    }

    static OfferView of(CouncilOffer offer) {
        return new OfferView(offer.council().value(), new Cycle(offer.cycle().start(), offer.cycle().end()),
                offer.entitlements().stream().map(OfferView::of).toList());
    }

    static EntitlementView of(Entitlement e) {
        return new EntitlementView(e.kind(), e.kind().description(), e.status(), e.allowance(), e.used(), e.days(),
                e.years() == null ? null : e.years().stream().map(y -> new YearPlace(y.financialYear(), y.status())).toList(),
                e.note());
    }
}
