package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The gateway accepts only access tokens issued for the platform, verified here (signature, expiry,
 * issuer, audience lg-platform, typ Bearer); anything else is the gateway's own 401 problem.
 */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class TokenChecksTest {

    @Test
    void platformAccessTokenIsPassedOn() {
        String token = TestTokens.accessToken("officer.leeds");
        given().auth().oauth2(token).when().get("/api/lg-inform/councils")
                .then().statusCode(200).body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void idTokenIsRefused() {
        // Keycloak's ID tokens: typ ID, audience the client that asked for it.
        refused(TestTokens.claims("officer.leeds").put("typ", "ID").put("aud", "lg-console"));
    }

    @Test
    void idTokenIsRefusedEvenWithThePlatformAudience() {
        refused(TestTokens.claims("officer.leeds").put("typ", "ID"));
    }

    @Test
    void tokenWithoutATypeIsRefused() {
        JsonObject claims = TestTokens.claims("officer.leeds");
        claims.remove("typ");
        refused(claims);
    }

    @Test
    void refreshTokenIsRefused() {
        refused(TestTokens.claims("officer.leeds").put("typ", "Refresh"));
    }

    @Test
    void accessTokenOfAnotherClientOfTheRealmIsRefused() {
        refused(TestTokens.claims("service-account-other-app").put("azp", "other-app").put("aud", "account"));
        JsonObject noAudience = TestTokens.claims("service-account-other-app").put("azp", "other-app");
        noAudience.remove("aud");
        refused(noAudience);
    }

    @Test
    void expiredTokenIsRefused() {
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        refused(TestTokens.claims("officer.leeds").put("iat", past - 300).put("exp", past));
    }

    @Test
    void tokenOfAnotherIssuerIsRefused() {
        refused(TestTokens.claims("officer.leeds").put("iss", "https://elsewhere.test/realms/lg"));
    }

    @Test
    void tokenWithABadSignatureIsRefused() {
        given().auth().oauth2(TestTokens.forged(TestTokens.claims("officer.leeds")))
                .when().get("/api/lg-inform/councils").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageIsRefused() {
        given().header("Authorization", "Bearer abc.def.ghi").when().get("/api/lg-inform/open-data/values")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void noTokenIsAnonymousAndPassesOn() {
        given().when().get("/api/lg-inform/councils").then().statusCode(200).body("authorization", equalTo(null));
    }

    private static void refused(JsonObject claims) {
        given().auth().oauth2(TestTokens.sign(claims)).when().get("/api/lg-inform/councils")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("instance", equalTo("/api/lg-inform/councils"));
    }
}
