package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

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
        String token = tokenFor("club-that-floods");
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer " + token).when().get("/api/lg-inform/open-data/values")
                    .then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + token).when().get("/api/lg-inform/open-data/values")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429));
    }

    @Test
    void oneCallersFloodDoesNotLimitAnother() {
        String flooder = tokenFor("another-flooder");
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", "Bearer " + flooder).when().get("/api/lg-inform/open-data/changes");
        }
        given().header("Authorization", "Bearer " + tokenFor("patient-club")).when().get("/api/lg-inform/open-data/changes")
                .then().statusCode(200);
    }

    @Test
    void otherRoutesAreNotLimited() {
        for (int i = 0; i < 6; i++) {
            given().when().get("/api/lg-inform/councils").then().statusCode(200);
        }
    }

    /** An unsigned token with a subject: the limiter only reads the subject (authentication is off in tests). */
    private static String tokenFor(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + b64.encodeToString(("{\"sub\":\"" + subject + "\"}").getBytes()) + ".sig";
    }
}
