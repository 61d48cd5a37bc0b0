package uk.gov.lga.platform.systemtest;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * LG Inform across time through the gateway on the real stack: a national dataset of a published series mixing
 * abolished and current councils loads whole; a 2016/17 comparison counts the councils of 2016/17 (Cumbria, not
 * Cumberland); a successor's series brings its predecessors' values marked; political control is recorded by an
 * admin and read by anyone.
 */
class RegisterAcrossTimeIT {

    static final String CUMBRIA = "E10000006";
    static final String CUMBERLAND = "E06000063";
    static final String NORTH_YORKSHIRE_COUNTY = "E10000023";
    static final String NORTH_YORKSHIRE = "E06000065";
    static final String LEEDS = "E08000035";
    /** CSV as council systems send it: UTF-8, said so (REST Assured would otherwise declare ISO-8859-1). */
    static final String CSV = "text/csv; charset=UTF-8";
    static final String[] NORTH_YORKSHIRE_DISTRICTS = {"E07000163", "E07000164", "E07000165", "E07000166", "E07000167",
            "E07000168", "E07000169"};

    static Platform platform;
    static String admin;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        admin = Tokens.forUser(platform.realmUrl(), "admin");
    }

    @Test
    void comparisonFor2016To17CountsCumbriaAndNotCumberland() {
        given().auth().oauth2(admin).contentType(CSV).body("""
                council,metric,period,value
                E10000006,social-care-ratio,2016/17,26.335086811
                E10000023,social-care-ratio,2016/17,31.20794112
                E08000035,social-care-ratio,2016/17,33.1
                """).when().post("/api/lg-inform/data-returns").then().statusCode(201).body("returns", hasSize(3));

        given().queryParam("metric", "social-care-ratio").queryParam("period", "2016/17").queryParam("group", "all-england")
                .when().get("/api/lg-inform/councils/" + CUMBRIA + "/comparisons").then().statusCode(200)
                .body("comparisons[0].value", equalTo(26.335086811f))
                .body("comparisons[0].geography.period", equalTo("2016/17"))
                .body("comparisons[0].geography.from", equalTo("2016-04-01"))
                .body("comparisons[0].group.inGroup", equalTo(true))
                .body("comparisons[0].group.members", equalTo(353));
        given().queryParam("metric", "social-care-ratio").queryParam("period", "2016/17").queryParam("group", "all-england")
                .when().get("/api/lg-inform/councils/" + CUMBERLAND + "/comparisons").then().statusCode(200)
                .body("comparisons[0].group.inGroup", equalTo(false))
                .body("comparisons[0].value", nullValue());
        given().queryParam("nation", "England").queryParam("at", "2016-06-01").queryParam("limit", 500)
                .when().get("/api/lg-inform/councils").then().statusCode(200)
                .body("items.gssCode", hasItem(CUMBRIA))
                .body("items.gssCode", not(hasItem(CUMBERLAND)));
    }

    @Test
    void valueOutsideItsCouncilsLifeIsRefusedNamingItsLine() {
        given().auth().oauth2(admin).contentType(CSV).body("""
                council,metric,period,value
                E06000063,social-care-ratio,2016/17,20
                """).when().post("/api/lg-inform/data-returns").then().statusCode(422)
                .body("errors[0].field", equalTo("line 2: period"));
    }

    @Test
    void successorsSeriesBringsItsPredecessorsValuesMarked() {
        StringBuilder csv = new StringBuilder("council,metric,period,value\n")
                .append(NORTH_YORKSHIRE_COUNTY).append(",net-revenue-expenditure,2022/23,410000\n");
        for (String district : NORTH_YORKSHIRE_DISTRICTS) {
            csv.append(district).append(",net-revenue-expenditure,2022/23,10000\n");
        }
        csv.append(NORTH_YORKSHIRE).append(",net-revenue-expenditure,2023/24,495000.5\n");
        given().auth().oauth2(admin).contentType(CSV).body(csv.toString())
                .when().post("/api/lg-inform/data-returns").then().statusCode(201);

        given().queryParam("metric", "net-revenue-expenditure").queryParam("predecessors", true)
                .when().get("/api/lg-inform/councils/" + NORTH_YORKSHIRE + "/series").then().statusCode(200)
                .body("seriesBreak.on", equalTo("2023-04-01"))
                .body("points.find { it.period == '2022/23' }.value", nullValue())
                .body("points.find { it.period == '2022/23' }.predecessors", hasSize(8))
                .body("points.find { it.period == '2022/23' }.comparable.value", equalTo(480000))
                .body("points.find { it.period == '2022/23' }.comparable.method", equalTo("ALL_PREDECESSORS"))
                .body("points.find { it.period == '2023/24' }.value", equalTo(495000.5f));
        given().queryParam("metric", "net-revenue-expenditure").queryParam("area", NORTH_YORKSHIRE)
                .queryParam("period", "2022/23,2023/24").queryParam("predecessors", true)
                .when().get("/api/lg-inform/values").then().statusCode(200)
                .body("items", hasSize(9))
                .body("items.findAll { it.predecessorOf == '" + NORTH_YORKSHIRE + "' }.councilCode",
                        hasItem(NORTH_YORKSHIRE_COUNTY));
    }

    @Test
    void politicalControlIsRecordedByAnAdminAndReadByAnyone() {
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"control\": \"NO_OVERALL_CONTROL\", \"leaderParty\": \"Labour\", \"effectiveFrom\": \"" + day + "\"}")
                .when().put("/api/lg-inform/councils/" + LEEDS + "/political-control").then().statusCode(200)
                .body("current.control", equalTo("NO_OVERALL_CONTROL"));
        given().auth().oauth2(Tokens.forUser(platform.realmUrl(), "officer.leeds")).contentType(ContentType.JSON)
                .body("{\"control\": \"Labour\", \"effectiveFrom\": \"" + day + "\"}")
                .when().put("/api/lg-inform/councils/" + LEEDS + "/political-control").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"control\": \"Labour\", \"effectiveFrom\": \"" + day + "\"}")
                .when().put("/api/lg-inform/councils/" + LEEDS + "/political-control").then().statusCode(401);

        given().when().get("/api/lg-inform/councils/" + LEEDS + "/political-control").then().statusCode(200)
                .body("current.effectiveFrom", equalTo(day))
                .body("history.control", containsInAnyOrder("NO_OVERALL_CONTROL"));
    }
}
