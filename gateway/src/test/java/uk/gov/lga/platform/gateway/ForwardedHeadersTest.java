package uk.gov.lga.platform.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The service learns where the caller stands from the gateway, never from the caller. */
@QuarkusTest
@QuarkusTestResource(EchoServiceResource.class)
class ForwardedHeadersTest {

    @Test
    void serviceIsToldTheCallersHostPortSchemeAndPrefix() {
        given().header("Host", "api.example.test:8443").when().get("/api/lg-inform/councils/E08000035")
                .then().statusCode(200)
                .body("X-Forwarded-Host", equalTo("api.example.test"))
                .body("X-Forwarded-Port", equalTo("8443"))
                .body("X-Forwarded-Proto", equalTo("http"))
                .body("X-Forwarded-Prefix", equalTo("/api/lg-inform"))
                .body("X-Forwarded-For", equalTo("127.0.0.1"));
    }

    @Test
    void hostWithoutAPortMeansTheSchemesDefault() {
        given().header("Host", "api.example.test").when().get("/api/radar/councils")
                .then().statusCode(200)
                .body("X-Forwarded-Host", equalTo("api.example.test"))
                .body("X-Forwarded-Port", equalTo("80"))
                .body("X-Forwarded-Prefix", equalTo("/api/radar"));
    }

    @Test
    void whatTheCallerClaimsAboutProxiesIsReplaced() {
        given().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Prefix", "/elsewhere")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "10.9.8.7")
                .header("X-Forwarded-Server", "evil").header("Forwarded", "host=evil.example;proto=https")
                .when().get("/api/knowledge-hub/communities")
                .then().statusCode(200)
                .body("X-Forwarded-Host", equalTo("localhost"))
                .body("X-Forwarded-Prefix", equalTo("/api/knowledge-hub"))
                .body("X-Forwarded-Proto", equalTo("http"))
                .body("X-Forwarded-For", equalTo("127.0.0.1"))
                .body("X-Forwarded-Server", nullValue())
                .body("Forwarded", nullValue());
    }

    @Test
    void theServiceReceivesTheNormalisedPath() {
        given().urlEncodingEnabled(false).when().get("/api/peer-challenge/councils/%45%30%38000035/./offer")
                .then().statusCode(200).body("uri", equalTo("/councils/E08000035/offer"));
    }

    @Test
    void compressionIsTheGatewaysNotTheServices() {
        given().header("Accept-Encoding", "gzip").when().get("/api/lg-inform/councils")
                .then().statusCode(200).body("Accept-Encoding", nullValue());
    }
}
