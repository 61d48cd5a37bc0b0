package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.lga.platform.lginform.Fixtures.BARKING_AND_DAGENHAM;
import static uk.gov.lga.platform.lginform.Fixtures.BARNET;
import static uk.gov.lga.platform.lginform.Fixtures.BEXLEY;
import static uk.gov.lga.platform.lginform.Fixtures.BRENT;
import static uk.gov.lga.platform.lginform.Fixtures.BROMLEY;
import static uk.gov.lga.platform.lginform.Fixtures.CITY_OF_LONDON;
import static uk.gov.lga.platform.lginform.Fixtures.publish;

/** Open data: anonymous, streamed, cacheable with ETags, followed with a change feed. */
@QuarkusTest
class OpenDataResourceTest {

    static final String METRIC = "residents-satisfied";
    static boolean published;

    @BeforeEach
    void threeLondonBoroughsPublishedSatisfaction() {
        if (!published) {
            publish("2008/09", CITY_OF_LONDON + " " + METRIC + " 61 =HYPERLINK(\"http://evil\")");
            publish("2008/09", BARKING_AND_DAGENHAM + " " + METRIC + " 55");
            publish("2008/09", BARNET + " " + METRIC + " 70");
            published = true;
        }
    }

    @Test
    void wholeFilteredDatasetStreamsAsCsvWithAHeader() {
        String csv = given().queryParam("metric", METRIC).queryParam("period", "2008/09")
                .queryParam("area", String.join(",", CITY_OF_LONDON, BARKING_AND_DAGENHAM, BARNET))
                .when().get("/open-data/values").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("council_code,council_name,metric,period,value,status,revision,published_at,note");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).startsWith("E09000002,Barking and Dagenham,residents-satisfied,2008/09,55,FINAL,");
    }

    @Test
    void noteThatLooksLikeASpreadsheetFormulaIsDefused() {
        String csv = given().queryParam("metric", METRIC).queryParam("period", "2008/09").queryParam("area", CITY_OF_LONDON)
                .when().get("/open-data/values").then().statusCode(200).extract().asString();
        assertThat(csv).contains("'=HYPERLINK");
    }

    @Test
    void jsonOnRequest() {
        given().accept("application/json").queryParam("metric", METRIC).queryParam("period", "2008/09")
                .queryParam("area", String.join(",", CITY_OF_LONDON, BARKING_AND_DAGENHAM, BARNET))
                .when().get("/open-data/values").then().statusCode(200)
                .body("", hasSize(3))
                .body("[1].councilCode", equalTo(BARKING_AND_DAGENHAM))
                .body("[1].value", equalTo(55));
    }

    @Test
    void unchangedDataAnswers304ToTheSameETag() {
        String etag = given().queryParam("metric", METRIC).queryParam("area", BARKING_AND_DAGENHAM)
                .when().get("/open-data/values").then().statusCode(200).header("ETag", notNullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).queryParam("metric", METRIC).queryParam("area", BARKING_AND_DAGENHAM)
                .when().get("/open-data/values").then().statusCode(304);
    }

    @Test
    void revisionChangesTheETag() {
        String before = given().queryParam("metric", METRIC).queryParam("area", BEXLEY)
                .when().get("/open-data/values").then().statusCode(200).extract().header("ETag");
        publish("2008/09", BEXLEY + " " + METRIC + " 48");
        given().header("If-None-Match", before).queryParam("metric", METRIC).queryParam("area", BEXLEY)
                .when().get("/open-data/values").then().statusCode(200).header("ETag", not(equalTo(before)));
    }

    @Test
    void changeFeedReturnsWhatWasPublishedAfterTheCursor() {
        String cursor = given().queryParam("limit", 1).when().get("/open-data/changes").then().statusCode(200)
                .extract().path("next");
        String last = cursor;
        // walk to the end of the feed
        while (true) {
            var page = given().queryParam("since", last).queryParam("limit", 1000).when().get("/open-data/changes")
                    .then().statusCode(200).extract();
            String next = page.path("next");
            if (next.equals(last)) {
                break;
            }
            last = next;
        }
        publish("2007/08", BRENT + " " + METRIC + " 66");

        given().queryParam("since", last).when().get("/open-data/changes").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].councilCode", equalTo(BRENT))
                .body("items[0].period", equalTo("2007/08"));
    }

    @Test
    void aRevisedValueReappearsInTheFeedOnce() {
        publish("2006/07", BROMLEY + " " + METRIC + " 50");
        String since = given().queryParam("since", "0").queryParam("limit", 10_000).when().get("/open-data/changes")
                .then().statusCode(200).extract().path("next");
        publish("2006/07", BROMLEY + " " + METRIC + " 52");

        given().queryParam("since", since).when().get("/open-data/changes").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].value", equalTo(52))
                .body("items[0].revision", equalTo(2));
    }

    @Test
    void cursorThatIsNotANumberIsABadRequest() {
        given().queryParam("since", "yesterday").when().get("/open-data/changes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void pageSizeAboveTheCapIsRejected() {
        given().queryParam("limit", 1_000_000).when().get("/open-data/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void unknownAreaIsNamed() {
        given().queryParam("area", "everywhere").when().get("/open-data/values").then().statusCode(400)
                .body("errors[0].field", equalTo("area"));
    }
}
