package uk.gov.lga.platform.systemtest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;

/** Each service answers through the gateway with real tokens, and the gateway reports on all of them. */
class PlatformAccessIT {

    static Platform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void anyoneReadsTheCouncilsRegister() {
        given().when().get("/api/lg-inform/councils/E08000035").then().statusCode(200).body("name", equalTo("Leeds"));
    }

    @Test
    void officerReadsTheirCouncilsOffer() {
        given().auth().oauth2(Tokens.forUser(platform.realmUrl(), "officer.leeds"))
                .when().get("/api/peer-challenge/councils/E08000035/offer")
                .then().statusCode(200).body("councilCode", equalTo("E08000035"));
    }

    @Test
    void officerCannotReadAnotherCouncilsOffer() {
        given().auth().oauth2(Tokens.forUser(platform.realmUrl(), "officer.york"))
                .when().get("/api/peer-challenge/councils/E08000035/offer")
                .then().statusCode(403);
    }

    @Test
    void benchmarkingClubWithClientCredentialsReadsCommunities() {
        given().auth().oauth2(Tokens.forBenchmarkingClub(platform.realmUrl()))
                .when().get("/api/knowledge-hub/communities")
                .then().statusCode(200).body("items.size()", greaterThan(0));
    }

    @Test
    void anonymousCallerCannotReadCommunities() {
        given().when().get("/api/knowledge-hub/communities").then().statusCode(401);
    }

    @Test
    void gatewayIsReadyWhenEveryServiceIs() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void allFourApiDocumentsAreReadableThroughTheGateway() {
        for (String service : new String[] {"lg-inform", "peer-challenge", "knowledge-hub", "radar"}) {
            given().accept("application/json").when().get("/api/" + service + "/q/openapi")
                    .then().statusCode(200).body("$", hasKey("paths"));
        }
    }
}
