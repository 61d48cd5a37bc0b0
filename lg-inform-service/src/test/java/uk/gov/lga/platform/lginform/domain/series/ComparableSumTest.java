package uk.gov.lga.platform.lginform.domain.series;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;
import uk.gov.lga.platform.lginform.domain.series.ComparableSum.Method;
import uk.gov.lga.platform.lginform.domain.series.ComparableSum.Part;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Predecessors summed by hand: one layer of an area, every council's own total, never a rate, never in silence. */
class ComparableSumTest {

    static final String COUNTY = "E10000023";
    // North Yorkshire in 2022/23: the county and (two of) its districts; all became North Yorkshire Council alone.
    static final List<Part> NORTH_YORKSHIRE = List.of(
            new Part(COUNTY, true, null, true, new BigDecimal("615000")),
            new Part("E07000163", false, COUNTY, true, new BigDecimal("57000.5")),
            new Part("E07000165", false, COUNTY, true, new BigDecimal("160000.25")));

    @Test
    void countOfPeopleAddsTheDistrictsNeverTheCountyWithThem() {
        ComparableSum.Result sum = ComparableSum.of(Additivity.AREA_COUNT, NORTH_YORKSHIRE);

        assertThat(sum.value()).isEqualByComparingTo("217000.75");
        assertThat(sum.method()).isEqualTo(Method.DISTRICTS_AND_UNITARIES);
        assertThat(sum.summedFrom()).containsExactly("E07000163", "E07000165");
    }

    @Test
    void countOfPeopleFallsBackToTheCountyWhenADistrictHasNoValue() {
        List<Part> districtMissing = List.of(NORTH_YORKSHIRE.get(0), NORTH_YORKSHIRE.get(1),
                new Part("E07000165", false, COUNTY, true, null));

        ComparableSum.Result sum = ComparableSum.of(Additivity.AREA_COUNT, districtMissing);

        assertThat(sum.value()).isEqualByComparingTo("615000");
        assertThat(sum.method()).isEqualTo(Method.COUNTIES_AND_UNITARIES);
        assertThat(sum.summedFrom()).containsExactly(COUNTY);
    }

    @Test
    void councilTotalsAddEveryPredecessor() {
        ComparableSum.Result sum = ComparableSum.of(Additivity.COUNCIL_TOTAL, NORTH_YORKSHIRE);

        assertThat(sum.value()).isEqualByComparingTo("832000.75");
        assertThat(sum.method()).isEqualTo(Method.ALL_PREDECESSORS);
    }

    @Test
    void ratesAreNeverSummed() {
        ComparableSum.Result sum = ComparableSum.of(Additivity.NONE, NORTH_YORKSHIRE);

        assertThat(sum.summed()).isFalse();
        assertThat(sum.reason()).contains("never summed");
    }

    @Test
    void aCountySplitBetweenSuccessorsCannotBeSharedOut() {
        // Cumberland: Cumbria became two councils; its districts Carlisle and Allerdale became Cumberland alone.
        List<Part> cumberland = List.of(new Part("E10000006", true, null, false, new BigDecimal("500")),
                new Part("E07000028", false, "E10000006", true, new BigDecimal("100")),
                new Part("E07000026", false, "E10000006", true, new BigDecimal("90")));

        assertThat(ComparableSum.of(Additivity.AREA_COUNT, cumberland).value()).isEqualByComparingTo("190");
        ComparableSum.Result total = ComparableSum.of(Additivity.COUNCIL_TOTAL, cumberland);
        assertThat(total.summed()).isFalse();
        assertThat(total.reason()).contains("E10000006").contains("more than one successor");
    }

    @Test
    void aMissingValueIsNamedAndNothingIsSummed() {
        List<Part> oneMissing = List.of(new Part("E06000028", false, null, true, new BigDecimal("10")),
                new Part("E06000029", false, null, true, null));

        ComparableSum.Result sum = ComparableSum.of(Additivity.AREA_COUNT, oneMissing);

        assertThat(sum.summed()).isFalse();
        assertThat(sum.reason()).isEqualTo("no published value of E06000029");
    }
}
