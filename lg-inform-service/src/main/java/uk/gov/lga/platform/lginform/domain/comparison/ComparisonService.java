package uk.gov.lga.platform.lginform.domain.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodWindow;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.councils.Geography;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroup;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroupService;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.values.PublishedValueService;
import uk.gov.lga.platform.lginform.persistence.ComparisonRepository;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a council's published values with a group and with England. Reads one query per metric
 * and period for all the councils involved, one for the council's previous value, and leaves the
 * arithmetic to {@link GroupStatistics}, {@link Banding} and {@link DirectionOfTravel}.
 */
@ApplicationScoped
public class ComparisonService {

    /** Asks for each metric's latest period ({@link PeriodWindow}). */
    public static final String LATEST = "latest";

    private final CouncilService councils;
    private final MetricService catalogue;
    private final ComparisonGroupService groups;
    private final ComparisonRepository values;
    private final PublishedValueService published;

    @Inject
    public ComparisonService(CouncilService councils, MetricService catalogue, ComparisonGroupService groups,
                             ComparisonRepository values, PublishedValueService published) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.groups = groups;
        this.values = values;
        this.published = published;
    }

    /**
     * One comparison per metric, in the order asked; {@code period} is a period of every metric's type, or
     * {@link #LATEST}. The group is resolved as the caller may see it (a custom group only by those it is shared with),
     * in each comparison's period's geography.
     */
    @Transactional
    public List<Comparison> compare(String councilCode, List<String> metricIds, String period, String groupId, Caller caller) {
        Council council = councils.require(councilCode);
        List<Metric> metrics = metricIds.stream().map(catalogue::require).toList();
        groups.require(groupId, caller);
        boolean latest = LATEST.equals(period);
        if (!latest) {
            requireFits(metrics, period);
        }
        return metrics.stream()
                .map(m -> compare(council, m, latest ? latestPeriod(m) : period, groupId, caller))
                .toList();
    }

    /** The metric's latest period ({@link PeriodWindow}); null if it has none. */
    public String latestPeriod(Metric metric) {
        return published.newestPeriods(metric, 1).stream().findFirst().orElse(null);
    }

    /** All England in the same geography, taken from the group itself when that is what it is. */
    ComparisonGroup england(ComparisonGroup group, Geography geography) {
        return GroupId.ALL_ENGLAND.equals(group.id()) ? group : groups.allEngland(geography);
    }

    /**
     * The comparison for one metric and period (null: the metric has no published value, so all are missing), in
     * the period's own geography: the group (as the caller may see it) and England are the councils that existed
     * during the period; without a period, today's.
     */
    public Comparison compare(Council council, Metric metric, String period, String groupId, Caller caller) {
        Geography geography = period == null ? Geography.on(councils.today()) : Geography.of(metric.periodType, period);
        ComparisonGroup group = groups.require(groupId, caller, geography);
        ComparisonGroup england = england(group, geography);
        Map<String, BigDecimal> found = period == null ? Map.of() : values.ofCouncils(metric.id, period, involved(council, group, england));
        BigDecimal value = found.get(council.gssCode);
        Comparison.Against inGroup = against(found, value, council, group, metric);
        Comparison.Against inEngland = england == group ? inGroup : against(found, value, council, england, metric);
        if (period == null) {
            return new Comparison(metric, council, null, null, inGroup, inEngland, new Comparison.Travel(null, null, null, null),
                    geography);
        }
        String previous = metric.periodType.previous(period);
        BigDecimal previousValue = values.ofPeriods(metric.id, council.gssCode, List.of(previous)).get(previous);
        return new Comparison(metric, council, period, value, inGroup, inEngland,
                Comparison.Travel.of(previous, previousValue, value, metric.polarity), geography);
    }

    private static Set<String> involved(Council council, ComparisonGroup group, ComparisonGroup england) {
        Set<String> codes = new HashSet<>(group.members());
        codes.addAll(england.members());
        codes.add(council.gssCode);
        return codes;
    }

    private static Comparison.Against against(Map<String, BigDecimal> found, BigDecimal value, Council council,
                                              ComparisonGroup group, Metric metric) {
        GroupStatistics statistics = GroupStatistics.of(group.members().stream().map(found::get).toList());
        return new Comparison.Against(group, statistics,
                Position.of(value, group.members().contains(council.gssCode), statistics, metric.polarity));
    }

    private static void requireFits(List<Metric> metrics, String period) {
        List<Problem.FieldError> errors = metrics.stream()
                .filter(m -> !m.periodType.accepts(period))
                .map(m -> new Problem.FieldError("period", "'" + period + "' is neither latest nor "
                        + m.periodType.example() + " as metric '" + m.id + "' needs"))
                .toList();
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The period does not fit every metric asked for.", errors);
        }
    }
}
