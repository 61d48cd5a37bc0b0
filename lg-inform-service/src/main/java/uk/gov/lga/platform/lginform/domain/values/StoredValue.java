package uk.gov.lga.platform.lginform.domain.values;

import java.math.BigDecimal;

/** A value as stored, with the revision it was given and the return that carried it. */
public record StoredValue(long dataReturnId, String council, String metric, String period, int revision, BigDecimal value,
                          ValueStatus status, String note) {
}
