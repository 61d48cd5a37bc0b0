package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.BRADFORD;
import static uk.gov.lga.platform.lginform.Fixtures.CALDERDALE;
import static uk.gov.lga.platform.lginform.Fixtures.KIRKLEES;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.NO_COUNCIL;
import static uk.gov.lga.platform.lginform.Fixtures.WAKEFIELD;
import static uk.gov.lga.platform.lginform.Fixtures.publish;

/** Reading published values by metric, area and period. */
@QuarkusTest
class ValueResourceTest {

    /** A metric no other test publishes, so counts here are exact. */
    static final String METRIC = "external-debt";
    static final List<String> WEST_YORKSHIRE = List.of(BRADFORD, CALDERDALE, KIRKLEES, LEEDS, WAKEFIELD);
    static boolean published;

    @BeforeEach
    void westYorkshireHasThreeYears() {
        if (published) {
            return;
        }
        // Council i of West Yorkshire has 20 + i in 2019/20, one more each year.
        for (String year : List.of("2019/20", "2020/21", "2021/22")) {
            int step = Integer.parseInt(year.substring(0, 4)) - 2019;
            publish(year, WEST_YORKSHIRE.stream()
                    .map(council -> council + " " + METRIC + " " + (20 + WEST_YORKSHIRE.indexOf(council) + step))
                    .toArray(String[]::new));
        }
        published = true;
    }

    @Test
    void anonymousReaderGetsOneCouncilsValue() {
        given().queryParam("metric", METRIC).queryParam("area", LEEDS).queryParam("period", "2020/21")
                .when().get("/values").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].councilName", equalTo("Leeds"))
                .body("items[0].value", equalTo(24))
                .body("next", nullValue());
    }

    @Test
    void latestIsTheNewestPeriodOfTheMetric() {
        given().queryParam("metric", METRIC).queryParam("area", String.join(",", WEST_YORKSHIRE)).queryParam("period", "latest")
                .when().get("/values").then().statusCode(200)
                .body("items", hasSize(5))
                .body("items.period", everyItem(equalTo("2021/22")));
    }

    @Test
    void latestNGivesTheNNewestPeriods() {
        given().queryParam("metric", METRIC).queryParam("area", LEEDS).queryParam("period", "latest:2")
                .when().get("/values").then().statusCode(200)
                .body("items.period", contains("2020/21", "2021/22"));
    }

    @Test
    void areaMayBeAComparisonGroup() {
        given().queryParam("metric", METRIC).queryParam("area", "type:MD").queryParam("period", "2019/20")
                .when().get("/values").then().statusCode(200)
                .body("items", hasSize(5));
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("metric", METRIC).queryParam("area", String.join(",", WEST_YORKSHIRE))
                    .queryParam("limit", 4);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.when().get("/values").then().statusCode(200).extract();
            List<String> keys = page.path("items.collect { it.period + it.councilCode }");
            seen.addAll(keys);
            after = page.path("next");
        } while (after != null);
        assertThat(seen).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void csvOnRequestWithTheCursorInAHeader() {
        var response = given().accept("text/csv").queryParam("metric", METRIC).queryParam("limit", 2)
                .queryParam("area", LEEDS).when().get("/values").then().statusCode(200).extract();
        assertThat(response.asString().lines().toList()).hasSize(3)
                .first().isEqualTo("council_code,council_name,metric,period,value,status,revision,published_at,note");
        assertThat(response.header("X-Next-Cursor")).isNotBlank();
    }

    @Test
    void aClientAcceptingJsonThenCsvGetsTheJsonPage() {
        given().accept("application/json, text/csv").queryParam("metric", METRIC).queryParam("limit", 2)
                .queryParam("area", LEEDS).when().get("/values").then().statusCode(200)
                .contentType("application/json").body("items", hasSize(2));
    }

    @Test
    void unknownMetricAndBadPeriodAreNamed() {
        given().queryParam("metric", "nope").queryParam("period", "last year").when().get("/values").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("metric", "period"));
    }

    @Test
    void unknownCouncilInTheAreaIsNamed() {
        given().queryParam("area", LEEDS + "," + NO_COUNCIL).when().get("/values").then().statusCode(400)
                .body("errors[0].message", containsString(NO_COUNCIL));
    }

    @Test
    void cursorNotGivenOutHereIsABadRequest() {
        given().queryParam("after", "'; DROP TABLE council; --").when().get("/values").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void pageSizeAboveTheCapIsRejected() {
        given().queryParam("limit", 100_000).when().get("/values").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }
}
