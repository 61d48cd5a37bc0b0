package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import uk.gov.lga.platform.lginform.domain.dashboards.Dashboard;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A dashboard. {@code panels} (one per metric, in the dashboard's order) is filled only when one
 * dashboard is read, and left out of lists and of the answers to changes.
 */
public record DashboardView(long id, String name, String councilCode, List<String> metrics,
                            @JsonProperty("public") boolean isPublic, String comparisonGroup, String createdBy,
                            Instant createdAt, Instant updatedAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) List<Panel> panels) {

    /**
     * One metric: its latest value and comparison, and the council's values over the last five periods (oldest first);
     * read with predecessors=true, where the council's own series starts after its predecessors'.
     */
    public record Panel(ComparisonView comparison, List<TrendPoint> trend,
                        @JsonInclude(JsonInclude.Include.NON_NULL) SeriesView.Break seriesBreak) {
    }

    /**
     * The council's value for one period; read with predecessors=true, also its predecessors' values (marked with
     * their GSS codes) and, for an additive metric before the council existed, their comparable sum.
     */
    public record TrendPoint(String period, BigDecimal value,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SeriesView.PredecessorValue> predecessors,
                             @JsonInclude(JsonInclude.Include.NON_NULL) SeriesView.ComparableValue comparable) {
    }

    static DashboardView of(Dashboard d) {
        return of(d, null);
    }

    /**
     * As {@link #of(Dashboard)}; for a reader who may not see the dashboard's custom group, without the group's id
     * (its comparisons name it only as the dashboard's comparison group).
     */
    static DashboardView of(Dashboard d, boolean groupShown) {
        DashboardView view = of(d, null);
        return groupShown ? view : view.withoutGroupId();
    }

    static DashboardView withPanels(Dashboard d, List<DashboardService.Panel> panels, boolean groupShown) {
        DashboardView view = withPanels(d, panels);
        if (groupShown) {
            return view;
        }
        return new DashboardView(view.id, view.name, view.councilCode, view.metrics, view.isPublic, null, view.createdBy,
                view.createdAt, view.updatedAt, view.panels.stream().map(p -> new Panel(p.comparison().withGroupUnnamed(),
                p.trend(), p.seriesBreak())).toList());
    }

    private DashboardView withoutGroupId() {
        return new DashboardView(id, name, councilCode, metrics, isPublic, null, createdBy, createdAt, updatedAt, panels);
    }

    static DashboardView withPanels(Dashboard d, List<DashboardService.Panel> panels) {
        return of(d, panels.stream().map(p -> new Panel(ComparisonView.of(p.comparison()),
                p.trend().stream().map(t -> new TrendPoint(t.period(), Decimals.plain(t.value()),
                        SeriesView.predecessors(t.predecessors()), SeriesView.ComparableValue.of(t.comparable()))).toList(),
                SeriesView.Break.of(p.breakOn(), p.breakPeriod()))).toList());
    }

    private static DashboardView of(Dashboard d, List<Panel> panels) {
        return new DashboardView(d.id, d.name, d.councilCode, List.copyOf(d.metrics), d.isPublic, d.comparisonGroup,
                d.createdBy, d.createdAt, d.updatedAt, panels);
    }
}
