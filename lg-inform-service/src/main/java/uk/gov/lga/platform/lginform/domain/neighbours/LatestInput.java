package uk.gov.lga.platform.lginform.domain.neighbours;

import java.math.BigDecimal;

/** An English council's latest published value of one weighted metric: an input of the nearest-neighbours model. */
public record LatestInput(String council, String tier, String metric, String period, int revision, BigDecimal value) {
}
