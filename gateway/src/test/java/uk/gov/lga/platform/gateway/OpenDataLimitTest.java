package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@TestProfile(OpenDataLimitTest.SmallLimit.class)
@QuarkusTestResource(EchoServiceResource.class)
class OpenDataLimitTest {

    /** Three requests, then one a minute. */
    public static class SmallLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.limits.burst", "3", "gateway.limits.requests-per-minute", "1");
        }
    }

    @Test
    void callerThatFloodsGets429WithRetryAfter() {
        String token = TestTokens.accessToken("club-that-floods");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/lg-inform/open-data/values").then().statusCode(200);
        }
        given().auth().oauth2(token).when().get("/api/lg-inform/open-data/values")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
    }

    @Test
    void oneCallersFloodDoesNotLimitAnother() {
        String flooder = TestTokens.accessToken("another-flooder");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(flooder).when().get("/api/lg-inform/open-data/changes");
        }
        given().auth().oauth2(TestTokens.accessToken("patient-club")).when().get("/api/lg-inform/open-data/changes")
                .then().statusCode(200);
    }

    @Test
    void forgedTokensNamingSomeoneElseNeitherPassNorUseUpTheirAllowance() {
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(TestTokens.forged(TestTokens.claims("victim-club")))
                    .when().get("/api/lg-inform/open-data/values")
                    .then().statusCode(401).contentType("application/problem+json");
        }
        String victim = TestTokens.accessToken("victim-club");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(victim).when().get("/api/lg-inform/open-data/values").then().statusCode(200);
        }
    }

    @Test
    void pathVariantsCountAgainstTheSameLimit() {
        String token = TestTokens.accessToken("club-with-variants");
        for (String variant : new String[] {"/api/lg-inform/open-data/values", "/api/lg-inform/%6Fpen-data/values",
                "/api/lg-inform//open-data/values"}) {
            given().urlEncodingEnabled(false).auth().oauth2(token).when().get(variant).then().statusCode(200);
        }
        given().urlEncodingEnabled(false).auth().oauth2(token).when().get("/api/lg-inform/./open-data/values")
                .then().statusCode(429);
    }

    @Test
    void otherRoutesAreNotLimited() {
        for (int i = 0; i < 6; i++) {
            given().when().get("/api/lg-inform/councils").then().statusCode(200);
        }
    }
}
