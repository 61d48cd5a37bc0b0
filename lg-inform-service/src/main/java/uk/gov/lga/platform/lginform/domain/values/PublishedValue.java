package uk.gov.lga.platform.lginform.domain.values;

import java.math.BigDecimal;
import java.time.Instant;

/** A published value as readers see it. */
public record PublishedValue(String metric, String period, String councilCode, String councilName, BigDecimal value,
                             String status, int revision, Instant publishedAt, String note, long changeSeq) {
}
