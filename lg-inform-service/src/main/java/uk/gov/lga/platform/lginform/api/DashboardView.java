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

    /** One metric: its latest value and comparison, and the council's values over the last five periods (oldest first). */
    public record Panel(ComparisonView comparison, List<TrendPoint> trend) {
    }

    public record TrendPoint(String period, BigDecimal value) {
    }

    static DashboardView of(Dashboard d) {
        return of(d, null);
    }

    static DashboardView withPanels(Dashboard d, List<DashboardService.Panel> panels) {
        return of(d, panels.stream().map(p -> new Panel(ComparisonView.of(p.comparison()),
                p.trend().stream().map(t -> new TrendPoint(t.period(), Decimals.plain(t.value()))).toList())).toList());
    }

    private static DashboardView of(Dashboard d, List<Panel> panels) {
        return new DashboardView(d.id, d.name, d.councilCode, List.copyOf(d.metrics), d.isPublic, d.comparisonGroup,
                d.createdBy, d.createdAt, d.updatedAt, panels);
    }
}
