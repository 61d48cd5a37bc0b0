package uk.gov.lga.platform.peerchallenge.domain.offer;

import java.time.LocalDate;

/**
 * One grant of days with what has been drawn on it: {@code remaining = days - used + released - expired}, where
 * {@code expired} counts its EXPIRY entry once written.
 */
public record GrantBalance(OfferEntry grant, int used, int released, int expired) {

    public int remaining() {
        return grant.quantity - used + released - expired;
    }

    /** The days can be drawn on that day: on or after the grant's day and before it expires. */
    public boolean usableOn(LocalDate day) {
        return !day.isBefore(grant.effectiveOn) && (grant.expiresOn == null || day.isBefore(grant.expiresOn));
    }

    /** Its time is over on that day, whether or not the EXPIRY entry has been written yet. */
    public boolean lapsedBy(LocalDate day) {
        return grant.expiresOn != null && !day.isBefore(grant.expiresOn);
    }
}
