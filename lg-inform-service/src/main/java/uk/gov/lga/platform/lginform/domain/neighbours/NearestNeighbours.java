package uk.gov.lga.platform.lginform.domain.neighbours;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The nearest-neighbours model: for each council, the councils of its tier most like it on the weighted
 * contextual metrics, by weighted Euclidean distance over z-scores. Plain arithmetic, no database: the
 * caller supplies each council's latest inputs. The formulas are in the service README ("Nearest neighbours").
 */
public final class NearestNeighbours {

    /** A council the model compares: its tier and its inputs (metric id to value); a missing input is absent. */
    public record Candidate(String gssCode, String tier, Map<String, Double> inputs) {

        public Candidate {
            inputs = Map.copyOf(inputs);
        }
    }

    /**
     * One neighbour of a council; rank 1 is the nearest. {@code distance} is rebased so the farthest of the
     * council's neighbours is 1; {@code standardDistance} is the weighted distance in standard deviations.
     */
    public record Neighbour(int rank, String gssCode, double distance, double standardDistance,
                            List<Contribution> contributions) {

        public Neighbour {
            contributions = List.copyOf(contributions);
        }
    }

    /** A metric's share (0 to 1) of the squared distance between a council and one neighbour. */
    public record Contribution(String metric, double share) {
    }

    private final Map<String, Double> weights;
    private final int count;
    private final int contributions;

    /**
     * @param weights       metric id to weight (above zero); only these metrics are inputs
     * @param count         how many neighbours each council gets (at most)
     * @param contributions how many of the largest contributions each neighbour shows
     */
    public NearestNeighbours(Map<String, Double> weights, int count, int contributions) {
        if (weights.values().stream().anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException("every weight must be above zero: " + weights);
        }
        if (count < 1 || contributions < 0) {
            throw new IllegalArgumentException("count must be at least 1 and contributions at least 0");
        }
        this.weights = Map.copyOf(weights);
        this.count = count;
        this.contributions = contributions;
    }

    /** Each candidate's neighbours, nearest first; candidates are compared with their own tier only. */
    public Map<String, List<Neighbour>> compute(Collection<Candidate> candidates) {
        Map<String, List<Neighbour>> result = new TreeMap<>();
        candidates.stream().collect(Collectors.groupingBy(Candidate::tier))
                .values().forEach(tier -> result.putAll(withinTier(tier)));
        return result;
    }

    private Map<String, List<Neighbour>> withinTier(List<Candidate> tier) {
        Map<String, Map<String, Double>> z = standardise(tier);
        // The weight of every metric that can tell the tier's councils apart: a pair that shares fewer
        // inputs has its distance scaled up to this total, so missing data does not make councils look alike.
        double totalWeight = metricsInUse(z).stream().mapToDouble(weights::get).sum();
        Map<String, List<Neighbour>> result = new HashMap<>();
        for (Candidate council : tier) {
            Map<String, Double> own = z.get(council.gssCode());
            List<Pair> pairs = new ArrayList<>();
            for (Candidate other : tier) {
                if (!other.gssCode().equals(council.gssCode())) {
                    Pair pair = pair(other.gssCode(), own, z.get(other.gssCode()), totalWeight);
                    if (pair != null) {
                        pairs.add(pair);
                    }
                }
            }
            pairs.sort(Comparator.comparingDouble(Pair::distance).thenComparing(Pair::gssCode));
            List<Pair> nearest = pairs.subList(0, Math.min(count, pairs.size()));
            if (!nearest.isEmpty()) {
                double farthest = nearest.get(nearest.size() - 1).distance();
                List<Neighbour> neighbours = new ArrayList<>(nearest.size());
                for (int i = 0; i < nearest.size(); i++) {
                    Pair p = nearest.get(i);
                    neighbours.add(new Neighbour(i + 1, p.gssCode(), farthest == 0 ? 0 : p.distance() / farthest,
                            p.distance(), top(p)));
                }
                result.put(council.gssCode(), neighbours);
            }
        }
        return result;
    }

    /**
     * z-scores per metric over the tier's councils that have it: (x - mean) / sd, with the population sd.
     * A metric fewer than two councils have, or on which they all agree, cannot tell them apart and is left out.
     */
    private Map<String, Map<String, Double>> standardise(List<Candidate> tier) {
        Map<String, Map<String, Double>> z = new HashMap<>();
        tier.forEach(c -> z.put(c.gssCode(), new HashMap<>()));
        for (String metric : weights.keySet()) {
            List<Candidate> having = tier.stream().filter(c -> c.inputs().get(metric) != null).toList();
            if (having.size() < 2) {
                continue;
            }
            double mean = having.stream().mapToDouble(c -> c.inputs().get(metric)).average().orElseThrow();
            double sd = Math.sqrt(having.stream().mapToDouble(c -> square(c.inputs().get(metric) - mean)).sum() / having.size());
            if (sd > 0) {
                having.forEach(c -> z.get(c.gssCode()).put(metric, (c.inputs().get(metric) - mean) / sd));
            }
        }
        return z;
    }

    private static List<String> metricsInUse(Map<String, Map<String, Double>> z) {
        return z.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList();
    }

    /** The distance over the inputs both councils have, or null when they share none. */
    private Pair pair(String other, Map<String, Double> own, Map<String, Double> theirs, double totalWeight) {
        Map<String, Double> terms = new TreeMap<>();
        double sharedWeight = 0;
        for (Map.Entry<String, Double> input : own.entrySet()) {
            Double their = theirs.get(input.getKey());
            if (their != null) {
                double weight = weights.get(input.getKey());
                terms.put(input.getKey(), weight * square(input.getValue() - their));
                sharedWeight += weight;
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        double sum = terms.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Pair(other, Math.sqrt(totalWeight / sharedWeight * sum), terms, sum);
    }

    /** The metrics with the largest shares of the squared distance, ties by metric id; none for a distance of 0. */
    private List<Contribution> top(Pair pair) {
        if (pair.sum() == 0) {
            return List.of();
        }
        return pair.terms().entrySet().stream()
                .filter(t -> t.getValue() > 0)
                .map(t -> new Contribution(t.getKey(), t.getValue() / pair.sum()))
                .sorted(Comparator.comparingDouble(Contribution::share).reversed().thenComparing(Contribution::metric))
                .limit(contributions)
                .toList();
    }

    private static double square(double x) {
        return x * x;
    }

    private record Pair(String gssCode, double distance, Map<String, Double> terms, double sum) {
    }
}
