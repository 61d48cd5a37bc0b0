package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.EXACT;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.decimal;
import static uk.gov.lga.platform.lginform.Fixtures.AMBER_VALLEY;
import static uk.gov.lga.platform.lginform.Fixtures.BARKING_AND_DAGENHAM;
import static uk.gov.lga.platform.lginform.Fixtures.BARNET;
import static uk.gov.lga.platform.lginform.Fixtures.BOLSOVER;
import static uk.gov.lga.platform.lginform.Fixtures.CHESTERFIELD;
import static uk.gov.lga.platform.lginform.Fixtures.DERBYSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.DERBYSHIRE_DALES;
import static uk.gov.lga.platform.lginform.Fixtures.EREWASH;
import static uk.gov.lga.platform.lginform.Fixtures.HIGH_PEAK;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.NORTH_EAST_DERBYSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.NO_COUNCIL;
import static uk.gov.lga.platform.lginform.Fixtures.SOUTH_DERBYSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.metric;
import static uk.gov.lga.platform.lginform.Fixtures.publish;

/**
 * Published for these tests alone (metrics cmp-*): in 2009/10 the Derbyshire group (the county and its
 * eight districts) has eight values of cmp-recycling, South Derbyshire none; two London boroughs add
 * theirs to England's.
 * <pre>
 * group   10 20 30 30 40 50 60 70          Q1 27.5, median 35, Q3 52.5, mean 38.75, MAD 15
 * England 10 20 30 30 40 50 60 70 80 90    Q1 30,   median 45, Q3 67.5, mean 48,    MAD 20
 * </pre>
 */
@QuarkusTest
class ComparisonResourceTest {

