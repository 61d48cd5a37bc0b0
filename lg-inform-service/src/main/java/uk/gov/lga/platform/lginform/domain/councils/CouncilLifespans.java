package uk.gov.lga.platform.lginform.domain.councils;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The life of every council of the register, from the source's dates, normalised (README, "The register across
 * time"):
 * <ul>
 *   <li>An abolished council's life ends on its LAST day. The source gives either that day ({@code 2019-03-31}) or
 *   its successor's first day ({@code 2023-04-01}); which one is decided against the successors' start dates: an
 *   end on the day the earliest successor starts becomes the day before. Any other end date is an error in the
 *   reference data, and the register refuses to load.</li>
 *   <li>A start date is used only for a successor of an abolished council (East Suffolk 2019-04-01, Cumberland
 *   2023-04-01, Somerset West and Taunton 2019-04-01). The source's other start dates are not the councils' real
 *   beginnings (York 2005-06-18, Leeds 2005-06-08), so those lives are open at the start.</li>
 * </ul>
 */
public final class CouncilLifespans {

    private CouncilLifespans() {
    }

    /** An abolished council as the source gives it: start and end as written there, successors by GSS code. */
    public record Abolished(String gssCode, LocalDate start, LocalDate end, List<String> successors) {

        public Abolished {
            successors = List.copyOf(successors);
        }
    }

    /**
     * The lifespan of each council that has a known start or end, by GSS code (any other council's life is open at
     * both ends). {@code currentStarts} are the source's start dates of current councils.
     */
    public static Map<String, Lifespan> of(List<Abolished> abolished, Map<String, LocalDate> currentStarts) {
        Set<String> successors = new LinkedHashSet<>();
        abolished.forEach(a -> successors.addAll(a.successors()));
        Map<String, LocalDate> startOf = new HashMap<>();
        for (String successor : successors) {
            LocalDate start = currentStarts.get(successor);
            if (start == null) {
                start = abolished.stream().filter(a -> a.gssCode().equals(successor)).map(Abolished::start)
                        .filter(Objects::nonNull).findFirst().orElse(null);
            }
            if (start != null) {
                startOf.put(successor, start);
            }
        }
        Map<String, Lifespan> lives = new HashMap<>();
        startOf.forEach((code, start) -> lives.put(code, new Lifespan(start, null)));
        for (Abolished a : abolished) {
            lives.put(a.gssCode(), new Lifespan(startOf.get(a.gssCode()), lastDay(a, startOf)));
        }
        return lives;
    }

    /** The end date as the last day of the council's life, checked against the start of its earliest successor. */
    static LocalDate lastDay(Abolished council, Map<String, LocalDate> startOf) {
        if (council.end() == null) {
            throw new IllegalStateException("abolished council " + council.gssCode() + " has no end date");
        }
        LocalDate successorStarts = council.successors().stream().map(startOf::get).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (successorStarts == null || council.end().plusDays(1).equals(successorStarts)) {
            return council.end();
        }
        if (council.end().equals(successorStarts)) {
            return council.end().minusDays(1);
        }
        throw new IllegalStateException("abolished council " + council.gssCode() + " ends on " + council.end()
                + ", which is neither the day before nor the day its successor starts (" + successorStarts + ")");
    }
}
