package uk.gov.lga.platform.support.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class SharedSchemasTest {

    @Test
    void aBeanValidationPatternIsAnchoredSoAClientReadsItAsTheServerDoes() {
        Schema schema = OASFactory.createSchema().pattern("[ENSW]\\d{8}");

        SharedSchemas.anchorPattern(schema);

        assertThat(schema.getPattern()).isEqualTo("^(?:[ENSW]\\d{8})$");
        assertThat(Pattern.compile(schema.getPattern()).matcher("xE08000035x").find()).isFalse();
    }

    @Test
    void aPatternWrittenAnchoredIsLeftAsItIs() {
        Schema schema = OASFactory.createSchema().pattern("^[a-z]+$");

        SharedSchemas.anchorPattern(schema);

        assertThat(schema.getPattern()).isEqualTo("^[a-z]+$");
    }

    @Test
    void notBlankStaysAnyNonSpaceCharacterSoLongerTextIsStillValid() {
        Schema schema = OASFactory.createSchema().pattern("\\S");

        SharedSchemas.anchorPattern(schema);

        // JSON Schema patterns match anywhere: "Leeds City Council" must stay valid, "   " must not.
        assertThat(Pattern.compile(schema.getPattern()).matcher("Leeds City Council").find()).isTrue();
        assertThat(Pattern.compile(schema.getPattern()).matcher("   ").find()).isFalse();
    }

    @Test
    void aPageIsBoundByTheLargestLimitOfTheOperationsAnsweringIt() {
        OpenAPI document = documentWithPage("PageValueView", 5000);

        SharedSchemas.describe(document);

        assertThat(items(document, "PageValueView").getMaxItems()).isEqualTo(5000);
    }

    @Test
    void aPageWithoutABoundedLimitParameterHasTheSharedBound() {
        OpenAPI document = documentWithPage("PageCouncilView", null);

        SharedSchemas.describe(document);

        assertThat(items(document, "PageCouncilView").getMaxItems()).isEqualTo(500);
    }

    private static Schema items(OpenAPI document, String page) {
        return document.getComponents().getSchemas().get(page).getProperties().get("items");
    }

    /** A document with one page schema answered by GET /things, whose limit parameter has the given maximum. */
    private static OpenAPI documentWithPage(String page, Integer limitMaximum) {
        Schema pageSchema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of("items", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY),
                        "next", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        Schema limit = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
        if (limitMaximum != null) {
            limit.maximum(BigDecimal.valueOf(limitMaximum));
        }
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().addSchema(page, pageSchema))
                .paths(OASFactory.createPaths().addPathItem("/things", OASFactory.createPathItem().GET(
                        OASFactory.createOperation()
                                .addParameter(OASFactory.createParameter().name("limit").in(Parameter.In.QUERY).schema(limit))
                                .responses(OASFactory.createAPIResponses().addAPIResponse("200",
                                        OASFactory.createAPIResponse().content(OASFactory.createContent().addMediaType(
                                                "application/json", OASFactory.createMediaType().schema(
                                                        OASFactory.createSchema().ref("#/components/schemas/" + page)))))))));
    }
}
