package uk.gov.lga.platform.lginform.api;

import java.math.BigDecimal;

/** Numbers as people write them: no trailing zeros after the point and never an exponent (12.5, not 12.5000 or 1.25E+1). */
final class Decimals {

    private Decimals() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
