package uk.gov.lga.platform.support.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Status { PROVISIONAL, FINAL }

    record Value(String metric, BigDecimal value, Status status, Boolean shared) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void readsAWellFormedBody() throws JsonProcessingException {
        Value v = json.readValue("{\"metric\":\"usable-reserves\",\"value\":26.335086811,\"status\":\"FINAL\",\"shared\":true}",
                Value.class);

        assertThat(v).isEqualTo(new Value("usable-reserves", new BigDecimal("26.335086811"), Status.FINAL, true));
    }

    @Test
    void refusesADuplicateKey() {
        assertThatThrownBy(() -> json.readValue("{\"metric\":\"a\",\"metric\":\"b\"}", Value.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field");
    }

    @Test
    void refusesASecondDocumentAfterTheFirst() {
        assertThatThrownBy(() -> json.readValue("{\"metric\":\"a\"} {\"metric\":\"b\"}", Value.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusesANumberWhereAnEnumIsExpected() {
        assertThatThrownBy(() -> json.readValue("{\"status\":1}", Value.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusesAStringOrNumberWhereABooleanIsExpected() {
        assertThatThrownBy(() -> json.readValue("{\"shared\":\"maybe\"}", Value.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> json.readValue("{\"shared\":1}", Value.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void refusesAnEscapedNulInAString() {
        assertThatThrownBy(() -> json.readValue("{\"metric\":\"a\\u0000b\"}", Value.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("control character");
    }

    @Test
    void refusesANumberWithAHugeExponentNamingTheField() {
        assertThatThrownBy(() -> json.readValue("{\"value\":1e1000000}", Value.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("value");
        assertThatThrownBy(() -> json.readValue("{\"value\":\"1e1000000\"}", Value.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void readsANumericStringInAsciiOnly() throws JsonProcessingException {
        assertThat(json.readValue("{\"value\":\"12.5\"}", Value.class).value()).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> json.readValue("{\"value\":\"\u0661\u0662\"}", Value.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void everyGeneratedExponentEitherReadsWithinTheBoundsOrIsRefused() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String body = "{\"value\":1.5e" + (generated.nextInt(3) == 0 ? generated.between(-40, 40) : (int) generated.nextLong()) + "}";
            try {
                BigDecimal value = json.readValue(body, Value.class).value();
                assertThat(value.toPlainString().length()).as(generated.describe(body)).isLessThan(40);
            } catch (JsonProcessingException refused) {
                assertThat(refused.getMessage()).as(generated.describe(body)).isNotEmpty();
            }
        }
    }
}
