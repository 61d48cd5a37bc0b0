package uk.gov.lga.platform.lginform.domain.series;

import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a successor's value for a period before it existed can be given as the sum of its predecessors' values,
 * and which ones (README, "Series across a reorganisation"). Pure: never a silent sum.
 * <ul>
 *   <li>{@link Additivity#NONE} (rates, shares, prices): never summed.</li>
 *   <li>{@link Additivity#COUNCIL_TOTAL}: every predecessor that existed in the period adds its own figure; each must
 *   have become wholly part of this successor (Cumbria's reserves, split between two successors, cannot be shared
 *   out, so Cumberland gets no sum).</li>
 *   <li>{@link Additivity#AREA_COUNT}: one layer that covers the area once: the districts and unitaries, or else the
 *   counties with the predecessors outside them; never a county with its own districts (the same people twice).
 *   Every council of the layer must have become wholly part of this successor.</li>
 * </ul>
 * A layer is summed only when every one of its councils has a value; otherwise the answer says who is missing.
 */
public final class ComparableSum {

    /** How a comparable value was made. */
    public enum Method {
        /** Every predecessor's own figure (COUNCIL_TOTAL). */
        ALL_PREDECESSORS,
        /** The districts and unitaries among the predecessors (AREA_COUNT). */
        DISTRICTS_AND_UNITARIES,
        /** The counties among the predecessors with those outside them (AREA_COUNT). */
        COUNTIES_AND_UNITARIES
    }

    /**
     * A predecessor that existed in the period: whether it is a county, the county of a district, whether it became
     * wholly part of the successor (directly or through councils in between), and its value (null: none published).
     */
    public record Part(String gssCode, boolean county, String countyGssCode, boolean whollyWithin, BigDecimal value) {
    }

    /** A sum and what it was made of; or, when there is none, why ({@code value} and {@code method} null). */
    public record Result(BigDecimal value, Method method, List<String> summedFrom, String reason) {

        static Result of(Method method, List<Part> parts) {
            return new Result(parts.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add), method,
                    parts.stream().map(Part::gssCode).toList(), null);
        }

        static Result none(String reason) {
            return new Result(null, null, List.of(), reason);
        }

        public boolean summed() {
            return value != null;
        }
    }

    private ComparableSum() {
    }

    public static Result of(Additivity additivity, List<Part> parts) {
        if (!additivity.adds()) {
            return Result.none("the metric is not additive: rates, shares and prices are never summed");
        }
        if (parts.isEmpty()) {
            return Result.none("no predecessor existed in the period");
        }
        if (additivity == Additivity.COUNCIL_TOTAL) {
            return layer(Method.ALL_PREDECESSORS, parts);
        }
        List<Part> lower = parts.stream().filter(p -> !p.county()).toList();
        Set<String> counties = parts.stream().filter(Part::county).map(Part::gssCode).collect(Collectors.toSet());
        List<Part> upper = parts.stream().filter(p -> p.county() || !counties.contains(p.countyGssCode())).toList();
        Result districts = lower.isEmpty() ? null : layer(Method.DISTRICTS_AND_UNITARIES, lower);
        if (districts != null && districts.summed()) {
            return districts;
        }
        Result upperLayer = upper.equals(lower) ? null : layer(Method.COUNTIES_AND_UNITARIES, upper);
        if (upperLayer != null && upperLayer.summed()) {
            return upperLayer;
        }
        return Result.none(Objects.requireNonNullElse(districts, upperLayer).reason()
                + (districts != null && upperLayer != null ? "; " + upperLayer.reason() : ""));
    }

    private static Result layer(Method method, List<Part> parts) {
        List<String> split = parts.stream().filter(p -> !p.whollyWithin()).map(Part::gssCode).toList();
        if (!split.isEmpty()) {
            return Result.none(String.join(", ", split) + " became part of more than one successor, so "
                    + (split.size() == 1 ? "its figure" : "their figures") + " cannot be shared out");
        }
        List<String> missing = parts.stream().filter(p -> p.value() == null).map(Part::gssCode).toList();
        if (!missing.isEmpty()) {
            return Result.none("no published value of " + String.join(", ", missing));
        }
        return Result.of(method, parts);
    }
}
