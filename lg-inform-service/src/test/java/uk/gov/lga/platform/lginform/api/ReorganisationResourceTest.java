package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.CRAVEN;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBERLAND;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBRIA;
import static uk.gov.lga.platform.lginform.Fixtures.HAMBLETON;
import static uk.gov.lga.platform.lginform.Fixtures.HARROGATE;
import static uk.gov.lga.platform.lginform.Fixtures.NORTH_YORKSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.NORTH_YORKSHIRE_COUNTY;
import static uk.gov.lga.platform.lginform.Fixtures.RICHMONDSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.RYEDALE;
import static uk.gov.lga.platform.lginform.Fixtures.SCARBOROUGH;
import static uk.gov.lga.platform.lginform.Fixtures.SELBY;
import static uk.gov.lga.platform.lginform.Fixtures.YORK;
import static uk.gov.lga.platform.lginform.Fixtures.metric;
import static uk.gov.lga.platform.lginform.Fixtures.publish;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.EXACT;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.decimal;

/**
 * North Yorkshire before and after its reorganisation of 1 April 2023, worked by hand. Metrics reorg-* are these
 * tests' alone.
 * <pre>
 * reorg-score (high is good)  2022/23: county 60, Craven 40, Hambleton 50, Harrogate 70, Richmondshire 30, Ryedale 80,
 *                                      Scarborough 20, Selby 90; York 55
 *                             2023/24: North Yorkshire Council 65; York 58
 * county:E10000023 in 2022/23: the county and its 7 districts, 20 30 40 50 60 70 80 90
 *     Q1 = 30 + 0.75 x 10 = 37.5, median 55, Q3 = 70 + 0.25 x 10 = 72.5, mean 440 / 8 = 55,
 *     |x - 55| = 35 25 15 5 5 15 25 35 -> MAD 15 + 0.5 x 10 = 20
 * region:Yorkshire and The Humber in 2022/23: 15 of today's councils (not North Yorkshire Council) + the county + 7
 *     districts = 23 members, 9 values 20 30 40 50 55 60 70 80 90: median 55, Q1 40, Q3 70, mean 55, MAD 15
 *     (|x - 55| = 0 5 5 15 15 25 25 35 35)
 * ... in 2023/24: today's 16 councils, 2 values 58 65: median 61.5, Q1 59.75, Q3 63.25, MAD 3.5
 * England in 2022/23: 317 today - 4 councils begun 2023-04-01 + 20 abolished then = 333; in 2023/24: 317.
 * reorg-people (an AREA_COUNT): 2022/23 county 600, districts 50 90 160 50 55 110 85 (sum 600); 2023/24 council 610.
 * </pre>
 */
@QuarkusTest
class ReorganisationResourceTest {

