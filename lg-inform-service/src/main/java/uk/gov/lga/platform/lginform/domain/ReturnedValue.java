package uk.gov.lga.platform.lginform.domain;

import java.math.BigDecimal;

/** A value as submitted, before it is checked against the catalogue. {@code period} defaults to the return's. */
public record ReturnedValue(String metric, String period, BigDecimal value) {
}
