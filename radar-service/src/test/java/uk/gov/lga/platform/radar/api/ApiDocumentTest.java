package uk.gov.lga.platform.radar.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.ServedDocument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The radar's API document: the committed one is the one served, and it follows the API conventions. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void theCommittedDocumentIsTheServedOne() {
        ServedDocument.assertMatchesCommitted(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString(),
                ServedDocument.COMMITTED);
    }

    @Test
    void signalsAreListedByANamedOperationWithTypedRefusals() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/councils/{gssCode}/signals'.get")
                .body("operationId", equalTo("listCouncilSignals"))
                .body("tags", contains("Signals"))
                .body("responses.'200'.content.'application/json'.schema.items.'$ref'",
                        equalTo("#/components/schemas/SignalView"))
                .body("responses.'401'.'$ref'", equalTo("#/components/responses/Unauthorized"))
                .body("responses.'403'.'$ref'", equalTo("#/components/responses/Forbidden"))
                .body("security.collect { it.keySet() }.flatten()", hasItems("SecurityScheme", "oidc"));
    }

    @Test
    void signingInPointsAtTheRealmsDiscoveryDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.oidc.openIdConnectUrl",
                        equalTo("http://localhost:8180/realms/lg/.well-known/openid-configuration"))
                .body("components.responses.Forbidden.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"));
    }
}
