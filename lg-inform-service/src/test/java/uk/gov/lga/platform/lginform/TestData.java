package uk.gov.lga.platform.lginform;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import uk.gov.lga.platform.lginform.domain.DataReturnService;
import uk.gov.lga.platform.lginform.domain.Metric;
import uk.gov.lga.platform.lginform.domain.MetricCatalogue;
import uk.gov.lga.platform.lginform.domain.MetricDefinition;
import uk.gov.lga.platform.lginform.domain.MetricUnit;
import uk.gov.lga.platform.lginform.domain.PeriodType;
import uk.gov.lga.platform.lginform.domain.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.ReturnedValues;
import uk.gov.lga.platform.lginform.domain.ValueStatus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Published data for tests that must know every value of a metric (comparisons, dashboards). The
 * test database lives for the whole run, so such tests use metrics of their own that no seed data
 * and no other test touches.
 */
public final class TestData {

    private TestData() {
    }

    /** A metric for one test class alone; created once, whatever the order tests run in. */
    public static void metric(String id, Metric.Polarity polarity, PeriodType periodType) {
        MetricCatalogue catalogue = Arc.container().instance(MetricCatalogue.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            if (catalogue.find(id).isEmpty()) {
                catalogue.create(new MetricDefinition(id, "Test metric " + id, null, Metric.MetricFamily.OUTCOME,
                        MetricUnit.SCORE, polarity, periodType, "tests", null, null, BigDecimal.ZERO, new BigDecimal("1000"), false));
            }
        });
    }

    /** Publishes values as a national dataset; {@code councilsAndValues} alternates GSS code and value. */
    public static void publish(String metric, String period, String... councilsAndValues) {
        List<ReturnedValue> values = new ArrayList<>();
        for (int i = 0; i < councilsAndValues.length; i += 2) {
            values.add(new ReturnedValue("values[" + i / 2 + "]", councilsAndValues[i], metric, period,
                    new BigDecimal(councilsAndValues[i + 1]), ValueStatus.FINAL, null));
        }
        Arc.container().instance(DataReturnService.class).get().submitNational(ReturnedValues.of(values), "admin");
    }
}
