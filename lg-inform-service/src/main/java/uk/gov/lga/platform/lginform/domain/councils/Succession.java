package uk.gov.lga.platform.lginform.domain.councils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who replaced whom in the register: each abolished council's successors by GSS code, and the reverse. A council
 * may have predecessors that had their own (Somerset replaced Somerset West and Taunton, which had replaced Taunton
 * Deane and West Somerset): {@link #allPredecessorsOf} follows them back.
 */
public record Succession(Map<String, List<String>> successors, Map<String, List<String>> predecessors) {

    public static final Succession NONE = of(Map.of());

    public Succession {
        successors = copy(successors);
        predecessors = copy(predecessors);
    }

    /** From each predecessor's successors; the predecessors of each successor follow, in GSS code order. */
    public static Succession of(Map<String, List<String>> successorsOf) {
        Map<String, List<String>> predecessors = new TreeMap<>();
        successorsOf.forEach((predecessor, successors) -> successors.forEach(successor ->
                predecessors.computeIfAbsent(successor, s -> new ArrayList<>()).add(predecessor)));
        predecessors.values().forEach(list -> list.sort(null));
        return new Succession(successorsOf, predecessors);
    }

    public List<String> successorsOf(String gssCode) {
        return successors.getOrDefault(gssCode, List.of());
    }

    public List<String> predecessorsOf(String gssCode) {
        return predecessors.getOrDefault(gssCode, List.of());
    }

    /** The council's predecessors, theirs, and so on: the nearest first, each once. */
    public List<String> allPredecessorsOf(String gssCode) {
        Set<String> found = new LinkedHashSet<>();
        List<String> next = predecessorsOf(gssCode);
        while (!next.isEmpty()) {
            List<String> further = new ArrayList<>();
            for (String p : next) {
                if (found.add(p)) {
                    further.addAll(predecessorsOf(p));
                }
            }
            next = further;
        }
        return List.copyOf(found);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> map) {
        Map<String, List<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }
}
