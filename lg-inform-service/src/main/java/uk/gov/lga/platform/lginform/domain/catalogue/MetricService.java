package uk.gov.lga.platform.lginform.domain.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.MetricFamily;
import uk.gov.lga.platform.lginform.persistence.ComparisonRepository;
import uk.gov.lga.platform.lginform.persistence.MetricRepository;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The metric catalogue: read by everyone, kept by platform administrators. */
@ApplicationScoped
public class MetricService {

    private static final String PRIMARY_KEY = "metric_pkey";

    private final EntityManager em;
    private final MetricRepository repository;
    private final ComparisonRepository values;

    @Inject
    public MetricService(EntityManager em, MetricRepository repository, ComparisonRepository values) {
        this.em = em;
        this.repository = repository;
        this.values = values;
    }

    public Optional<Metric> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(Metric.findById(id));
    }

    public Metric require(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("No metric has the id '" + id + "'."));
    }

    /** Metrics matching the filters (each optional), ordered by id, starting after the cursor. */
    public List<Metric> list(MetricFamily family, Boolean discontinued, MetricId after, int limit) {
        return repository.list(family, discontinued, after, limit);
    }

    /** Every metric, by id. */
    public Map<String, Metric> all() {
        return Metric.<Metric>streamAll().collect(Collectors.toMap(m -> m.id, m -> m));
    }

    @Transactional
    public Metric create(MetricDefinition definition) {
        if (find(definition.id()).isPresent()) {
            throw duplicate(definition.id());
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        checkParentAndRange(definition.id(), definition, errors);
        reject(errors);
        Metric metric = new Metric();
        metric.id = definition.id();
        apply(definition, metric);
        try {
            metric.persist();
            em.flush();
        } catch (ConstraintViolationException e) {
            // Another administrator created the same id between our check and our insert.
            if (PRIMARY_KEY.equals(e.getConstraintName())) {
                throw duplicate(definition.id());
            }
            throw e;
        }
        return metric;
    }

    /** Replaces every field but the id. The period type is fixed once values exist: their periods are written in it. */
    @Transactional
    public Metric update(String id, MetricDefinition definition) {
        Metric metric = require(id);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (definition.id() != null && !definition.id().equals(id)) {
            errors.add(new Problem.FieldError("id", "must be '" + id + "' as in the path: a metric's id cannot change"));
        }
        if (definition.periodType() != metric.periodType && values.latestPeriod(id).isPresent()) {
            errors.add(new Problem.FieldError("periodType", "cannot change from " + metric.periodType
                    + ": metric '" + id + "' already has published values"));
        }
        checkParentAndRange(id, definition, errors);
        reject(errors);
        apply(definition, metric);
        return metric;
    }

    private void checkParentAndRange(String id, MetricDefinition definition, List<Problem.FieldError> errors) {
        String parent = definition.parentId();
        if (parent != null) {
            if (parent.equals(id)) {
                errors.add(new Problem.FieldError("parentId", "cannot be the metric itself"));
            } else if (find(parent).isEmpty()) {
                errors.add(new Problem.FieldError("parentId", "unknown metric '" + parent + "'"));
            } else if (isBeneath(parent, id)) {
                errors.add(new Problem.FieldError("parentId", "would make a cycle: '" + parent + "' is a drill-down of '" + id + "'"));
            }
        }
        if (definition.minValue() != null && definition.maxValue() != null
                && definition.minValue().compareTo(definition.maxValue()) > 0) {
            errors.add(new Problem.FieldError("minValue", "must not be greater than maxValue"));
        }
    }

    /** True if {@code ancestor} is {@code metric} or one of its parents, grandparents and so on. */
    private boolean isBeneath(String metric, String ancestor) {
        Set<String> seen = new HashSet<>();
        for (String at = metric; at != null && seen.add(at); at = find(at).map(m -> m.parentId).orElse(null)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static void apply(MetricDefinition d, Metric m) {
        m.title = d.title();
        m.description = d.description();
        m.family = d.family();
        m.unit = d.unit();
        m.polarity = d.polarity();
        m.periodType = d.periodType();
        m.source = d.source();
        m.qualityNote = d.qualityNote();
        m.parentId = d.parentId();
        m.minValue = d.minValue();
        m.maxValue = d.maxValue();
        m.discontinued = d.discontinued();
        m.additivity = d.additivityOrNone();
        m.forecasts = d.forecastsOrNone();
    }

    private static void reject(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The metric was not accepted: " + errors.size() + " problem(s) found.", errors);
        }
    }

    private static ProblemException duplicate(String id) {
        return ProblemException.conflict("A metric with the id '" + id + "' already exists.");
    }
}
