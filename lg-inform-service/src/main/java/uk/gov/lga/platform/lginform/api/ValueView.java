package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.values.PublishedValue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A published value as JSON readers get it, at the precision it was published with. {@code predecessorOf} is set
 * only on a value read with {@code predecessors=true} whose council is a predecessor of one asked for.
 */
public record ValueView(String councilCode, String councilName, String metric, String period, BigDecimal value,
                        String status, int revision, Instant publishedAt, String note,
                        @JsonInclude(JsonInclude.Include.NON_NULL)
                        @Schema(description = "Set on a predecessor's value when asked with predecessors=true: the GSS code "
                                + "of the successor asked for, whose series this value continues backwards",
                                examples = "E06000065") String predecessorOf) {

    static ValueView of(PublishedValue v) {
        return of(v, null);
    }

    static ValueView of(PublishedValue v, String predecessorOf) {
        return new ValueView(v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(), v.revision(),
                v.publishedAt(), v.note(), predecessorOf);
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
