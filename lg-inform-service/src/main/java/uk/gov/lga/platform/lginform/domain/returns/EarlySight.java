package uk.gov.lga.platform.lginform.domain.returns;

import java.time.Instant;

/** A return shared only with a custom group (its councils and named clubs) until it is released. */
public record EarlySight(long groupId, Instant releaseAt) {
}