    static final String SCORE = "reorg-score";
    static final String PEOPLE = "reorg-people";
    static final String RATE = "reorg-rate";
    static final String COUNTY_GROUP = "county:" + NORTH_YORKSHIRE_COUNTY;
    static final String REGION_GROUP = "region:Yorkshire and The Humber";

    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        metric(SCORE, Polarity.HIGH_IS_GOOD, PeriodType.FINANCIAL_YEAR);
        metric(PEOPLE, Polarity.NOT_APPLICABLE, PeriodType.FINANCIAL_YEAR, Additivity.AREA_COUNT);
        metric(RATE, Polarity.NOT_APPLICABLE, PeriodType.FINANCIAL_YEAR);
        publish("2022/23", NORTH_YORKSHIRE_COUNTY + " reorg-score 60", CRAVEN + " reorg-score 40", HAMBLETON + " reorg-score 50",
                HARROGATE + " reorg-score 70", RICHMONDSHIRE + " reorg-score 30", RYEDALE + " reorg-score 80",
                SCARBOROUGH + " reorg-score 20", SELBY + " reorg-score 90", YORK + " reorg-score 55");
        publish("2023/24", NORTH_YORKSHIRE + " reorg-score 65", YORK + " reorg-score 58");
        publish("2022/23", NORTH_YORKSHIRE_COUNTY + " reorg-people 600", CRAVEN + " reorg-people 50",
                HAMBLETON + " reorg-people 90", HARROGATE + " reorg-people 160", RICHMONDSHIRE + " reorg-people 50",
                RYEDALE + " reorg-people 55", SCARBOROUGH + " reorg-people 110", SELBY + " reorg-people 85",
                NORTH_YORKSHIRE_COUNTY + " reorg-rate 12.5", CRAVEN + " reorg-rate 10");
        publish("2023/24", NORTH_YORKSHIRE + " reorg-people 610", NORTH_YORKSHIRE + " reorg-rate 11");
        published = true;
    }

    @Nested
    class Comparisons {

        @Test
        void countyGroupIn2022To23IsTheCountyAndItsDistricts() {
            compare(NORTH_YORKSHIRE_COUNTY, "2022/23", COUNTY_GROUP)
                    .body("comparisons[0].geography.period", equalTo("2022/23"))
                    .body("comparisons[0].geography.from", equalTo("2022-04-01"))
                    .body("comparisons[0].geography.to", equalTo("2023-03-31"))
                    .rootPath("comparisons[0].group")
                    .body("members", equalTo(8))
                    .body("count", equalTo(8))
                    .body("missing", equalTo(0))
                    .body("lowerQuartile", decimal("37.5"))
                    .body("median", decimal("55"))
                    .body("upperQuartile", decimal("72.5"))
                    .body("mean", decimal("55"))
                    .body("mad", decimal("20"))
                    .body("inGroup", equalTo(true))
                    .body("rank", equalTo(4))
                    .body("outOf", equalTo(8))
                    .body("quartile", equalTo(2))
                    .body("madDistance", decimal("0.25"))
                    .body("band", equalTo("BROADLY_SIMILAR"));
        }

        @Test
        void yorkIsPlacedBesideTheCountyGroupItNeverBelonged() {
            compare(YORK, "2022/23", COUNTY_GROUP)
                    .rootPath("comparisons[0].group")
                    .body("inGroup", equalTo(false))
                    .body("rank", equalTo(5))
                    .body("outOf", equalTo(9))
                    .body("madDistance", decimal("0"));
        }

        @Test
        void regionIn2022To23HasTheCountyAndDistrictsAndNotTheNewCouncil() {
            compare(YORK, "2022/23", REGION_GROUP)
                    .rootPath("comparisons[0].group")
                    .body("members", equalTo(23))
                    .body("count", equalTo(9))
                    .body("missing", equalTo(14))
                    .body("lowerQuartile", decimal("40"))
                    .body("median", decimal("55"))
                    .body("upperQuartile", decimal("70"))
                    .body("mad", decimal("15"))
                    .body("rank", equalTo(5))
                    .body("outOf", equalTo(9))
                    .rootPath("comparisons[0].england")
                    .body("members", equalTo(333));
        }

        @Test
        void regionIn2023To24HasTheNewCouncilAndNotItsPredecessors() {
            compare(NORTH_YORKSHIRE, "2023/24", REGION_GROUP)
                    .body("comparisons[0].value", decimal("65"))
                    .body("comparisons[0].travel.previousValue", nullValue())
                    .rootPath("comparisons[0].group")
                    .body("members", equalTo(16))
                    .body("count", equalTo(2))
                    .body("missing", equalTo(14))
                    .body("lowerQuartile", decimal("59.75"))
                    .body("median", decimal("61.5"))
                    .body("upperQuartile", decimal("63.25"))
                    .body("mad", decimal("3.5"))
                    .body("rank", equalTo(1))
                    .body("madDistance", decimal("1"))
                    .body("band", equalTo("BETTER"))
                    .rootPath("comparisons[0].england")
                    .body("members", equalTo(317));
        }

        @Test
        void theCountyGroupHasNoCouncilsAfterItsCountyWasAbolished() {
            compare(NORTH_YORKSHIRE, "2023/24", COUNTY_GROUP)
                    .rootPath("comparisons[0].group")
                    .body("members", equalTo(0))
                    .body("count", equalTo(0))
                    .body("median", nullValue());
        }

        @Test
        void allEnglandIn2016To17HasCumbriaAndNotCumberland() {
            given().queryParam("metric", SCORE).queryParam("period", "2016/17").queryParam("group", "all-england")
                    .when().get("/councils/" + CUMBRIA + "/comparisons").then().statusCode(200)
                    .body("comparisons[0].geography.period", equalTo("2016/17"))
                    .body("comparisons[0].group.inGroup", equalTo(true))
                    .body("comparisons[0].group.members", equalTo(353));
            given().queryParam("metric", SCORE).queryParam("period", "2016/17").queryParam("group", "all-england")
                    .when().get("/councils/" + CUMBERLAND + "/comparisons").then().statusCode(200)
                    .body("comparisons[0].group.inGroup", equalTo(false));
        }
    }

    @Nested
    class SeriesAcrossTheReorganisation {

        @Test
        void valuesOfASuccessorBringItsPredecessorsMarked() {
            given().queryParam("metric", PEOPLE).queryParam("area", NORTH_YORKSHIRE).queryParam("predecessors", true)
                    .when().get("/values").then().statusCode(200)
                    .body("items", hasSize(9))
                    .body("items.find { it.councilCode == '" + NORTH_YORKSHIRE_COUNTY + "' }.predecessorOf", equalTo(NORTH_YORKSHIRE))
                    .body("items.find { it.councilCode == '" + SELBY + "' }.predecessorOf", equalTo(NORTH_YORKSHIRE))
                    .body("items.find { it.councilCode == '" + NORTH_YORKSHIRE + "' }.predecessorOf", nullValue());
            given().queryParam("metric", PEOPLE).queryParam("area", NORTH_YORKSHIRE)
                    .when().get("/values").then().statusCode(200).body("items", hasSize(1));
        }

        @Test
        void seriesOfACountSumsTheDistrictsBeforeTheBreak() {
            given().queryParam("metric", PEOPLE).queryParam("predecessors", true)
                    .when().get("/councils/" + NORTH_YORKSHIRE + "/series").then().statusCode(200)
                    .body("metric.additivity", equalTo("AREA_COUNT"))
                    .body("seriesBreak.on", equalTo("2023-04-01"))
                    .body("seriesBreak.period", equalTo("2023/24"))
                    .body("points.period", contains("2022/23", "2023/24"))
                    .body("points[0].value", nullValue())
                    .body("points[0].predecessors", hasSize(8))
                    .body("points[0].predecessors.find { it.predecessor == '" + NORTH_YORKSHIRE_COUNTY + "' }.value", decimal("600"))
                    .body("points[0].comparable.value", decimal("600"))
                    .body("points[0].comparable.method", equalTo("DISTRICTS_AND_UNITARIES"))
                    .body("points[0].comparable.summedFrom", containsInAnyOrder(CRAVEN, HAMBLETON, HARROGATE, RICHMONDSHIRE,
                            RYEDALE, SCARBOROUGH, SELBY))
                    .body("points[1].value", decimal("610"))
                    .body("points[1].predecessors", nullValue())
                    .body("points[1].comparable", nullValue());
        }

        @Test
        void aRateIsListedButNeverSummed() {
            given().queryParam("metric", RATE).queryParam("predecessors", true)
                    .when().get("/councils/" + NORTH_YORKSHIRE + "/series").then().statusCode(200)
                    .body("points[0].predecessors.find { it.predecessor == '" + CRAVEN + "' }.value", decimal("10"))
                    .body("points[0].comparable.value", nullValue())
                    .body("points[0].comparable.reason", equalTo("the metric is not additive: rates, shares and prices are never summed"));
        }

        @Test
        void withoutPredecessorsTheSeriesIsTheCouncilsOwn() {
            given().queryParam("metric", PEOPLE)
                    .when().get("/councils/" + NORTH_YORKSHIRE + "/series").then().statusCode(200)
                    .body("points.period", contains("2023/24"))
                    .body("seriesBreak", nullValue());
        }

        @Test
        void unknownMetricIsA404() {
            given().queryParam("metric", "no-such-metric")
                    .when().get("/councils/" + NORTH_YORKSHIRE + "/series").then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "officer.northyorkshire", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = NORTH_YORKSHIRE))
    class DashboardOfTheSuccessor {

        @Test
        void trendContinuesThroughThePredecessorsWithTheBreakMarked() {
            int id = given().contentType(ContentType.JSON).body("{\"name\": \"Across the reorganisation\", \"councilCode\": \""
                            + NORTH_YORKSHIRE + "\", \"metrics\": [\"" + PEOPLE + "\"], \"public\": true}")
                    .when().post("/dashboards").then().statusCode(201).extract().path("id");

            given().queryParam("predecessors", true).when().get("/dashboards/" + id).then().statusCode(200)
                    .rootPath("panels[0]")
                    .body("seriesBreak.period", equalTo("2023/24"))
                    .body("trend.period", contains("2019/20", "2020/21", "2021/22", "2022/23", "2023/24"))
                    .body("trend[3].value", nullValue())
                    .body("trend[3].comparable.value", decimal("600"))
                    .body("trend[3].predecessors", hasSize(8))
                    .body("trend[4].value", decimal("610"));
            given().when().get("/dashboards/" + id).then().statusCode(200)
                    .body("panels[0].seriesBreak", nullValue())
                    .body("panels[0].trend[3].predecessors", nullValue());
        }
    }

    @Nested
    @TestSecurity(user = "officer.northyorkshire", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = NORTH_YORKSHIRE))
    class ReturnsOutsideACouncilsLife {

        @Test
        void aSuccessorsReturnForAPeriodBeforeItExistedIsRefusedNamingTheValue() {
            given().contentType(ContentType.JSON).body("{\"period\": \"2023/24\", \"values\": [{\"metric\": \"" + SCORE
                            + "\", \"value\": 1}, {\"metric\": \"" + SCORE + "\", \"period\": \"2022/23\", \"value\": 2}]}")
                    .when().post("/councils/" + NORTH_YORKSHIRE + "/data-returns").then().statusCode(422)
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("values[1].period"))
                    .body("errors[0].message", equalTo("council E06000065 did not exist during 2022/23 (2022-04-01 to "
                            + "2023-03-31): it existed from 2023-04-01"));
        }
    }

    @Nested
    @TestSecurity(user = "officer.nyk", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = NORTH_YORKSHIRE_COUNTY))
    class OfficerOfAnAbolishedCouncil {

        @Test
        void anAbolishedCouncilHasNoOfficerToSubmitItsReturns() {
            given().contentType(ContentType.JSON).body("{\"period\": \"2021/22\", \"values\": [{\"metric\": \"" + SCORE
                            + "\", \"value\": 1}]}")
                    .when().post("/councils/" + NORTH_YORKSHIRE_COUNTY + "/data-returns").then().statusCode(403)
                    .body("detail", containsString("national dataset"));
        }
    }

    private static ValidatableResponse compare(String council, String period, String group) {
        return given().config(EXACT).queryParam("metric", SCORE).queryParam("period", period).queryParam("group", group)
                .when().get("/councils/" + council + "/comparisons").then().statusCode(200);
    }
}
