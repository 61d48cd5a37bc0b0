package uk.gov.lga.platform.lginform.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.MetricFamily;
import uk.gov.lga.platform.support.ids.MetricId;

import java.util.List;

/** The metric catalogue's queries. */
@ApplicationScoped
public class MetricRepository {

    /** Metrics matching the filters (each optional), ordered by id, starting after the cursor. */
    public List<Metric> list(MetricFamily family, Boolean discontinued, MetricId after, int limit) {
        Conditions where = Conditions.all()
                .add("family = :family", "family", family)
                .add("discontinued = :discontinued", "discontinued", discontinued)
                .add("id > :after", "after", after == null ? null : after.value());
        return Metric.<Metric>find(where.text(), Sort.by("id"), where.parameters()).page(0, limit).list();
    }
}
