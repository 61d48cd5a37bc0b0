package uk.gov.lga.platform.lginform.domain.dashboards;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.Council;
import uk.gov.lga.platform.lginform.domain.CouncilRegister;
import uk.gov.lga.platform.lginform.domain.Metric;
import uk.gov.lga.platform.lginform.domain.MetricCatalogue;
import uk.gov.lga.platform.lginform.domain.comparison.Comparison;
import uk.gov.lga.platform.lginform.domain.comparison.ComparisonService;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroup;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroups;
import uk.gov.lga.platform.lginform.persistence.ComparedValues;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Dashboards: kept by their council's officers, read in one call with every metric's comparison and trend. */
@ApplicationScoped
public class Dashboards {

    /** How many periods a trend shows, ending at the metric's latest. */
    static final int TREND_PERIODS = 5;

    @Inject
    CouncilRegister councils;

    @Inject
    MetricCatalogue catalogue;

    @Inject
    ComparisonGroups groups;

    @Inject
    ComparisonService comparisons;

    @Inject
    ComparedValues values;

    Clock clock = Clock.systemUTC();

    /**
     * Who may see private dashboards: every one ({@code allPrivate}, LGA advisers and administrators),
     * or those of the reader's own council (a council officer), or none (anyone else).
     */
    public record Visibility(boolean allPrivate, String ownCouncil) {

        public boolean sees(Dashboard d) {
            return d.isPublic || allPrivate || d.councilCode.equals(ownCouncil);
        }
    }

    /** One metric of a dashboard: its comparison at the latest period and the council's trend up to it. */
    public record Panel(Comparison comparison, List<TrendPoint> trend) {
    }

    /** The council's value for one period; null where it has none. */
    public record TrendPoint(String period, BigDecimal value) {
    }

    public Optional<Dashboard> find(long id) {
        return Optional.ofNullable(Dashboard.findById(id));
    }

    /** The dashboards the reader may see (of one council, if given), ordered by id, starting after the cursor. */
    public List<Dashboard> list(String councilCode, Visibility visibility, Long after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (!visibility.allPrivate()) {
            where.add(visibility.ownCouncil() == null ? "isPublic = true" : "(isPublic = true or councilCode = :own)");
            if (visibility.ownCouncil() != null) {
                params.and("own", visibility.ownCouncil());
            }
        }
        if (councilCode != null) {
            where.add("councilCode = :council");
            params.and("council", councilCode);
        }
        if (after != null) {
            where.add("id > :after");
            params.and("after", after);
        }
        return Dashboard.<Dashboard>find(String.join(" and ", where), Sort.by("id"), params.map()).page(0, limit).list();
    }

    @Transactional
    public Dashboard create(DashboardDefinition definition, String createdBy) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (councils.find(definition.councilCode()).isEmpty()) {
            errors.add(new Problem.FieldError("councilCode", "unknown council '" + definition.councilCode() + "'"));
        }
        check(definition, errors);
        Dashboard d = new Dashboard();
        d.councilCode = definition.councilCode();
        d.createdBy = createdBy;
        d.createdAt = Instant.now(clock);
        apply(definition, d);
        d.persist();
        return d;
    }

    /** Replaces name, metrics, visibility and group; the council stays. */
    @Transactional
    public Dashboard update(long id, DashboardDefinition definition) {
        Dashboard d = Dashboard.<Dashboard>findByIdOptional(id).orElseThrow(() -> notFound(id));
        List<Problem.FieldError> errors = new ArrayList<>();
        if (definition.councilCode() != null && !definition.councilCode().equals(d.councilCode)) {
            errors.add(new Problem.FieldError("councilCode", "must be " + d.councilCode + ": a dashboard stays with its council"));
        }
        check(definition, errors);
        apply(definition, d);
        return d;
    }

    @Transactional
    public void delete(long id) {
        if (!Dashboard.deleteById(id)) {
            throw notFound(id);
        }
    }

    /** Every metric at its own latest period, against the dashboard's group and England. */
    @Transactional
    public List<Panel> panels(Dashboard d) {
        Council council = councils.require(d.councilCode);
        ComparisonGroup group = groups.require(d.comparisonGroup);
        ComparisonGroup england = comparisons.england(group);
        return d.metrics.stream().map(catalogue::require).map(metric -> {
            String latest = comparisons.latestPeriod(metric);
            return new Panel(comparisons.compare(council, metric, latest, group, england), trend(council, metric, latest));
        }).toList();
    }

    /** The council's values for the {@value #TREND_PERIODS} periods ending at {@code latest}, oldest first; gaps stay as nulls. */
    private List<TrendPoint> trend(Council council, Metric metric, String latest) {
        if (latest == null) {
            return List.of();
        }
        LinkedList<String> periods = new LinkedList<>();
        for (String p = latest; periods.size() < TREND_PERIODS; p = metric.periodType.previous(p)) {
            periods.addFirst(p);
        }
        Map<String, BigDecimal> found = values.ofPeriods(metric.id, council.gssCode, periods);
        return periods.stream().map(p -> new TrendPoint(p, found.get(p))).toList();
    }

    private void check(DashboardDefinition definition, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < definition.metrics().size(); i++) {
            String metric = definition.metrics().get(i);
            if (catalogue.find(metric).isEmpty()) {
                errors.add(new Problem.FieldError("metrics[" + i + "]", "unknown metric '" + metric + "'"));
            } else if (!seen.add(metric)) {
                errors.add(new Problem.FieldError("metrics[" + i + "]", "metric '" + metric + "' appears more than once"));
            }
        }
        if (groups.find(definition.groupOrDefault()).isEmpty()) {
            errors.add(new Problem.FieldError("comparisonGroup", "unknown comparison group '" + definition.groupOrDefault() + "'"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The dashboard was not accepted: " + errors.size() + " problem(s) found.", errors);
        }
    }

    private void apply(DashboardDefinition definition, Dashboard d) {
        d.name = definition.name();
        d.metrics.clear();
        d.metrics.addAll(definition.metrics());
        d.isPublic = definition.shownToEveryone();
        d.comparisonGroup = definition.groupOrDefault();
        d.updatedAt = Instant.now(clock);
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("No dashboard has the id " + id + ".");
    }
}
