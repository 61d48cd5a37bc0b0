package uk.gov.lga.platform.lginform.domain.politics;

import java.time.LocalDate;

/**
 * A council's political control as a platform admin records it: the controlling party or {@code NO_OVERALL_CONTROL},
 * the leader's party (null if not known), the day it took effect, and whether it is made up (demo data).
 */
public record NewControl(String control, String leaderParty, LocalDate effectiveFrom, boolean synthetic) {
}