    static final String RECYCLING = "cmp-recycling";
    static final String SPEND = "cmp-spend";
    static final String UNPUBLISHED = "cmp-unpublished";
    static final String DERBYSHIRE_GROUP = "county:" + DERBYSHIRE;

    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        metric(RECYCLING, Polarity.HIGH_IS_GOOD, PeriodType.FINANCIAL_YEAR);
        metric(SPEND, Polarity.NOT_APPLICABLE, PeriodType.FINANCIAL_YEAR);
        metric(UNPUBLISHED, Polarity.LOW_IS_GOOD, PeriodType.FINANCIAL_YEAR);
        publish("2009/10", DERBYSHIRE + " cmp-recycling 40", AMBER_VALLEY + " cmp-recycling 10", BOLSOVER + " cmp-recycling 20",
                CHESTERFIELD + " cmp-recycling 30", DERBYSHIRE_DALES + " cmp-recycling 30", EREWASH + " cmp-recycling 50",
                HIGH_PEAK + " cmp-recycling 60", NORTH_EAST_DERBYSHIRE + " cmp-recycling 70",
                BARKING_AND_DAGENHAM + " cmp-recycling 90", BARNET + " cmp-recycling 80");
        publish("2008/09", CHESTERFIELD + " cmp-recycling 25", AMBER_VALLEY + " cmp-recycling 12");
        // cmp-spend: 100 200 400 -> Q1 150, median 200, Q3 300, MAD 100 (|x - 200| = 100 0 200)
        publish("2009/10", DERBYSHIRE + " cmp-spend 100", AMBER_VALLEY + " cmp-spend 200", BOLSOVER + " cmp-spend 400");
        publish("2008/09", BOLSOVER + " cmp-spend 500");
        published = true;
    }

    @Test
    void groupStatisticsCountTheMissingMemberAndLeaveItOut() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("gssCode", equalTo(CHESTERFIELD))
                .body("name", equalTo("Chesterfield"))
                .body("comparisons", hasSize(1))
                .body("comparisons[0].period", equalTo("2009/10"))
                .rootPath("comparisons[0].group")
                .body("id", equalTo(DERBYSHIRE_GROUP))
                .body("members", equalTo(9))
                .body("count", equalTo(8))
                .body("missing", equalTo(1))
                .body("min", decimal("10"))
                .body("lowerQuartile", decimal("27.5"))
                .body("median", decimal("35"))
                .body("upperQuartile", decimal("52.5"))
                .body("max", decimal("70"))
                .body("mean", decimal("38.75"))
                .body("mad", decimal("15"));
    }

    @Test
    void councilIsPlacedInItsGroupByRankQuartileAndBand() {
        // 30: 40 50 60 70 are better -> rank 5; 27.5 <= 30 < 35 -> quartile 3; (30 - 35) / 15 = -0.33 -> broadly similar
        compare(CHESTERFIELD, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].value", decimal("30"))
                .rootPath("comparisons[0].group")
                .body("inGroup", equalTo(true))
                .body("rank", equalTo(5))
                .body("outOf", equalTo(8))
                .body("quartile", equalTo(3))
                .body("madDistance", decimal("-0.33"))
                .body("band", equalTo("BROADLY_SIMILAR"))
                .body("bandText", equalTo("broadly similar"));
    }

    @Test
    void councilIsAlsoPlacedAgainstEngland() {
        // England in 2009/10's geography: today's 317 without the 11 councils created since 2019, with the 47 abolished
        // since (Somerset West and Taunton lived 2019-2023) = 353; 10 values, 343 missing; 30 ranks 7th; on Q1 30 ->
        // quartile 3; (30 - 45) / 20 = -0.75 -> slightly worse
        compare(CHESTERFIELD, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].geography.period", equalTo("2009/10"))
                .rootPath("comparisons[0].england")
                .body("id", equalTo("all-england"))
                .body("members", equalTo(353))
                .body("count", equalTo(10))
                .body("missing", equalTo(343))
                .body("lowerQuartile", decimal("30"))
                .body("median", decimal("45"))
                .body("upperQuartile", decimal("67.5"))
                .body("mean", decimal("48"))
                .body("mad", decimal("20"))
                .body("rank", equalTo(7))
                .body("outOf", equalTo(10))
                .body("quartile", equalTo(3))
                .body("madDistance", decimal("-0.75"))
                .body("band", equalTo("SLIGHTLY_WORSE"));
    }

    @Test
    void tiedCouncilsShareTheirRank() {
        compare(DERBYSHIRE_DALES, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].group.rank", equalTo(5));
        compare(BOLSOVER, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].group.rank", equalTo(7));
    }

    @Test
    void directionOfTravelComparesWithThePreviousFinancialYear() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .rootPath("comparisons[0].travel")
                .body("previousPeriod", equalTo("2008/09"))
                .body("previousValue", decimal("25"))
                .body("change", decimal("5"))
                .body("direction", equalTo("IMPROVING"));
        compare(AMBER_VALLEY, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].travel.direction", equalTo("WORSENING"));
    }

    @Test
    void councilWithoutAValueIsReportedMissingNotZero() {
        compare(SOUTH_DERBYSHIRE, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].value", nullValue())
                .body("comparisons[0].group.inGroup", equalTo(true))
                .body("comparisons[0].group.missing", equalTo(1))
                .body("comparisons[0].group.median", decimal("35"))
                .body("comparisons[0].group.rank", nullValue())
                .body("comparisons[0].group.band", nullValue())
                .body("comparisons[0].travel.previousValue", nullValue())
                .body("comparisons[0].travel.direction", nullValue());
    }

    @Test
    void councilOutsideTheGroupIsStillComparedAndSaysSo() {
        // Barnet's 80 beats all eight Derbyshire values: rank 1 of 9; (80 - 35) / 15 = 3 -> much better
        compare(BARNET, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .rootPath("comparisons[0].group")
                .body("inGroup", equalTo(false))
                .body("count", equalTo(8))
                .body("rank", equalTo(1))
                .body("outOf", equalTo(9))
                .body("band", equalTo("MUCH_BETTER"));
    }

    @Test
    void regionGroupComparesItsMembers() {
        compare(BARNET, RECYCLING, "2009/10", "region:London").statusCode(200)
                .rootPath("comparisons[0].group")
                .body("members", equalTo(33))
                .body("count", equalTo(2))
                .body("missing", equalTo(31))
                .body("rank", equalTo(2));
    }

    @Test
    void metricWithoutPolarityHasNoRankAndSaysHigherOrLowerThanTypical() {
        // Bolsover 400: (400 - 200) / 100 = 2 -> much higher; above Q3 300 -> quartile 4 (highest values); 500 -> 400
        compare(BOLSOVER, SPEND, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].metric.polarity", equalTo("NOT_APPLICABLE"))
                .body("comparisons[0].group.count", equalTo(3))
                .body("comparisons[0].group.missing", equalTo(6))
                .body("comparisons[0].group.lowerQuartile", decimal("150"))
                .body("comparisons[0].group.median", decimal("200"))
                .body("comparisons[0].group.upperQuartile", decimal("300"))
                .body("comparisons[0].group.mean", decimal("233.333333333333333"))
                .body("comparisons[0].group.mad", decimal("100"))
                .body("comparisons[0].group.rank", nullValue())
                .body("comparisons[0].group.quartile", equalTo(4))
                .body("comparisons[0].group.madDistance", decimal("2"))
                .body("comparisons[0].group.band", equalTo("MUCH_HIGHER"))
                .body("comparisons[0].group.bandText", equalTo("much higher than typical"))
                .body("comparisons[0].travel.direction", equalTo("DECREASING"));
    }

    @Test
    void commaSeparatedMetricsGiveOneComparisonEachInTheOrderAsked() {
        compare(BOLSOVER, RECYCLING + "," + SPEND, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons.metric.id", contains(RECYCLING, SPEND));
    }

    @Test
    void longCommaSeparatedListIsReadWholeWithEachMetricOnce() {
        String metrics = String.join(",", RECYCLING, SPEND, UNPUBLISHED, "household-waste-recycled", "usable-reserves",
                "residents-satisfied", RECYCLING);
        compare(BOLSOVER, metrics, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons.metric.id", contains(RECYCLING, SPEND, UNPUBLISHED, "household-waste-recycled",
                        "usable-reserves", "residents-satisfied"));
    }

    @Test
    void repeatedMetricParametersGiveOneComparisonEach() {
        given().queryParam("metric", SPEND).queryParam("metric", RECYCLING).queryParam("period", "2009/10")
                .when().get("/councils/" + BOLSOVER + "/comparisons")
                .then().statusCode(200)
                .body("comparisons.metric.id", contains(SPEND, RECYCLING));
    }

    @Test
    void periodDefaultsToTheNewestWithAnyPublishedValue() {
        given().queryParam("metric", RECYCLING).queryParam("group", DERBYSHIRE_GROUP)
                .when().get("/councils/" + CHESTERFIELD + "/comparisons")
                .then().statusCode(200)
                .body("comparisons[0].period", equalTo("2009/10"));
    }

    @Test
    void groupDefaultsToAllEngland() {
        given().config(EXACT).queryParam("metric", RECYCLING).queryParam("period", "2009/10")
                .when().get("/councils/" + CHESTERFIELD + "/comparisons")
                .then().statusCode(200)
                .rootPath("comparisons[0].group")
                .body("id", equalTo("all-england"))
                .body("median", decimal("45"))
                .body("rank", equalTo(7));
    }

    @Test
    void metricWithNoPublishedValueHasNoPeriodAndEveryMemberMissing() {
        compare(CHESTERFIELD, UNPUBLISHED, "latest", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].period", nullValue())
                .body("comparisons[0].value", nullValue())
                .rootPath("comparisons[0].group")
                .body("count", equalTo(0))
                .body("missing", equalTo(9))
                .body("median", nullValue());
    }

    @Test
    void unknownCouncilIsA404Problem() {
        compare(NO_COUNCIL, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No council has the GSS code E99999999."));
    }

    @Test
    void unknownMetricIsA404ProblemNamingIt() {
        compare(CHESTERFIELD, RECYCLING + ",no-such-metric", "2009/10", DERBYSHIRE_GROUP).statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No metric has the id 'no-such-metric'."));
    }

    @Test
    void unknownGroupIsA404ProblemNamingIt() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", "type:XYZ").statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No comparison group has the id 'type:XYZ'."));
    }

    @Test
    void periodOfTheWrongTypeIsRejectedNamingTheParameter() {
        compare(CHESTERFIELD, RECYCLING, "2009", DERBYSHIRE_GROUP).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void requestWithoutAMetricIsRejectedNamingTheParameter() {
        given().when().get("/councils/" + CHESTERFIELD + "/comparisons")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("metric"));
    }

    @Test
    void anonymousCallerMayCompare() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].value", decimal("30"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void anotherCouncilsOfficerMayCompareAnyCouncil() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", DERBYSHIRE_GROUP).statusCode(200)
                .body("comparisons[0].group.rank", equalTo(5));
    }

    @Test
    @TestSecurity(user = "club", roles = "benchmarking-club")
    void benchmarkingClubMayCompare() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", "type:NMD").statusCode(200)
                .body("comparisons[0].group.id", equalTo("type:NMD"));
    }

    @Test
    void metropolitanDistrictGroupCountsItsThirtySixMembers() {
        compare(CHESTERFIELD, RECYCLING, "2009/10", "type:MD").statusCode(200)
                .rootPath("comparisons[0].group")
                .body("members", equalTo(36))
                .body("count", equalTo(0))
                .body("inGroup", equalTo(false))
                .body("rank", nullValue());
    }

    private static ValidatableResponse compare(String council, String metric, String period, String group) {
        return given().config(EXACT).queryParam("metric", metric).queryParam("period", period).queryParam("group", group)
                .when().get("/councils/" + council + "/comparisons")
                .then();
    }
}
