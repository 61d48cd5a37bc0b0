package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.values.PublishedValue;

import java.math.BigDecimal;
import java.time.Instant;

/** A published value as JSON readers get it. */
public record ValueView(String councilCode, String councilName, String metric, String period, BigDecimal value,
                        String status, int revision, Instant publishedAt, String note) {

    static ValueView of(PublishedValue v) {
        return new ValueView(v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(), v.revision(),
                v.publishedAt(), v.note());
    }

    /** A change in the open-data feed: the value as it now stands, with its place in the feed. */
    public record Change(long changeSeq, String councilCode, String councilName, String metric, String period,
                         BigDecimal value, String status, int revision, Instant publishedAt, String note) {

        static Change of(PublishedValue v) {
            return new Change(v.changeSeq(), v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(),
                    v.revision(), v.publishedAt(), v.note());
        }
    }
}
