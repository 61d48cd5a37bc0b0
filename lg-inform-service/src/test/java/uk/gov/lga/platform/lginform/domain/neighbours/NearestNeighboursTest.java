package uk.gov.lga.platform.lginform.domain.neighbours;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Hand-worked examples. The values of each metric are chosen with mean 0 and standard deviation 1 where
 * possible, so the z-scores equal the values and every distance can be checked on paper.
 */
class NearestNeighboursTest {

    static final String LOWER = "lower tier";
    static final String A = "E07000001";
    static final String B = "E07000002";
    static final String C = "E07000003";
    static final String D = "E07000004";
    static final String E = "E07000005";

    /** density weighs 4, income 1. A sits at (-1, -1), B (-1, 1), C (1, -1), D (1, 1). */
    static final Map<String, Double> WEIGHTS = Map.of("density", 4.0, "income", 1.0);
    static final List<NearestNeighbours.Candidate> SQUARE = List.of(
            candidate(A, LOWER, Map.of("density", -1.0, "income", -1.0)),
            candidate(B, LOWER, Map.of("density", -1.0, "income", 1.0)),
            candidate(C, LOWER, Map.of("density", 1.0, "income", -1.0)),
            candidate(D, LOWER, Map.of("density", 1.0, "income", 1.0)));

    @Test
    void neighboursComeNearestFirstWithTheFarthestRebasedToOne() {
        // From A: B differs in income only, d² = 1 * 2² = 4; C in density only, d² = 4 * 2² = 16; D in both, d² = 20.
        List<NearestNeighbours.Neighbour> neighbours = new NearestNeighbours(WEIGHTS, 15, 3).compute(SQUARE).get(A);

        assertThat(neighbours).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(B, C, D);
        assertThat(neighbours).extracting(NearestNeighbours.Neighbour::rank).containsExactly(1, 2, 3);
        assertThat(neighbours.get(0).standardDistance()).isCloseTo(2.0, within(1e-9));
        assertThat(neighbours.get(1).standardDistance()).isCloseTo(4.0, within(1e-9));
        assertThat(neighbours.get(2).standardDistance()).isCloseTo(Math.sqrt(20), within(1e-9));
        assertThat(neighbours.get(0).distance()).isCloseTo(2 / Math.sqrt(20), within(1e-9));
        assertThat(neighbours.get(1).distance()).isCloseTo(4 / Math.sqrt(20), within(1e-9));
        assertThat(neighbours.get(2).distance()).isEqualTo(1.0);
    }

    @Test
    void onlyTheCountNearestAreKeptAndTheFarthestOfThoseIsOne() {
        List<NearestNeighbours.Neighbour> neighbours = new NearestNeighbours(WEIGHTS, 2, 3).compute(SQUARE).get(A);

        assertThat(neighbours).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(B, C);
        assertThat(neighbours.get(0).distance()).isCloseTo(0.5, within(1e-9));
        assertThat(neighbours.get(1).distance()).isEqualTo(1.0);
    }

