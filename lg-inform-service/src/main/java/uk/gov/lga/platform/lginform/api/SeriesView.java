package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.series.ComparableSum;
import uk.gov.lga.platform.lginform.domain.series.Series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A council's series of one metric, oldest period first. With its predecessors: each point lists their values
 * (each marked with the predecessor's GSS code), and for an additive metric, before the council existed, their sum
 * as a comparable value marked with how it was made; {@code seriesBreak} marks where the council's own series starts.
 */
@Schema(description = "A council's series of one metric, oldest period first.")
public record SeriesView(@Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                                 maxLength = Formats.GSS_CODE_LENGTH, examples = "E06000065") String gssCode,
                         @Schema(description = "The council's name.", required = true, maxLength = 120,
                                 examples = "North Yorkshire") String name,
                         @Schema(required = true) MetricRef metric,
                         @Schema(description = "Where the council's own series starts, after its predecessors'; null "
                                 + "without predecessors (or predecessors not asked for)", nullable = true) Break seriesBreak,
                         @Schema(description = "Oldest first: at most one per period of the metric's type.",
                                 required = true, maxItems = MAX_POINTS) List<Point> points) {

    /** Quarters from 1990 to 2100: more periods than any series has. */
    static final int MAX_POINTS = 500;
    /** More councils than any reorganisation has merged (a county and its seven districts at most so far). */
    static final int MAX_PREDECESSORS = 50;

    @Schema(name = "SeriesMetric", description = "The metric of the series.")
    public record MetricRef(@Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                                    maxLength = Formats.METRIC_ID_LENGTH, examples = "population") String id,
                            @Schema(description = "Its title.", required = true, maxLength = 200,
                                    examples = "Resident population") String title,
                            @Schema(required = true) PeriodType periodType,
                            @Schema(description = "Whether predecessors' values may be summed", examples = "AREA_COUNT")
                            Additivity additivity) {
    }

    @Schema(name = "SeriesBreak", description = "Where the council's own series starts, after its predecessors'.")
    public record Break(@Schema(description = "The council's first day", required = true, examples = "2023-04-01") LocalDate on,
                        @Schema(description = "The first period of its own series", required = true, pattern = Formats.PERIOD,
                                maxLength = Formats.PERIOD_LENGTH, examples = "2023/24") String period) {

        static Break of(LocalDate on, String period) {
            return on == null ? null : new Break(on, period);
        }
    }

    /** One period of the series. */
    @Schema(name = "SeriesPoint", description = "One period of the series.")
    public record Point(@Schema(description = "The period.", required = true, pattern = Formats.PERIOD,
                                maxLength = Formats.PERIOD_LENGTH, examples = "2022/23") String period,
                        @Schema(description = "The council's own published value, as published; null where none",
                                nullable = true, examples = "26.335086811") BigDecimal value,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY)
                        @Schema(description = "Its predecessors that existed in the period, with their values",
                                maxItems = MAX_PREDECESSORS)
                        List<PredecessorValue> predecessors,
                        @JsonInclude(JsonInclude.Include.NON_NULL)
                        @Schema(description = "Before the council existed: its predecessors' values summed into a "
                                + "comparable figure (additive metrics only), or why there is none")
                        ComparableValue comparable) {

        static Point of(Series.Point p) {
            return new Point(p.period(), p.value(), SeriesView.predecessors(p.predecessors()), ComparableValue.of(p.comparable()));
        }
    }

    /** A predecessor's own published value for the period. */
    @Schema(name = "PredecessorValue", description = "A predecessor's own published value for the period.")
    public record PredecessorValue(@Schema(description = "The predecessor's GSS code", required = true,
                                           pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH,
                                           examples = "E10000023") String predecessor,
                                   @Schema(description = "Its name.", required = true, maxLength = 120,
                                           examples = "North Yorkshire") String name,
                                   @Schema(description = "null where it published none", nullable = true,
                                           examples = "602300") BigDecimal value) {
    }

    /** A comparable figure made from predecessors' values: never the council's own, and marked as such. */
    @Schema(name = "ComparableValue", description = "A comparable figure made from predecessors' values: never the "
            + "council's own, and marked as such.")
    public record ComparableValue(
            @Schema(description = "The sum; null when the predecessors' values cannot be summed", nullable = true,
                    examples = "615491")
            BigDecimal value,
            @Schema(description = "ALL_PREDECESSORS, DISTRICTS_AND_UNITARIES or COUNTIES_AND_UNITARIES; null without a sum",
                    nullable = true, pattern = Formats.UPPER_NAME, maxLength = Formats.UPPER_NAME_LENGTH)
            ComparableSum.Method method,
            @Schema(description = "The predecessors whose values were added", required = true, type = SchemaType.ARRAY,
                    maxItems = MAX_PREDECESSORS, implementation = Formats.GssCodeItem.class)
            List<String> summedFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Why there is no sum", maxLength = 500, examples = "no published value of E07000163")
            String reason) {

        static ComparableValue of(ComparableSum.Result r) {
            return r == null ? null : new ComparableValue(r.value(), r.method(), r.summedFrom(), r.reason());
        }
    }

    static List<PredecessorValue> predecessors(List<Series.PredecessorValue> values) {
        return values.stream().map(v -> new PredecessorValue(v.predecessor(), v.name(), v.value())).toList();
    }

    static SeriesView of(Series s) {
        return new SeriesView(s.council().gssCode, s.council().name, new MetricRef(s.metric().id, s.metric().title,
                s.metric().periodType, s.metric().additivity), Break.of(s.breakOn(), s.breakPeriod()),
                s.points().stream().map(Point::of).toList());
    }
}
