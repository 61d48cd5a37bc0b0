package uk.gov.lga.platform.lginform.domain.series;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.councils.Council;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A council's values of one metric over time, oldest first; with its predecessors, the values they published for
 * the periods they existed in, and (for an additive metric) their sum as a comparable value where the council did
 * not yet exist. {@code breakOn} is the first day of the council's own series when it replaced others (null if it
 * has no predecessors or its start is not known), {@code breakPeriod} the period it falls in.
 */
public record Series(Council council, Metric metric, LocalDate breakOn, String breakPeriod, List<Point> points) {

    public Series {
        points = List.copyOf(points);
    }

    /** One period: the council's own value (null where none) and, asked for, its predecessors'. */
    public record Point(String period, BigDecimal value, List<PredecessorValue> predecessors, ComparableSum.Result comparable) {

        public Point {
            predecessors = List.copyOf(predecessors);
        }
    }

    /** A predecessor's published value for the period (null where it published none). */
    public record PredecessorValue(String predecessor, String name, BigDecimal value) {
    }
}
