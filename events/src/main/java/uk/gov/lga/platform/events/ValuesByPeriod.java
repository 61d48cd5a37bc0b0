package uk.gov.lga.platform.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire form of {@link DataReturnPublished#values()}: grouped by period, each value a tuple
 * {@code [metric, value, revision, status]}:
 * <pre>{"2024/25": [["usable-reserves", 12.5, 2, "FINAL"], ...], "2023/24": [...]}</pre>
 * A national dataset's events carry thousands of values each; named fields on every value made them
 * about three times larger, and every byte is written, stored, relayed, kept by Kafka and parsed again.
 * Values come back grouped by period, in the order each period first appeared.
 */
final class ValuesByPeriod {

    private ValuesByPeriod() {
    }

    static final class Writer extends JsonSerializer<List<DataReturnPublished.Value>> {

        @Override
        public void serialize(List<DataReturnPublished.Value> values, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            Map<String, List<DataReturnPublished.Value>> byPeriod = new LinkedHashMap<>();
            values.forEach(v -> byPeriod.computeIfAbsent(v.period(), p -> new ArrayList<>()).add(v));
            json.writeStartObject();
            for (Map.Entry<String, List<DataReturnPublished.Value>> period : byPeriod.entrySet()) {
                json.writeArrayFieldStart(period.getKey());
                for (DataReturnPublished.Value v : period.getValue()) {
                    json.writeStartArray();
                    json.writeString(v.metric());
                    json.writeNumber(v.value());
                    json.writeNumber(v.revision());
                    json.writeString(v.status());
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    static final class Reader extends JsonDeserializer<List<DataReturnPublished.Value>> {

        @Override
        public List<DataReturnPublished.Value> deserialize(JsonParser json, DeserializationContext context) throws IOException {
            expect(json, json.currentToken(), JsonToken.START_OBJECT, context);
            List<DataReturnPublished.Value> values = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String period = json.currentName();
                expect(json, json.nextToken(), JsonToken.START_ARRAY, context);
                while (json.nextToken() == JsonToken.START_ARRAY) {
                    expect(json, json.nextToken(), JsonToken.VALUE_STRING, context);
                    String metric = json.getText();
                    JsonToken number = json.nextToken();
                    if (number != JsonToken.VALUE_NUMBER_INT && number != JsonToken.VALUE_NUMBER_FLOAT) {
                        context.reportInputMismatch(List.class, "a value's second item must be its number");
                    }
                    BigDecimal value = json.getDecimalValue();
                    expect(json, json.nextToken(), JsonToken.VALUE_NUMBER_INT, context);
                    int revision = json.getIntValue();
                    expect(json, json.nextToken(), JsonToken.VALUE_STRING, context);
                    String status = json.getText();
                    expect(json, json.nextToken(), JsonToken.END_ARRAY, context);
                    values.add(new DataReturnPublished.Value(metric, period, value, revision, status));
                }
                expect(json, json.currentToken(), JsonToken.END_ARRAY, context);
            }
            return values;
        }

        private static void expect(JsonParser json, JsonToken actual, JsonToken expected, DeserializationContext context)
                throws IOException {
            if (actual != expected) {
                context.reportInputMismatch(List.class, "values: expected %s but found %s at %s", expected, actual,
                        json.currentLocation());
            }
        }
    }
}
