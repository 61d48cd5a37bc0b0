package uk.gov.lga.platform.deploy.demo;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDatasetTest {

    static final List<SyntheticDataset.CouncilSpec> COUNCILS = List.of(
            new SyntheticDataset.CouncilSpec("E08000035", 798_786), new SyntheticDataset.CouncilSpec("E06000014", 211_012));
    static final List<SyntheticDataset.MetricSpec> METRICS = List.of(
            new SyntheticDataset.MetricSpec("household-waste-recycled", "PERCENTAGE", "FINANCIAL_YEAR", BigDecimal.ZERO, new BigDecimal("100")),
            new SyntheticDataset.MetricSpec("population", "COUNT", "CALENDAR_YEAR", BigDecimal.ZERO, null),
            new SyntheticDataset.MetricSpec("planning-on-time", "PERCENTAGE", "QUARTER", BigDecimal.ZERO, new BigDecimal("100")));

    @Test
    void sameSeedGivesTheSameBytes() {
        assertThat(SyntheticDataset.csv(COUNCILS, METRICS, 7)).isEqualTo(SyntheticDataset.csv(COUNCILS, METRICS, 7));
    }

    @Test
    void anotherSeedGivesOtherValues() {
        assertThat(SyntheticDataset.csv(COUNCILS, METRICS, 7)).isNotEqualTo(SyntheticDataset.csv(COUNCILS, METRICS, 8));
    }

    @Test
    void everyCouncilHasEveryMetricForFiveYears() {
        List<String> rows = SyntheticDataset.csv(COUNCILS, METRICS, 7).lines().skip(1).toList();
        // two councils x (5 financial years + 5 calendar years + 20 quarters)
        assertThat(rows).hasSize(2 * 30);
        assertThat(rows).allSatisfy(r -> assertThat(r).endsWith(",FINAL," + SyntheticDataset.NOTE));
    }

    @Test
    void valuesStayInsideTheMetricsRange() {
        SyntheticDataset.csv(COUNCILS, METRICS, 7).lines().skip(1)
                .filter(r -> r.contains(",household-waste-recycled,"))
                .map(r -> new BigDecimal(r.split(",")[3]))
                .forEach(v -> assertThat(v).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    }

    @Test
    void populationGrowsFromTheCouncilsOwnFigure() {
        List<BigDecimal> leeds = SyntheticDataset.csv(COUNCILS, METRICS, 7).lines()
                .filter(r -> r.startsWith("E08000035,population,"))
                .map(r -> new BigDecimal(r.split(",")[3])).toList();
        assertThat(leeds).hasSize(5);
        assertThat(leeds.get(0)).isEqualByComparingTo("798786");
        assertThat(leeds.get(4)).isGreaterThan(leeds.get(0));
    }

    @Test
    void councilsOfAReorganisationHaveValuesOnlyForThePeriodsTheyExistedIn() {
        // North Yorkshire County Council until 2023-03-31, North Yorkshire Council from 2023-04-01
        List<SyntheticDataset.CouncilSpec> reorganised = List.of(
                new SyntheticDataset.CouncilSpec("E10000023", 600_000, null, LocalDate.parse("2023-03-31")),
                new SyntheticDataset.CouncilSpec("E06000065", 615_000, LocalDate.parse("2023-04-01"), null));
        List<String> rows = SyntheticDataset.csv(reorganised, METRICS, 7).lines().skip(1).toList();

        assertThat(rows.stream().filter(r -> r.startsWith("E10000023,household-waste-recycled,")).map(r -> r.split(",")[2]))
                .containsExactly("2020/21", "2021/22", "2022/23");
        assertThat(rows.stream().filter(r -> r.startsWith("E06000065,household-waste-recycled,")).map(r -> r.split(",")[2]))
                .containsExactly("2023/24", "2024/25");
        assertThat(rows.stream().filter(r -> r.startsWith("E10000023,population,")).map(r -> r.split(",")[2]))
                .as("a calendar year it lived in for three months").containsExactly("2020", "2021", "2022", "2023");
        assertThat(rows.stream().filter(r -> r.startsWith("E06000065,planning-on-time,")).map(r -> r.split(",")[2]))
                .hasSize(8).startsWith("2023/24 Q1");
    }

    @Test
    void periodsFollowThePeriodType() {
        assertThat(SyntheticDataset.periods("FINANCIAL_YEAR")).containsExactly("2020/21", "2021/22", "2022/23", "2023/24", "2024/25");
        assertThat(SyntheticDataset.periods("CALENDAR_YEAR")).containsExactly("2020", "2021", "2022", "2023", "2024");
        assertThat(SyntheticDataset.periods("QUARTER")).hasSize(20).startsWith("2020/21 Q1").endsWith("2024/25 Q4");
    }
}
