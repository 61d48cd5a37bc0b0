package uk.gov.lga.platform.lginform.domain.dashboards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.comparison.Comparison;
import uk.gov.lga.platform.lginform.domain.comparison.ComparisonService;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroupService;
import uk.gov.lga.platform.lginform.domain.series.ComparableSum;
import uk.gov.lga.platform.lginform.domain.series.Series;
import uk.gov.lga.platform.lginform.domain.series.SeriesService;
import uk.gov.lga.platform.lginform.persistence.ComparisonRepository;
import uk.gov.lga.platform.lginform.persistence.DashboardRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dashboards: kept by their council's officers (and platform admins), read in one call with every metric's
 * comparison and trend. A private one is seen only by its council's officers, LGA advisers and platform
 * admins; to anyone else it does not exist (404), so its existence is not given away.
 */
@ApplicationScoped
public class DashboardService {

    /** How many periods a trend shows, ending at the metric's latest. */
    static final int TREND_PERIODS = 5;

    private final CouncilService councils;
    private final MetricService catalogue;
    private final ComparisonGroupService groups;
    private final ComparisonService comparisons;
    private final ComparisonRepository values;
    private final DashboardRepository repository;
    private final SeriesService series;
    private final Clock clock;

    @Inject
    public DashboardService(CouncilService councils, MetricService catalogue, ComparisonGroupService groups,
                            ComparisonService comparisons, ComparisonRepository values, DashboardRepository repository,
                            SeriesService series, Clock clock) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.groups = groups;
        this.comparisons = comparisons;
        this.values = values;
        this.repository = repository;
        this.series = series;
        this.clock = clock;
    }

    /**
     * One metric of a dashboard: its comparison at the latest period and the council's trend up to it; with its
     * predecessors, the day its own series starts and the period that falls in (the break), else null.
     */
    public record Panel(Comparison comparison, List<TrendPoint> trend, LocalDate breakOn, String breakPeriod) {

        public Panel(Comparison comparison, List<TrendPoint> trend) {
            this(comparison, trend, null, null);
        }
    }

    /**
     * The council's value for one period (null where it has none); asked for, its predecessors' values for the
     * period and, for an additive metric before the council existed, their comparable sum (or why there is none).
     */
    public record TrendPoint(String period, BigDecimal value, List<Series.PredecessorValue> predecessors,
                             ComparableSum.Result comparable) {

        public TrendPoint(String period, BigDecimal value) {
            this(period, value, List.of(), null);
        }
    }

    /** The dashboard, if the reader may see it; 404 otherwise, as for an unknown id. */
    public Dashboard require(long id, Caller reader) {
        return Dashboard.<Dashboard>findByIdOptional(id).filter(d -> sees(reader, d)).orElseThrow(() -> notFound(id));
    }

    /** The dashboards the reader may see (of one council, if given), ordered by id, starting after the cursor. */
    public List<Dashboard> list(String councilCode, Caller reader, Long after, int limit) {
        return repository.list(councilCode, readsEveryPrivate(reader),
                reader.councilOfOfficer().map(GssCode::value).orElse(null), after, limit);
    }

    /** Creates a dashboard for the creator's own council: 403 for anyone but its officers. */
    @Transactional
    public Dashboard create(DashboardDefinition definition, Caller creator) {
        String council = definition.councilCode();
        if (!GssCode.isValid(council) || !creator.isOfficerOf(GssCode.of(council))) {
            throw ProblemException.forbidden("A council officer may create dashboards for their own council only.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (councils.find(council).isEmpty()) {
            errors.add(new Problem.FieldError("councilCode", "unknown council '" + council + "'"));
        }
        check(definition, creator, errors);
        Dashboard d = new Dashboard();
        d.councilCode = council;
        d.createdBy = creator.name();
        d.createdAt = Instant.now(clock);
        apply(definition, d);
        d.persist();
        return d;
    }

    /** Replaces name, metrics, visibility and group; the council stays. */
    @Transactional
    public Dashboard update(long id, DashboardDefinition definition, Caller editor) {
        Dashboard d = editable(id, editor);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (definition.councilCode() != null && !definition.councilCode().equals(d.councilCode)) {
            errors.add(new Problem.FieldError("councilCode", "must be " + d.councilCode + ": a dashboard stays with its council"));
        }
        check(definition, editor, errors);
        apply(definition, d);
        return d;
    }

    @Transactional
    public void delete(long id, Caller editor) {
        editable(id, editor).delete();
    }

    /** Every metric at its own latest period, against the dashboard's group (as the reader may see it) and England. */
    @Transactional
    public List<Panel> panels(Dashboard d, Caller reader) {
        return panels(d, reader, false);
    }

    /**
     * As {@link #panels(Dashboard, Caller)}, each comparison in its period's geography; with {@code predecessors},
     * each trend point also shows the council's predecessors' values and, for an additive metric, their sum.
     */
    @Transactional
    public List<Panel> panels(Dashboard d, Caller reader, boolean predecessors) {
        Council council = councils.require(d.councilCode);
        Caller viewer = showsGroupTo(d, reader) ? reader : dashboardsOwnView(d);
        groups.require(d.comparisonGroup, viewer);
        return d.metrics.stream().map(catalogue::require).map(metric -> {
            String latest = comparisons.latestPeriod(metric);
            Comparison comparison = comparisons.compare(council, metric, latest, d.comparisonGroup, viewer);
            if (!predecessors || latest == null) {
                return new Panel(comparison, trend(council, metric, latest));
            }
            Series series = this.series.of(council, metric, trendPeriods(metric, latest), true);
            return new Panel(comparison, series.points().stream().map(p -> new TrendPoint(p.period(), p.value(),
                    p.predecessors(), p.comparable())).toList(), series.breakOn(), series.breakPeriod());
        }).toList();
    }

    /**
     * Whether the reader may see the dashboard's comparison group in its own right (a custom group is seen only by those
     * it is shared with). Whoever may read a dashboard reads its comparisons all the same ({@link #dashboardsOwnView}),
     * but a group they may not see is shown to them without its name and id.
     */
    public boolean showsGroupTo(Dashboard d, Caller reader) {
        return groups.find(d.comparisonGroup, reader).isPresent();
    }

    /**
     * The dashboard reads its own comparison group, whoever reads the dashboard: its council chose the group and, by
     * making the dashboard public (or readable by advisers), published the comparison against it.
     */
    private static Caller dashboardsOwnView(Dashboard d) {
        return Caller.user("dashboard:" + d.id, null, null, Set.of(Roles.PLATFORM_ADMIN));
    }

    /** Public dashboards for everyone; private ones for their council's officers, LGA advisers and platform admins. */
    private static boolean sees(Caller reader, Dashboard d) {
        return d.isPublic || readsEveryPrivate(reader) || reader.isOfficerOf(d.gss());
    }

    private static boolean readsEveryPrivate(Caller reader) {
        return reader.hasAnyRole(Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN);
    }

    /** A dashboard its council's officers or a platform admin may change: 404 for those who cannot see it, else 403. */
    private static Dashboard editable(long id, Caller editor) {
        Dashboard d = Dashboard.<Dashboard>findByIdOptional(id).filter(found -> sees(editor, found))
                .orElseThrow(() -> notFound(id));
        editor.requireActsFor(d.gss(), Roles.PLATFORM_ADMIN);
        return d;
    }

    /** The council's values for the {@value #TREND_PERIODS} periods ending at {@code latest}, oldest first; gaps stay as nulls. */
    private List<TrendPoint> trend(Council council, Metric metric, String latest) {
        if (latest == null) {
            return List.of();
        }
        List<String> periods = trendPeriods(metric, latest);
        Map<String, BigDecimal> found = values.ofPeriods(metric.id, council.gssCode, periods);
        return periods.stream().map(p -> new TrendPoint(p, found.get(p))).toList();
    }

    private static List<String> trendPeriods(Metric metric, String latest) {
        LinkedList<String> periods = new LinkedList<>();
        for (String p = latest; periods.size() < TREND_PERIODS; p = metric.periodType.previous(p)) {
            periods.addFirst(p);
        }
        return periods;
    }

    private void check(DashboardDefinition definition, Caller caller, List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < definition.metrics().size(); i++) {
            String metric = definition.metrics().get(i);
            if (catalogue.find(metric).isEmpty()) {
                errors.add(new Problem.FieldError("metrics[" + i + "]", "unknown metric '" + metric + "'"));
            } else if (!seen.add(metric)) {
                errors.add(new Problem.FieldError("metrics[" + i + "]", "metric '" + metric + "' appears more than once"));
            }
        }
        if (groups.find(definition.groupOrDefault(), caller).isEmpty()) {
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
