package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class GatewayRoutingTest {

    @Test
    void pathAfterThePrefixReachesTheServiceUnchanged() {
        given().when().get("/api/lg-inform/councils/E08000035?nation=England")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/councils/E08000035?nation=England"));
    }

    @Test
    void eachServiceHasItsOwnPrefix() {
        given().when().get("/api/radar/councils/E08000035/signals").then().statusCode(200)
                .body("uri", equalTo("/councils/E08000035/signals"));
        given().when().get("/api/peer-challenge/councils/E08000035/offer").then().statusCode(200)
                .body("uri", equalTo("/councils/E08000035/offer"));
        given().when().get("/api/knowledge-hub/communities").then().statusCode(200)
                .body("uri", equalTo("/communities"));
    }

    @Test
    void requestBodyIsForwarded() {
        given().contentType("application/json").body("{\"period\":\"2024/25\"}")
                .when().post("/api/lg-inform/councils/E08000035/data-returns")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(20));
    }

    @Test
    void bearerTokenIsPassedOn() {
        String token = TestTokens.accessToken("officer.leeds");
        given().auth().oauth2(token).when().get("/api/lg-inform/councils")
                .then().statusCode(200).body("authorization", equalTo("Bearer " + token));
    }

    @Test
    void requestWithoutAnIdGetsOneThatTheServiceAlsoSees() {
        var response = given().when().get("/api/lg-inform/councils").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract();
        org.assertj.core.api.Assertions.assertThat(response.<String>path("requestId"))
                .isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void callersRequestIdIsKept() {
        given().header("X-Request-Id", "council-system-42").when().get("/api/lg-inform/councils")
                .then().statusCode(200)
                .header("X-Request-Id", "council-system-42")
                .body("requestId", equalTo("council-system-42"));
    }

    @Test
    void gatewaysOwnResponsesCarryARequestId() {
        given().when().get("/q/health/live").then().statusCode(200).header("X-Request-Id", notNullValue());
    }

    @Test
    void unknownServiceIsA404Problem() {
        given().when().get("/api/payroll/anything")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void serviceManagementEndpointsAreNotExposed() {
        given().when().get("/api/radar/q/metrics").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/lg-inform/q/health").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/lg-inform/q").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void pathVariantsOfManagementEndpointsAreBlockedOrRefused() throws java.io.IOException {
        // Sent byte for byte: a client library would tidy some of these up before sending.
        for (String variant : new String[] {"/api/radar//q/metrics", "/api/radar/./q/metrics", "/api/radar/%2e/q/health",
                "/api/radar/%71/metrics", "/api/radar/x/../q/metrics", "/api/radar/x/%2e%2e/q/metrics", "/%61pi/radar/q/metrics"}) {
            RawHttp.Response response = RawHttp.get(variant);
            org.assertj.core.api.Assertions.assertThat(response.status()).as(variant).isEqualTo(404);
            org.assertj.core.api.Assertions.assertThat(response.header("Content-Type")).as(variant).startsWith("application/problem+json");
        }
        for (String variant : new String[] {"/api/radar/q;x/metrics", "/api/radar/%252e/q/metrics", "/api/radar/%2fq/metrics",
                "/api/radar/%00", "/api/radar/../lg-inform/councils", "/api/radar/%c0%ae%c0%ae/q"}) {
            RawHttp.Response response = RawHttp.get(variant);
            org.assertj.core.api.Assertions.assertThat(response.status()).as(variant).isEqualTo(400);
            org.assertj.core.api.Assertions.assertThat(response.header("Content-Type")).as(variant).startsWith("application/problem+json");
        }
    }

    @Test
    void gatewaysOwnUnknownPathIsA404Problem() {
        given().when().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void serviceApiDocumentIsReadableThroughTheGateway() {
        given().when().get("/api/radar/q/openapi").then().statusCode(200).body("uri", equalTo("/q/openapi"));
    }

    @Test
    void readinessReflectsTheServices() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'services' }.data.radar", equalTo("UP"));
    }

    @Test
    void configuredOriginMayCallFromABrowser() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .when().options("/api/lg-inform/councils")
                .then().header("Access-Control-Allow-Origin", "http://localhost:3000");
    }

    @Test
    void otherOriginIsNotAllowed() {
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/lg-inform/councils")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
