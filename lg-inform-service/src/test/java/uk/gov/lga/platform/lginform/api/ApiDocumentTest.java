package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.ServedDocument;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** LG Inform's API document: the committed one is the one served, and it follows the API conventions. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void theCommittedDocumentIsTheServedOne() {
        ServedDocument.assertMatchesCommitted(
                given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString(),
                ServedDocument.COMMITTED);
    }

    @Test
    void aJsonReturnIsANamedSchemaAndItsCsvTwinIsTextWithAnExample() {
        document().rootPath("paths.'/councils/{gssCode}/data-returns'.post")
                .body("operationId", equalTo("submitDataReturn"))
                .body("tags", contains("Data returns"))
                .body("requestBody.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/DataReturnRequest"))
                .body("requestBody.content.'text/csv'.schema.type", equalTo("string"))
                .body("requestBody.content.'text/csv'.examples.return.value", notNullValue());
    }

    @Test
    void aStoredReturnIsA201WithItsLocationAndTheReturn() {
        document().rootPath("paths.'/councils/{gssCode}/data-returns'.post.responses")
                .body("'201'.headers.Location.schema.format", equalTo("uri"))
                .body("'201'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/DataReturnView"))
                .body("$", not(hasKey("200")))
                .body("'422'.'$ref'", equalTo("#/components/responses/UnprocessableContent"));
    }

    @Test
    void openDataIsJsonOrCsvWithAnETagAndA304() {
        document().rootPath("paths.'/open-data/values'.get")
                .body("operationId", equalTo("exportOpenData"))
                .body("responses.'200'.content.'application/json'.schema.items.'$ref'",
                        equalTo("#/components/schemas/ValueView"))
                .body("responses.'200'.content.'text/csv'.schema.type", equalTo("string"))
                .body("responses.'200'.headers.ETag.schema.maxLength", equalTo(34))
                .body("responses", hasKey("304"));
    }

    @Test
    void valuesAreAPageOfNamedValuesOrACsvPage() {
        document().rootPath("paths.'/values'.get.responses.'200'")
                .body("content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/PageValueView"))
                .body("content.'text/csv'.schema.maxLength", equalTo(ValueResource.MAX_CSV_PAGE))
                .body("headers.'X-Next-Cursor'.schema.pattern", equalTo(ValueResource.CURSOR));
    }

    @Test
    void deletingADashboardIsA204AndOnlyForNamedRoles() {
        document().rootPath("paths.'/dashboards/{id}'.delete")
                .body("operationId", equalTo("deleteDashboard"))
                .body("responses", hasKey("204"))
                .body("responses.'403'.'$ref'", equalTo("#/components/responses/Forbidden"));
    }

    @Test
    void councilsAreReadAnonymouslyByListCouncils() {
        document().rootPath("paths.'/councils'.get")
                .body("operationId", equalTo("listCouncils"))
                .body("tags", contains("Councils"))
                .body("security", equalTo(null))
                .body("responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/PageCouncilView"));
    }

    private static ValidatableResponse document() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }
}
