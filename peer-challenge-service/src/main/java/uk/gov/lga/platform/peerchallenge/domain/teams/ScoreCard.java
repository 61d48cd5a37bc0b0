package uk.gov.lga.platform.peerchallenge.domain.teams;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One seat's score: its parts, every {@link ScorePart} present (0 where it earns nothing), and what it newly covers. */
public record ScoreCard(Map<ScorePart, Integer> parts, List<String> covers) {

    public ScoreCard {
        EnumMap<ScorePart, Integer> all = new EnumMap<>(ScorePart.class);
        for (ScorePart part : ScorePart.values()) {
            all.put(part, parts.getOrDefault(part, 0));
        }
        parts = Collections.unmodifiableMap(all);
        covers = List.copyOf(covers);
    }

    public int total() {
        return parts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int part(ScorePart part) {
        return parts.get(part);
    }
}
