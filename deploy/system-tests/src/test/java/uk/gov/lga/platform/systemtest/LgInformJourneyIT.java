package uk.gov.lga.platform.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * LG Inform through the gateway on the real stack: a council posts a return, revises it, compares
 * itself with similar councils, and a benchmarking club pulls the change from the open-data feed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LgInformJourneyIT {

    static final String LEEDS = "E08000035";
    static final String METRIC = "household-waste-recycled";
    static final String PERIOD = "2015/16";

    static Platform platform;
    static String leeds;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        leeds = Tokens.forUser(platform.realmUrl(), "officer.leeds");
    }

    @Test
    void returnPostedRevisedComparedAndPulledFromTheChangeFeed() {
        String resumeFrom = endOfChangeFeed();
        postCsv("metric,period,value,status\n" + METRIC + "," + PERIOD + ",41.5,provisional\n")
                .then().statusCode(201).body("values[0].revision", equalTo(1));
        postCsv("metric,period,value,status\n" + METRIC + "," + PERIOD + ",43.25,final\n")
                .then().statusCode(201).body("values[0].revision", equalTo(2));

        given().queryParam("metric", METRIC).queryParam("period", PERIOD).queryParam("group", "type:MD")
                .when().get("/api/lg-inform/councils/" + LEEDS + "/comparisons")
                .then().statusCode(200)
                .body("comparisons[0].value", equalTo(43.25f))
                .body("comparisons[0].group.count", equalTo(1));

        List<Map<String, Object>> changes = given().queryParam("since", resumeFrom)
                .when().get("/api/lg-inform/open-data/changes").then().statusCode(200)
                .extract().path("items");
        assertThat(changes).anySatisfy(change -> {
            assertThat(change).containsEntry("councilCode", LEEDS).containsEntry("metric", METRIC)
                    .containsEntry("period", PERIOD).containsEntry("revision", 2).containsEntry("status", "FINAL");
        });
    }

    @Test
    void benchmarkingClubPullsThePublishedValueAsCsv() {
        postCsv("metric,period,value\nresidents-satisfied,2015/16,62\n").then().statusCode(201);

        String csv = given().auth().oauth2(Tokens.forBenchmarkingClub(platform.realmUrl()))
                .queryParam("metric", "residents-satisfied").queryParam("area", LEEDS).queryParam("period", "2015/16")
                .when().get("/api/lg-inform/open-data/values").then().statusCode(200).extract().asString();
        assertThat(csv.lines()).hasSize(2).last().asString().startsWith(LEEDS + ",Leeds,residents-satisfied,2015/16,62");
    }

    @Test
    void badCsvLinesAreNamedThroughTheGateway() {
        postCsv("metric,period,value\nno-such-metric,2015/16,1\n" + METRIC + ",2015,2\n")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("line 2: metric", "line 3: period"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it empties the club's bucket
    void clubThatFloodsTheOpenDataGets429WithRetryAfter() {
        String club = Tokens.forBenchmarkingClub(platform.realmUrl());
        int status = 200;
        String retryAfter = null;
        for (int i = 0; i < 40 && status != 429; i++) {
            var response = given().auth().oauth2(club).queryParam("limit", 1).when().get("/api/lg-inform/open-data/changes")
                    .then().extract();
            status = response.statusCode();
            retryAfter = response.header("Retry-After");
        }
        assertThat(status).isEqualTo(429);
        assertThat(retryAfter).matches("[1-9][0-9]*");
    }

    private static io.restassured.response.Response postCsv(String csv) {
        return given().auth().oauth2(leeds).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post("/api/lg-inform/councils/" + LEEDS + "/data-returns");
    }

    /** Walks the change feed to its end and returns the cursor to resume from. */
    private static String endOfChangeFeed() {
        String since = "0";
        while (true) {
            var page = given().queryParam("since", since).queryParam("limit", 10_000)
                    .when().get("/api/lg-inform/open-data/changes").then().statusCode(200).extract();
            String next = page.path("next");
            if (next.equals(since)) {
                return since;
            }
            since = next;
        }
    }
}
