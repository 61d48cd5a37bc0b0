package uk.gov.lga.platform.systemtest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

/**
 * On the real stack: only access tokens issued for the platform (audience lg-platform, typ Bearer) are
 * accepted, at the gateway and by every service reached directly; and the links a service writes when
 * called through the gateway (Location, problem instance) name the gateway and /api/&lt;service&gt;/... .
 */
class EdgeTokensAndLinksIT {

    static Platform platform;

    /** A path of each service that a platform token may call (the check under test comes before any role check). */
    static final Map<String, String> PATH_OF = Map.of(
            "lg-inform", "/councils/E08000035",
            "peer-challenge", "/councils/E08000035/offer",
            "knowledge-hub", "/communities",
            "radar", "/councils/E08000035/signals");

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
    }

    @Test
    void idTokenIsRefusedAtTheGatewayAndByEveryService() {
        Response tokens = given().formParam("grant_type", "password").formParam("client_id", "lg-console")
                .formParam("username", "officer.leeds").formParam("password", "demo").formParam("scope", "openid")
                .when().post(platform.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().response();
        String idToken = tokens.path("id_token");
        String accessToken = tokens.path("access_token");
        assertThat(idToken).isNotBlank();

        given().auth().oauth2(idToken).when().get("/api/peer-challenge/councils/E08000035/offer")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        given().auth().oauth2(accessToken).when().get("/api/peer-challenge/councils/E08000035/offer")
                .then().statusCode(200);
        for (Map.Entry<String, String> service : PATH_OF.entrySet()) {
            given().baseUri(serviceUrl(service.getKey())).auth().oauth2(idToken).when().get(service.getValue())
                    .then().statusCode(401);
            given().baseUri(serviceUrl(service.getKey())).auth().oauth2(accessToken).when().get(service.getValue())
                    .then().statusCode(not(401));
        }
    }

    @Test
    void tokenOfAnotherClientOfTheRealmIsRefusedAtTheGatewayAndByEveryService() {
        // other-app's service account even has the benchmarking-club role: its tokens lack the platform's audience.
        String other = given().formParam("grant_type", "client_credentials").formParam("client_id", "other-app")
                .formParam("client_secret", "other-secret")
                .when().post(platform.realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(other).when().get("/api/knowledge-hub/communities")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forBenchmarkingClub(platform.realmUrl())).when().get("/api/knowledge-hub/communities")
                .then().statusCode(200).body("items.size()", greaterThan(0));
        for (Map.Entry<String, String> service : PATH_OF.entrySet()) {
            given().baseUri(serviceUrl(service.getKey())).auth().oauth2(other).when().get(service.getValue())
                    .then().statusCode(401);
        }
    }

    @Test
    void locationOfAReturnPostedThroughTheGatewayNamesTheGatewayAndCanBeFollowed() {
        String yorkOfficer = Tokens.forUser(platform.realmUrl(), "officer.york");
        String location = given().auth().oauth2(yorkOfficer).contentType(ContentType.JSON)
                .body("{\"period\": \"2022/23\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 51234}]}")
                .when().post("/api/lg-inform/councils/E06000014/data-returns")
                .then().statusCode(201).extract().header("Location");

        assertThat(location).startsWith(platform.gatewayUrl() + "/api/lg-inform/councils/E06000014/data-returns/");
        given().auth().oauth2(yorkOfficer).when().get(location)
                .then().statusCode(200).body("councilCode", equalTo("E06000014"));
    }

    @Test
    void problemInstanceNamesThePathTheCallerUsed() {
        given().auth().oauth2(Tokens.forUser(platform.realmUrl(), "officer.leeds")).contentType(ContentType.JSON)
                .body("{\"period\": \"2024/25\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 1}]}")
                .when().post("/api/lg-inform/councils/E99999999/data-returns")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/lg-inform/councils/E99999999/data-returns"));
    }

    private static String serviceUrl(String service) {
        int port = switch (service) {
            case "lg-inform" -> platform.ports().lgInform();
            case "peer-challenge" -> platform.ports().peerChallenge();
            case "knowledge-hub" -> platform.ports().knowledgeHub();
            case "radar" -> platform.ports().radar();
            default -> throw new IllegalArgumentException(service);
        };
        return "http://localhost:" + port;
    }
}
