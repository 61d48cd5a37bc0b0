package uk.gov.lga.platform.knowledgehub.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.ServedDocument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The Knowledge Hub's API document: the committed one is the one served, and it follows the API conventions. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void theCommittedDocumentIsTheServedOne() {
        ServedDocument.assertMatchesCommitted(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString(),
                ServedDocument.COMMITTED);
    }

    @Test
    void communitiesAreListedAPageAtATime() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/communities'.get")
                .body("operationId", equalTo("listCommunities"))
                .body("tags", contains("Communities"))
                .body("responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageCommunityView"))
                .body("responses.'400'.'$ref'", equalTo("#/components/responses/BadRequest"))
                .noRootPath()
                .body("components.schemas.PageCommunityView.properties.items.maxItems", equalTo(500));
    }

    @Test
    void anyRoleMayReadACommunitySoNoRefusalForRoleIsDocumented() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/communities/{id}'.get")
                .body("operationId", equalTo("getCommunity"))
                .body("responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/CommunityView"))
                .body("responses.'404'.'$ref'", equalTo("#/components/responses/NotFound"))
                .body("responses.'403'", nullValue());
    }
}
