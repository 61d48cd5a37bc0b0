package uk.gov.lga.platform.support.edge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * JSON read strictly by every service: a duplicate key, a second document after the first, a number where
 * an enum or a boolean is expected, a string with a control character, or a number beyond {@link Numbers}'
 * bounds is an error (answered 400 naming the field), never silently taken.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Nesting deeper than any of our bodies needs is refused before it costs stack. */
    static final int MAX_NESTING = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(Numbers.MAX_LITERAL_LENGTH)
                .maxNestingDepth(MAX_NESTING)
                .build());
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        SimpleModule module = new SimpleModule("platform-strict-json");
        module.addDeserializer(String.class, new PlainText());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        mapper.registerModule(module);
    }

    /** Strings without control characters other than tab and line breaks. */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && !Text.isAcceptable(text)) {
                return (String) ctxt.handleWeirdStringValue(String.class, text, "contains a control character");
            }
            return text;
        }
    }

    /** Decimals within {@link Numbers}' bounds, read from a JSON number or a numeric string. */
    static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value;
            if (p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                value = p.getDecimalValue();
            } else if (p.hasToken(JsonToken.VALUE_STRING)) {
                value = Numbers.parse(p.getText().trim());
                if (value == null) {
                    return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, p.getText(), "is not a number");
                }
            } else {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            BigDecimal bounded = Numbers.bounded(value);
            if (bounded == null) {
                return (BigDecimal) ctxt.handleWeirdNumberValue(BigDecimal.class, value, Numbers.BOUNDS);
            }
            return bounded;
        }
    }
}
