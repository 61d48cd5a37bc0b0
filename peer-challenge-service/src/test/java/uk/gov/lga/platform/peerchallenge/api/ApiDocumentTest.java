package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.ServedDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** Peer challenge's API document: the committed one is the one served, and it follows the API conventions. */
@QuarkusTest
class ApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void theCommittedDocumentIsTheServedOne() {
        ServedDocument.assertMatchesCommitted(served(), ServedDocument.COMMITTED);
    }

    @Test
    void everyOperationHasAnIdATagAndSaysWhoMayCallIt() throws Exception {
        List<String> unconventional = new ArrayList<>();
        JsonNode paths = new ObjectMapper().readTree(served()).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                String where = method.toUpperCase() + " " + path.getKey();
                if (!operation.path("operationId").asText().matches("[a-z]+[A-Z][A-Za-z]*")) {
                    unconventional.add(where + ": no verb + noun operationId");
                }
                if (operation.path("tags").size() != 1) {
                    unconventional.add(where + ": not one domain tag");
                }
                if (!operation.path("description").asText().matches("(?s).*\\b(Callers|Anonymous)\\b.*")) {
                    unconventional.add(where + ": the description does not say who may call it");
                }
            }
        }
        assertThat(unconventional).isEmpty();
    }

    @Test
    void publishingAReportAnswers201WithItsLocationAndTypedRefusals() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .rootPath("paths.'/challenges/{id}/report'.post")
                .body("operationId", equalTo("publishChallengeReport"))
                .body("requestBody.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/ReportRequest"))
                .body("responses.'201'.headers.Location.schema.format", equalTo("uri"))
                .body("responses.'201'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/ReportView"))
                .body("responses.'403'.'$ref'", equalTo("#/components/responses/Forbidden"))
                .body("responses.'409'.'$ref'", equalTo("#/components/responses/Conflict"))
                .body("responses.'422'.'$ref'", equalTo("#/components/responses/UnprocessableContent"))
                .body("security.collect { it.keySet() }.flatten()", hasItems("SecurityScheme", "oidc"));
    }

    @Test
    void textThatMustNotBeBlankIsDocumentedAsSuchNotAsOneCharacter() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .rootPath("components.schemas")
                .body("ReportRequest.properties.title.pattern", equalTo(SchemaBounds.NOT_BLANK))
                .body("BookingRequest.properties.focusAreas.items.pattern", equalTo(SchemaBounds.NOT_BLANK))
                .body("BookingRequest.properties.focusAreas.items.maxLength", equalTo(200));
    }

    private static String served() {
        return given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
