package uk.gov.lga.platform.lginform.api;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;

import java.math.BigDecimal;

/** Exact numbers in JSON answers: read as BigDecimal, compared by value (35 equals 35.0). */
final class ExactNumbers {

    static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private ExactNumbers() {
    }

    static Matcher<Number> decimal(String expected) {
        BigDecimal wanted = new BigDecimal(expected);
        return new CustomTypeSafeMatcher<>("a number equal to " + expected) {
            @Override
            protected boolean matchesSafely(Number actual) {
                return new BigDecimal(actual.toString()).compareTo(wanted) == 0;
            }
        };
    }
}
