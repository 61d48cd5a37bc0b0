package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricUnit;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.comparison.Band;
import uk.gov.lga.platform.lginform.domain.comparison.Comparison;
import uk.gov.lga.platform.lginform.domain.comparison.DirectionOfTravel;
import uk.gov.lga.platform.lginform.domain.comparison.GroupStatistics;
import uk.gov.lga.platform.lginform.domain.comparison.Position;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.Geography;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A council's value of one metric for one period against its comparison group and against England,
 * and its direction of travel. Missing values are null and counted in {@code missing}; see the README
 * for the formulas. {@code geography} says which councils the group and England were made of.
 */
public record ComparisonView(MetricRef metric, String period, BigDecimal value, Against group, Against england,
                             Travel travel, GeographyView geography) {

    /**
     * The period's own geography: the group and England are the councils that existed on at least one day from
     * {@code from} to {@code to} (for 2016/17, Cumbria and not Cumberland); without a period, today's.
     */
    public record GeographyView(
            @Schema(description = "The period whose councils were counted; null: today's councils", examples = "2016/17")
            String period,
            @Schema(description = "First day of the period", examples = "2016-04-01") LocalDate from,
            @Schema(description = "Last day of the period", examples = "2017-03-31") LocalDate to) {

        static GeographyView of(Geography g) {
            return new GeographyView(g.period(), g.from(), g.to());
        }
    }

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

    /** Shown to a reader who may not see the group itself (a public dashboard's custom group): no id, no private name. */
    static final String UNNAMED_GROUP = "The dashboard's comparison group";

    /** This comparison with its group's id and name withheld: its members' statistics only. */
    ComparisonView withGroupUnnamed() {
        Against g = group;
        Against unnamed = new Against(null, UNNAMED_GROUP, g.members(), g.inGroup(), g.count(), g.missing(), g.min(),
                g.lowerQuartile(), g.median(), g.upperQuartile(), g.max(), g.mean(), g.mad(), g.rank(), g.outOf(), g.quartile(),
                g.madDistance(), g.band(), g.bandText());
        return new ComparisonView(metric, period, value, unnamed, england, travel, geography);
    }

    static ComparisonView of(Comparison c) {
        Metric m = c.metric();
        Comparison.Travel t = c.travel();
        return new ComparisonView(new MetricRef(m.id, m.title, m.unit, m.polarity, m.periodType), c.period(),
                Decimals.plain(c.value()), Against.of(c.group()), Against.of(c.england()),
                new Travel(t.previousPeriod(), Decimals.plain(t.previousValue()), Decimals.plain(t.change()), t.direction()),
                GeographyView.of(c.geography()));
    }

    /** The comparisons asked for one council, one per metric. */
    public record ForCouncil(String gssCode, String name, List<ComparisonView> comparisons) {

        static ForCouncil of(List<Comparison> comparisons) {
            Council council = comparisons.get(0).council();
            return new ForCouncil(council.gssCode, council.name, comparisons.stream().map(ComparisonView::of).toList());
        }
    }
}
