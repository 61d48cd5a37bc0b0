package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.dashboards.Dashboard;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardDefinition;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardService;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A dashboard. {@code panels} (one per metric, in the dashboard's order) is filled only when one
 * dashboard is read, and left out of lists and of the answers to changes.
 */
@Schema(description = "A dashboard; panels only when one dashboard is read.")
public record DashboardView(
        @Schema(description = "The dashboard's id.", required = true, minimum = "1", maximum = Formats.MAX_LONG,
                examples = "7") long id,
        @Schema(description = "Its name.", required = true, maxLength = 120, examples = "Finance at a glance") String name,
        @Schema(description = "Its council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String councilCode,
        @Schema(description = "Its metrics, in order.", required = true, type = SchemaType.ARRAY,
                maxItems = DashboardDefinition.MAX_METRICS, implementation = DashboardDefinition.MetricIdText.class)
        List<String> metrics,
        @Schema(description = "Whether anyone may read it.", required = true) @JsonProperty("public") boolean isPublic,
        @Schema(description = "The group it compares with; null when the reader may not see the group.", nullable = true,
                pattern = Formats.GROUP_ID, maxLength = Formats.GROUP_ID_LENGTH, examples = "all-england")
        String comparisonGroup,
        @Schema(description = "Who made it.", required = true, pattern = Formats.CALLER_NAME,
                maxLength = Formats.CALLER_NAME_LENGTH, examples = "officer.leeds") String createdBy,
        @Schema(description = "When it was made.", required = true, examples = "2025-03-01T10:00:00Z") Instant createdAt,
        @Schema(description = "When it last changed.", required = true, examples = "2025-03-02T11:00:00Z") Instant updatedAt,
        @Schema(description = "One per metric, in the dashboard's order: only when one dashboard is read.",
                maxItems = DashboardDefinition.MAX_METRICS)
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Panel> panels) {

    /**
     * One metric: its latest value and comparison, and the council's values over the last five periods (oldest first);
     * read with predecessors=true, where the council's own series starts after its predecessors'.
     */
    @Schema(name = "DashboardPanel", description = "One metric: its latest comparison and the council's last five periods.")
    public record Panel(@Schema(required = true) ComparisonView comparison,
                        @Schema(description = "Oldest first.", required = true, maxItems = 5) List<TrendPoint> trend,
                        @Schema(description = "Where the council's own series starts; absent without predecessors.")
                        @JsonInclude(JsonInclude.Include.NON_NULL) SeriesView.Break seriesBreak) {
    }

    /**
     * The council's value for one period; read with predecessors=true, also its predecessors' values (marked with
     * their GSS codes) and, for an additive metric before the council existed, their comparable sum.
     */
    @Schema(name = "TrendPoint", description = "The council's value for one period (with predecessors=true, also its "
            + "predecessors' values and their comparable sum).")
    public record TrendPoint(@Schema(description = "The period.", required = true, pattern = Formats.PERIOD,
                                     maxLength = Formats.PERIOD_LENGTH, examples = "2024/25") String period,
                             @Schema(description = "null where it has none.", nullable = true, examples = "183400")
                             BigDecimal value,
                             @Schema(description = "Its predecessors' values.", maxItems = SeriesView.MAX_PREDECESSORS)
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
