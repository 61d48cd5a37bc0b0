package uk.gov.lga.platform.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.executable.ExecutableValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.ids.ValidMetricId;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ProblemExceptionMappers#fieldOf} on violations made by a real Hibernate Validator, on the shapes
 * a resource method has: query parameters and request bodies. Parameter names are the Java names, which the
 * build keeps ({@code -parameters}).
 */
class ProblemFieldPathTest {

    private static ValidatorFactory factory;
    private static Validator validator;
    private static ExecutableValidator methods;

    /** The shapes of a resource: a query parameter, a list query parameter, a body. */
    static class Resource {

        public void list(@ValidGssCode String council) {
        }

        public void values(List<@ValidMetricId String> metric) {
        }

        public void submit(@Valid @NotNull Submission body) {
        }

        public void submitAll(List<@Valid Value> body) {
        }
    }

    record Submission(String period, List<@Valid Value> values, Map<String, @Valid Value> byMetric,
                      Map<@ValidGssCode String, BigDecimal> byCouncil) {
    }

    record Value(@ValidMetricId String metric, BigDecimal value) {
    }

    private static final Value GOOD = new Value("usable-reserves", BigDecimal.ONE);
    private static final Value BAD = new Value("Usable Reserves", BigDecimal.ONE);

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
        methods = validator.forExecutables();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void queryParameterIsNamedByTheParameter() {
        assertThat(fieldsOfCall("list", "e08000035")).containsExactly("council");
    }

    @Test
    void bodyFieldInAListIsNamedByItsPathInsideTheBody() {
        Submission body = new Submission("2024/25", List.of(GOOD, GOOD, BAD), Map.of(), Map.of());

        assertThat(fieldsOfCall("submit", body)).containsExactly("values[2].metric");
    }

    @Test
    void bodyFieldInAMapIsNamedByTheMapKey() {
        Submission body = new Submission("2024/25", List.of(), Map.of("usable-reserves", BAD), Map.of());

        assertThat(fieldsOfCall("submit", body)).containsExactly("byMetric[usable-reserves].metric");
    }

    @Test
    void invalidMapKeyIsNamedByTheKey() {
        Submission body = new Submission("2024/25", List.of(), Map.of(), Map.of("leeds", BigDecimal.TEN));

        assertThat(fieldsOfCall("submit", body)).containsExactly("byCouncil[leeds]");
    }

    @Test
    void bodyThatIsAListIsNamedFromTheIndex() {
        assertThat(fieldsOfCall("submitAll", List.of(GOOD, BAD))).containsExactly("[1].metric");
    }

    @Test
    void missingBodyIsNamedByTheParameter() {
        assertThat(fieldsOfCall("submit", (Object) null)).containsExactly("body");
    }

    @Test
    void beanValidatedOutsideAMethodIsNamedByItsPath() {
        Submission body = new Submission("2024/25", List.of(BAD, GOOD), Map.of(), Map.of());

        assertThat(validator.validate(body)).extracting(ProblemExceptionMappers::fieldOf)
                .containsExactly("values[0].metric");
    }

    @Test
    void elementOfAListQueryParameterIsNamedByTheParameterAndIndex() {
        assertThat(fieldsOfCall("values", List.of("usable-reserves", "Usable Reserves"))).containsExactly("metric[1]");
    }

    private static List<String> fieldsOfCall(String method, Object... arguments) {
        Method target = resourceMethod(method);
        Set<ConstraintViolation<Resource>> violations = methods.validateParameters(new Resource(), target, arguments);
        assertThat(violations).as("violations of %s", method).isNotEmpty();
        return violations.stream().map(ProblemExceptionMappers::fieldOf).sorted().toList();
    }

    private static Method resourceMethod(String name) {
        for (Method method : Resource.class.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
