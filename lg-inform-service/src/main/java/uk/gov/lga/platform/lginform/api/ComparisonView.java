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
@Schema(description = "A council's value of one metric for one period against its comparison group and England, "
        + "and its direction of travel.")
public record ComparisonView(
        @Schema(required = true) MetricRef metric,
        @Schema(description = "The period compared.", required = true, pattern = Formats.PERIOD,
                maxLength = Formats.PERIOD_LENGTH, examples = "2024/25") String period,
        @Schema(description = "The council's value; null when it published none.", nullable = true, examples = "183400")
        BigDecimal value,
        @Schema(required = true) Against group,
        @Schema(required = true) Against england,
        @Schema(required = true) Travel travel,
        @Schema(required = true) GeographyView geography) {

    /**
     * The period's own geography: the group and England are the councils that existed on at least one day from
     * {@code from} to {@code to} (for 2016/17, Cumbria and not Cumberland); without a period, today's.
     */
    @Schema(name = "ComparisonGeography", description = "The councils the group and England were made of: those that "
            + "existed on at least one day from from to to; without a period, today's.")
    public record GeographyView(
            @Schema(description = "The period whose councils were counted; null: today's councils", nullable = true,
                    pattern = Formats.PERIOD, maxLength = Formats.PERIOD_LENGTH, examples = "2016/17")
            String period,
            @Schema(description = "First day of the period", nullable = true, pattern = Formats.DATE, maxLength = 10, examples = "2016-04-01") LocalDate from,
            @Schema(description = "Last day of the period", nullable = true, pattern = Formats.DATE, maxLength = 10, examples = "2017-03-31") LocalDate to) {

        static GeographyView of(Geography g) {
            return new GeographyView(g.period(), g.from(), g.to());
        }
    }

    @Schema(name = "ComparisonMetric", description = "The metric compared.")
    public record MetricRef(
            @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                    maxLength = Formats.METRIC_ID_LENGTH, examples = "usable-reserves") String id,
            @Schema(description = "Its title.", required = true, maxLength = 200, examples = "Usable reserves") String title,
            @Schema(required = true) MetricUnit unit,
            @Schema(required = true) Metric.Polarity polarity,
            @Schema(required = true) PeriodType periodType) {
    }

    /**
     * A group's statistics and the council's place in it. {@code inGroup} is false when the council is
     * not a member (it is still placed, as if added); rank (1 best, ties share the best rank) and outOf
     * are null where polarity does not apply; quartile 1 is the best quarter (for NOT_APPLICABLE, the lowest).
     */
    @Schema(name = "ComparisonAgainst", description = "A group's statistics (of the values published for the period) "
            + "and the council's place in it; null statistics where the group has no value.")
    public record Against(
            @Schema(description = "The group's id; null when the reader may not see the group (a public dashboard's "
                    + "custom group).", nullable = true, pattern = Formats.GROUP_ID, maxLength = Formats.GROUP_ID_LENGTH,
                    examples = "all-england") String id,
            @Schema(description = "The group's name.", required = true, maxLength = 120, examples = "All English councils")
            String name,
            @Schema(description = "How many councils the group has.", required = true, minimum = "0", maximum = "1000", examples = "296")
            int members,
            @Schema(description = "Whether the council is a member (if not, it is placed as if added).", required = true)
            boolean inGroup,
            @Schema(description = "How many members have a value.", required = true, minimum = "0", maximum = "1000", examples = "290") int count,
            @Schema(description = "How many members have none.", required = true, minimum = "0", maximum = "1000", examples = "6") int missing,
            @Schema(nullable = true, examples = "1200") BigDecimal min,
            @Schema(nullable = true, examples = "21000") BigDecimal lowerQuartile,
            @Schema(nullable = true, examples = "38500") BigDecimal median,
            @Schema(nullable = true, examples = "61000") BigDecimal upperQuartile,
            @Schema(nullable = true, examples = "410000") BigDecimal max,
            @Schema(nullable = true, examples = "47250.5") BigDecimal mean,
            @Schema(description = "Median absolute deviation.", nullable = true, examples = "17000") BigDecimal mad,
            @Schema(description = "1 best by polarity (ties share the best rank); null where polarity does not apply.",
                    nullable = true, minimum = "1", maximum = "1000", examples = "12") Integer rank,
            @Schema(description = "Ranked among how many; null with rank.", nullable = true, minimum = "1", maximum = "1000",
                    examples = "290") Integer outOf,
            @Schema(description = "1 is the best quarter (for NOT_APPLICABLE, the lowest).", nullable = true,
                    minimum = "1", maximum = "4", examples = "1") Integer quartile,
            @Schema(description = "Distance from the median in MADs.", nullable = true, examples = "8.5") BigDecimal madDistance,
            @Schema(nullable = true) Band band,
            @Schema(description = "The band in words.", nullable = true, maxLength = 200,
                    examples = "Well above the group's typical range") String bandText) {

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

    @Schema(name = "ComparisonTravel", description = "The direction of travel since the previous period.")
    public record Travel(
            @Schema(description = "The previous period.", nullable = true, pattern = Formats.PERIOD,
                    maxLength = Formats.PERIOD_LENGTH, examples = "2023/24") String previousPeriod,
            @Schema(description = "The council's value then; null when none.", nullable = true, examples = "170000")
            BigDecimal previousValue,
            @Schema(description = "value minus previousValue.", nullable = true, examples = "13400") BigDecimal change,
            @Schema(nullable = true) DirectionOfTravel direction) {
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
    @Schema(name = "CouncilComparisons", description = "The comparisons asked for one council, one per metric.")
    public record ForCouncil(
            @Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE,
                    maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String gssCode,
            @Schema(description = "The council's name.", required = true, maxLength = 120, examples = "Leeds") String name,
            @Schema(description = "One per metric, in the order asked.", required = true,
                    maxItems = ComparisonResource.MAX_METRICS) List<ComparisonView> comparisons) {

        static ForCouncil of(List<Comparison> comparisons) {
            Council council = comparisons.get(0).council();
            return new ForCouncil(council.gssCode, council.name, comparisons.stream().map(ComparisonView::of).toList());
        }
    }
}
