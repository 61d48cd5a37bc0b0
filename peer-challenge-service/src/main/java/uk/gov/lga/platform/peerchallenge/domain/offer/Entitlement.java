package uk.gov.lga.platform.peerchallenge.domain.offer;

import java.util.List;

/**
 * One entitlement of a council in the current cycle. The numbers apply only to some kinds: a count of
 * things ({@code allowance}, {@code used}), free {@code days}, or per financial year ({@code years}); every kind
 * has its {@code balance} as the ledger's entries give it.
 */
public record Entitlement(EntitlementKind kind, EntitlementStatus status, Integer allowance, Integer used,
                          Integer days, List<YearPlace> years, String note, Balance balance) {

    /** A financial year's leadership-programme place; the delegate's name stays out, the offer needs no personal data. */
    public record YearPlace(String financialYear, EntitlementStatus status) {
    }
}
