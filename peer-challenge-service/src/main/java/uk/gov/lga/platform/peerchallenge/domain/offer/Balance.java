package uk.gov.lga.platform.peerchallenge.domain.offer;

import java.time.LocalDate;

/**
 * An entitlement's numbers, worked out from ledger entries: {@code available = granted - used + released - expired}.
 *
 * @param granted   challenges, places or days granted
 * @param used      drawn on (every use, including those later released)
 * @param released  uses given back (a cancelled challenge)
 * @param expired   granted days whose time ran out unused
 * @param available what can still be drawn on today
 * @param expiresOn the first day the earliest of the available days can no longer be used; null when none expire
 */
public record Balance(int granted, int used, int released, int expired, int available, LocalDate expiresOn) {
}
