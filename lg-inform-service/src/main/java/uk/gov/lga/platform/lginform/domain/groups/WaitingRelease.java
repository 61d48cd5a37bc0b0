package uk.gov.lga.platform.lginform.domain.groups;

import java.time.Instant;

/** An early-sight return shared through a custom group that waits for its release date: the group must stay until then. */
public record WaitingRelease(long dataReturn, String council, Instant releaseAt) {
}
