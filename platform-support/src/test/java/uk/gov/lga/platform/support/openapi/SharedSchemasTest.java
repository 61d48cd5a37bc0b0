package uk.gov.lga.platform.support.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

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
}
