package uk.gov.lga.platform.systemtest;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The foundation journey on the real stack: a council's system posts a return through the gateway
 * with a Keycloak token, LG Inform stores it and publishes DataReturnPublished over Kafka, and the
 * radar records a signal that only radar roles may read.
 */
class DataReturnJourneyIT {

    static final String LEEDS = "E08000035";
    static final String YORK = "E06000014";
    static final String RETURN = """
            {"period": "2024/25", "values": [{"metric": "usable-reserves", "value": 183400},
                                             {"metric": "household-waste-recycled", "value": 37.9}]}
            """;

    static Platform platform;
    static String leedsOfficer;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        leedsOfficer = Tokens.forUser(platform.realmUrl(), "officer.leeds");
    }

    @Test
    void officerSubmitsTheirCouncilsReturnThroughTheGateway() {
        given().auth().oauth2(leedsOfficer).contentType(ContentType.JSON).body(RETURN)
                .when().post("/api/lg-inform/councils/" + LEEDS + "/data-returns")
                .then().statusCode(201)
                .header("X-Request-Id", notNullValue())
                .body("councilCode", equalTo(LEEDS))
                .body("submittedBy", equalTo("officer.leeds"));
    }

    @Test
    void officerCannotSubmitAnotherCouncilsReturn() {
        given().auth().oauth2(leedsOfficer).contentType(ContentType.JSON).body(RETURN)
                .when().post("/api/lg-inform/councils/" + YORK + "/data-returns")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anonymousSubmissionIsUnauthorized() {
        given().contentType(ContentType.JSON).body(RETURN)
                .when().post("/api/lg-inform/councils/" + LEEDS + "/data-returns")
                .then().statusCode(401);
    }

    @Test
    void forgedTokenIsRejectedAtTheGateway() {
        given().auth().oauth2(leedsOfficer.substring(0, leedsOfficer.length() - 4) + "AAAA")
                .contentType(ContentType.JSON).body(RETURN)
                .when().post("/api/lg-inform/councils/" + LEEDS + "/data-returns")
                .then().statusCode(401);
    }

    @Test
    void returnForAnUnknownCouncilIsA404Problem() {
        given().auth().oauth2(leedsOfficer).contentType(ContentType.JSON).body(RETURN)
                .when().post("/api/lg-inform/councils/E99999999/data-returns")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void analystSeesTheLeedsSignalWithinTenSecondsAfterItCrossedKafka() {
        String analyst = Tokens.forUser(platform.realmUrl(), "analyst");
        int before = given().auth().oauth2(analyst).when().get("/api/radar/councils/" + LEEDS + "/signals")
                .then().statusCode(200).extract().<List<?>>path("").size();

        given().auth().oauth2(leedsOfficer).contentType(ContentType.JSON).body(RETURN)
                .when().post("/api/lg-inform/councils/" + LEEDS + "/data-returns")
                .then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(analyst).when().get("/api/radar/councils/" + LEEDS + "/signals")
                        .then().statusCode(200).extract().<List<?>>path("").size() > before);
    }

    @Test
    void councilOfficerCannotReadTheRadar() {
        given().auth().oauth2(leedsOfficer).when().get("/api/radar/councils/" + LEEDS + "/signals")
                .then().statusCode(403);
    }

    @Test
    void serviceReachedDirectlyStillRequiresAToken() {
        given().baseUri("http://localhost:" + platform.ports().lgInform()).contentType(ContentType.JSON).body(RETURN)
                .when().post("/councils/" + LEEDS + "/data-returns")
                .then().statusCode(401);
        given().baseUri("http://localhost:" + platform.ports().radar())
                .when().get("/councils/" + LEEDS + "/signals")
                .then().statusCode(401);
    }
}
