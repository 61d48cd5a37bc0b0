package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
public record SeriesView(@Schema(examples = "E06000065") String gssCode, @Schema(examples = "North Yorkshire") String name,
                         MetricRef metric,
                         @Schema(description = "Where the council's own series starts, after its predecessors'; null "
                                 + "without predecessors (or predecessors not asked for)") Break seriesBreak,
                         List<Point> points) {

    public record MetricRef(@Schema(examples = "population") String id, String title, PeriodType periodType,
                            @Schema(description = "Whether predecessors' values may be summed", examples = "AREA_COUNT")
                            Additivity additivity) {
    }

    public record Break(@Schema(description = "The council's first day", examples = "2023-04-01") LocalDate on,
                        @Schema(description = "The first period of its own series", examples = "2023/24") String period) {

        static Break of(LocalDate on, String period) {
            return on == null ? null : new Break(on, period);
        }
    }

    /** One period of the series. */
    public record Point(@Schema(examples = "2022/23") String period,
                        @Schema(description = "The council's own published value, as published; null where none",
                                examples = "26.335086811") BigDecimal value,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY)
                        @Schema(description = "Its predecessors that existed in the period, with their values")
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
    public record PredecessorValue(@Schema(description = "The predecessor's GSS code", examples = "E10000023") String predecessor,
                                   @Schema(examples = "North Yorkshire") String name,
                                   @Schema(description = "null where it published none", examples = "602300") BigDecimal value) {
    }

    /** A comparable figure made from predecessors' values: never the council's own, and marked as such. */
    public record ComparableValue(
            @Schema(description = "The sum; null when the predecessors' values cannot be summed", examples = "615491")
            BigDecimal value,
            @Schema(description = "ALL_PREDECESSORS, DISTRICTS_AND_UNITARIES or COUNTIES_AND_UNITARIES") ComparableSum.Method method,
            @Schema(description = "The predecessors whose values were added") List<String> summedFrom,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Why there is no sum", examples = "no published value of E07000163") String reason) {

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
