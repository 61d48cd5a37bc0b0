package uk.gov.lga.platform.lginform.domain.earlysight;

import uk.gov.lga.platform.lginform.domain.groups.GroupId;

import java.math.BigDecimal;
import java.time.Instant;

/** A value of an early-sight return not yet released, with the group it is shared with and its release date. */
public record EarlyValue(String councilCode, String councilName, String metric, String period, BigDecimal value,
                         String status, int revision, String note, GroupId group, Instant releaseAt) {
}
