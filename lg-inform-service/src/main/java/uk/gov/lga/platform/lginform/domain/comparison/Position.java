package uk.gov.lga.platform.lginform.domain.comparison;

import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;

import java.math.BigDecimal;

/**
 * Where a council's value stands in a group. {@code member} says whether the council belongs to the
 * group; a council outside it is still placed, as if its value were added ({@code outOf} then counts
 * it). Everything but {@code member} is null when the council has no value or the group has none;
 * rank and outOf are null where polarity does not apply.
 */
public record Position(boolean member, Integer rank, Integer outOf, Integer quartile, BigDecimal madDistance, Band band) {

    public static Position of(BigDecimal value, boolean member, GroupStatistics stats, Polarity polarity) {
        if (value == null || stats.isEmpty()) {
            return new Position(member, null, null, null, null, null);
        }
        Integer rank = stats.rank(value, polarity);
        return new Position(member, rank, rank == null ? null : stats.count() + (member ? 0 : 1),
                stats.quartile(value, polarity), Banding.madDistance(value, stats.median(), stats.mad()),
                Banding.band(value, stats.median(), stats.mad(), polarity));
    }
}