    @Test
    void eachNeighbourShowsTheShareOfTheSquaredDistanceEachMetricMakes() {
        NearestNeighbours.Neighbour d = new NearestNeighbours(WEIGHTS, 15, 3).compute(SQUARE).get(A).get(2);

        // d² = 16 (density) + 4 (income)
        assertThat(d.contributions()).hasSize(2);
        assertThat(d.contributions().get(0).metric()).isEqualTo("density");
        assertThat(d.contributions().get(0).share()).isCloseTo(0.8, within(1e-9));
        assertThat(d.contributions().get(1).metric()).isEqualTo("income");
        assertThat(d.contributions().get(1).share()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void onlyTheLargestContributionsAreShownAndAMetricThatAddsNothingIsNot() {
        Map<String, List<NearestNeighbours.Neighbour>> result = new NearestNeighbours(WEIGHTS, 15, 1).compute(SQUARE);

        assertThat(result.get(A).get(2).contributions()).extracting(NearestNeighbours.Contribution::metric)
                .containsExactly("density");
        assertThat(result.get(A).get(0).contributions()).extracting(NearestNeighbours.Contribution::metric)
                .as("B and A have the same density").containsExactly("income");
    }

    @Test
    void equalDistancesAreOrderedByGssCode() {
        // B at +1 and C at -1 are equally far from A at 0.
        List<NearestNeighbours.Candidate> line = List.of(
                candidate(A, LOWER, Map.of("density", 0.0)),
                candidate(C, LOWER, Map.of("density", 1.0)),
                candidate(B, LOWER, Map.of("density", -1.0)));

        List<NearestNeighbours.Neighbour> neighbours = new NearestNeighbours(WEIGHTS, 15, 3).compute(line).get(A);

        assertThat(neighbours).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(B, C);
        assertThat(neighbours.get(0).standardDistance()).isEqualTo(neighbours.get(1).standardDistance());
    }

    @Test
    void councilsAreComparedWithinTheirTierOnly() {
        List<NearestNeighbours.Candidate> candidates = List.of(
                candidate(A, LOWER, Map.of("density", 0.0)),
                candidate(B, "unitary", Map.of("density", 0.0)),
                candidate(C, LOWER, Map.of("density", 5.0)),
                candidate(D, "unitary", Map.of("density", 5.0)));

        Map<String, List<NearestNeighbours.Neighbour>> result = new NearestNeighbours(WEIGHTS, 15, 3).compute(candidates);

        assertThat(result.get(A)).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(C);
        assertThat(result.get(B)).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(D);
    }

    @Test
    void aCouncilMissingAnInputIsComparedOnTheInputsBothHaveScaledUpToTheFullWeight() {
        // density: A -1, B 1, C -1, D 1 (mean 0, sd 1). income: A -1, B 1, C 1, D -1, E 0 (mean 0, sd √0.8).
        // E has no density: d²(A, E) = (2 / 1) * (1 / √0.8)² = 2.5, where without scaling it would be 1.25.
        // d²(A, D) = 2² = 4; d²(A, C) = (2 / √0.8)² = 5; d²(A, B) = 4 + 5 = 9.
        Map<String, Double> equal = Map.of("density", 1.0, "income", 1.0);
        List<NearestNeighbours.Candidate> candidates = List.of(
                candidate(A, LOWER, Map.of("density", -1.0, "income", -1.0)),
                candidate(B, LOWER, Map.of("density", 1.0, "income", 1.0)),
                candidate(C, LOWER, Map.of("density", -1.0, "income", 1.0)),
                candidate(D, LOWER, Map.of("density", 1.0, "income", -1.0)),
                candidate(E, LOWER, Map.of("income", 0.0)));

        List<NearestNeighbours.Neighbour> neighbours = new NearestNeighbours(equal, 15, 3).compute(candidates).get(A);

        assertThat(neighbours).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(E, D, C, B);
        double[] expected = {Math.sqrt(2.5), 2.0, Math.sqrt(5), 3.0};
        for (int i = 0; i < expected.length; i++) {
            assertThat(neighbours.get(i).standardDistance()).isCloseTo(expected[i], within(1e-9));
        }
        assertThat(neighbours.get(0).contributions()).extracting(NearestNeighbours.Contribution::metric)
                .containsExactly("income");
    }

    @Test
    void aMetricOnWhichAllAgreeOrThatOnlyOneCouncilHasIsLeftOut() {
        Map<String, Double> weights = Map.of("density", 4.0, "income", 1.0, "rurality", 9.0, "imd", 9.0);
        List<NearestNeighbours.Candidate> withMore = SQUARE.stream()
                .map(c -> candidate(c.gssCode(), c.tier(), with(c.inputs(), "rurality", 30.0)))
                .map(c -> c.gssCode().equals(D) ? candidate(D, LOWER, with(c.inputs(), "imd", 12.0)) : c)
                .toList();

        assertThat(new NearestNeighbours(weights, 15, 3).compute(withMore))
                .isEqualTo(new NearestNeighbours(WEIGHTS, 15, 3).compute(SQUARE));
    }

    @Test
    void aCouncilThatSharesNoInputWithAnotherIsNotItsNeighbour() {
        List<NearestNeighbours.Candidate> candidates = List.of(
                candidate(A, LOWER, Map.of("density", -1.0)),
                candidate(B, LOWER, Map.of("density", 1.0)),
                candidate(C, LOWER, Map.of("income", -1.0)),
                candidate(D, LOWER, Map.of("income", 1.0)));

        Map<String, List<NearestNeighbours.Neighbour>> result = new NearestNeighbours(WEIGHTS, 15, 3).compute(candidates);

        assertThat(result.get(A)).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(B);
        assertThat(result.get(C)).extracting(NearestNeighbours.Neighbour::gssCode).containsExactly(D);
    }

    @Test
    void aCouncilWithoutAnyUsableInputHasNoNeighbours() {
        List<NearestNeighbours.Candidate> candidates = List.of(
                candidate(A, LOWER, Map.of("density", -1.0)),
                candidate(B, LOWER, Map.of("density", 1.0)),
                candidate(C, LOWER, Map.of()));

        Map<String, List<NearestNeighbours.Neighbour>> result = new NearestNeighbours(WEIGHTS, 15, 3).compute(candidates);

        assertThat(result).containsOnlyKeys(A, B);
    }

    @Test
    void identicalCouncilsAreAtDistanceZeroWithNothingContributing() {
        List<NearestNeighbours.Candidate> candidates = List.of(
                candidate(A, LOWER, Map.of("density", 1.0)),
                candidate(B, LOWER, Map.of("density", 1.0)),
                candidate(C, LOWER, Map.of("density", 4.0)));

        NearestNeighbours.Neighbour b = new NearestNeighbours(WEIGHTS, 15, 3).compute(candidates).get(A).get(0);

        assertThat(b.gssCode()).isEqualTo(B);
        assertThat(b.distance()).isZero();
        assertThat(b.contributions()).isEmpty();
    }

    @Test
    void aWeightOfZeroOrLessIsRefused() {
        assertThatThrownBy(() -> new NearestNeighbours(Map.of("density", 0.0), 15, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static NearestNeighbours.Candidate candidate(String gssCode, String tier, Map<String, Double> inputs) {
        return new NearestNeighbours.Candidate(gssCode, tier, inputs);
    }

    private static Map<String, Double> with(Map<String, Double> inputs, String metric, double value) {
        Map<String, Double> more = new HashMap<>(inputs);
        more.put(metric, value);
        return more;
    }
}
