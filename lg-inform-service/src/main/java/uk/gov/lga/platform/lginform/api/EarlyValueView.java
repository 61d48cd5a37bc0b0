package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.earlysight.EarlyValue;

import java.math.BigDecimal;
import java.time.Instant;

/** An early-sight value not yet released: {@code group} is the custom group it is shared with until {@code releaseAt}. */
@Schema(name = "EarlyValue")
public record EarlyValueView(String councilCode, String councilName, String metric, String period, BigDecimal value,
                             String status, int revision, String note, String group, Instant releaseAt) {

    static EarlyValueView of(EarlyValue v) {
        return new EarlyValueView(v.councilCode(), v.councilName(), v.metric(), v.period(), v.value(), v.status(),
                v.revision(), v.note(), v.group().toString(), v.releaseAt());
    }
}
