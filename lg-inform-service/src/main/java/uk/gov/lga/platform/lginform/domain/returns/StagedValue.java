package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.lginform.domain.values.ValueStatus;

import java.math.BigDecimal;

/** A validated value on its way into a return, before it is numbered. */
public record StagedValue(long dataReturnId, String council, String metric, String period, BigDecimal value,
                          ValueStatus status, String note) {
}
