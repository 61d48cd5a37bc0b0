package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricUnit;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.comparison.Band;
import uk.gov.lga.platform.lginform.domain.comparison.Comparison;
import uk.gov.lga.platform.lginform.domain.comparison.DirectionOfTravel;
import uk.gov.lga.platform.lginform.domain.comparison.GroupStatistics;
import uk.gov.lga.platform.lginform.domain.comparison.Position;
import uk.gov.lga.platform.lginform.domain.councils.Council;

import java.math.BigDecimal;
import java.util.List;

/**
 * A council's value of one metric for one period against its comparison group and against England,
 * and its direction of travel. Missing values are null and counted in {@code missing}; see the README
 * for the formulas.
 */
public record ComparisonView(MetricRef metric, String period, BigDecimal value, Against group, Against england,
                             Travel travel) {

    public record MetricRef(String id, String title, MetricUnit unit, Metric.Polarity polarity, PeriodType periodType) {
    }

    /**
     * A group's statistics and the council's place in it. {@code inGroup} is false when the council is
     * not a member (it is still placed, as if added); rank (1 best, ties share the best rank) and outOf
     * are null where polarity does not apply; quartile 1 is the best quarter (for NOT_APPLICABLE, the lowest).
     */
    public record Against(String id, String name, int members, boolean inGroup, int count, int missing,
                          BigDecimal min, BigDecimal lowerQuartile, BigDecimal median, BigDecimal upperQuartile,
                          BigDecimal max, BigDecimal mean, BigDecimal mad, Integer rank, Integer outOf, Integer quartile,
                          BigDecimal madDistance, Band band, String bandText) {

        static Against of(Comparison.Against a) {
            GroupStatistics s = a.statistics();
            Position p = a.position();
            return new Against(a.group().id().toString(), a.group().name(), a.group().members().size(), p.member(), s.count(),
                    s.missing(), Decimals.plain(s.min()), Decimals.plain(s.lowerQuartile()), Decimals.plain(s.median()),
                    Decimals.plain(s.upperQuartile()), Decimals.plain(s.max()), Decimals.plain(s.mean()),
                    Decimals.plain(s.mad()), p.rank(), p.outOf(), p.quartile(), Decimals.plain(p.madDistance()), p.band(),
                    p.band() == null ? null : p.band().words());
        }
    }

    public record Travel(String previousPeriod, BigDecimal previousValue, BigDecimal change, DirectionOfTravel direction) {
    }

    static ComparisonView of(Comparison c) {
        Metric m = c.metric();
        Comparison.Travel t = c.travel();
        return new ComparisonView(new MetricRef(m.id, m.title, m.unit, m.polarity, m.periodType), c.period(),
                Decimals.plain(c.value()), Against.of(c.group()), Against.of(c.england()),
                new Travel(t.previousPeriod(), Decimals.plain(t.previousValue()), Decimals.plain(t.change()), t.direction()));
    }

    /** The comparisons asked for one council, one per metric. */
    public record ForCouncil(String gssCode, String name, List<ComparisonView> comparisons) {

        static ForCouncil of(List<Comparison> comparisons) {
            Council council = comparisons.get(0).council();
            return new ForCouncil(council.gssCode, council.name, comparisons.stream().map(ComparisonView::of).toList());
        }
    }
}
