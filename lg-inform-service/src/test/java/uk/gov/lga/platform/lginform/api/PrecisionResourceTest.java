package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;

import java.math.BigDecimal;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.lga.platform.lginform.Fixtures.BARKING_AND_DAGENHAM;
import static uk.gov.lga.platform.lginform.Fixtures.BARNET;
import static uk.gov.lga.platform.lginform.Fixtures.BEXLEY;
import static uk.gov.lga.platform.lginform.Fixtures.BRENT;
import static uk.gov.lga.platform.lginform.Fixtures.BROMLEY;
import static uk.gov.lga.platform.lginform.Fixtures.CSV;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBRIA;
import static uk.gov.lga.platform.lginform.Fixtures.KIRKLEES;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.metric;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.EXACT;

/**
 * Published figures loaded as they are: ratios of nine to eleven significant digits, as an adult social care release
 * carries them, round-trip digit for digit, and the comparison statistics agree with an independent computation in
 * floating point on the raw figures within 1e-9 relative. Metric prec-ratio is these tests' alone.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "platform-admin")
class PrecisionResourceTest {

    static final String RATIO = "prec-ratio";
    static final String PERIOD = "2018/19";
    static final String[] COUNCILS = {BARKING_AND_DAGENHAM, BARNET, BEXLEY, BRENT, BROMLEY, KIRKLEES, LEEDS, CUMBRIA};
    static final String[] FIGURES = {"26.335086811", "31.207941120", "18.904761905", "22.4417", "27.118644068",
            "35.555555556", "19.873417722", "0.000000123456789"};

    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        metric(RATIO, Polarity.HIGH_IS_GOOD, PeriodType.FINANCIAL_YEAR);
        StringBuilder csv = new StringBuilder("council,metric,period,value\n");
        for (int i = 0; i < COUNCILS.length; i++) {
            csv.append(COUNCILS[i]).append(',').append(RATIO).append(',').append(PERIOD).append(',').append(FIGURES[i]).append('\n');
        }
        given().contentType(CSV).body(csv.toString()).when().post("/data-returns").then().statusCode(201);
        published = true;
    }

    @Test
    void valuesComeBackWithTheDigitsTheyWereSentWith() {
        String json = given().queryParam("metric", RATIO).queryParam("period", PERIOD).queryParam("limit", 100)
                .when().get("/values").then().statusCode(200).extract().asString();

        for (String figure : FIGURES) {
            assertThat(json).contains("\"value\":" + figure + ",");
        }
        String csv = given().accept("text/csv").queryParam("metric", RATIO).queryParam("period", PERIOD)
                .when().get("/values").then().statusCode(200).extract().asString();
        assertThat(csv).contains("," + PERIOD + ",31.207941120,", "," + PERIOD + ",0.000000123456789,");
    }

    @Test
    void statisticsAgreeWithAnIndependentComputationOnTheRawFigures() {
        double[] raw = Arrays.stream(FIGURES).mapToDouble(Double::parseDouble).sorted().toArray();
        double median = quantile(raw, 0.5);
        double[] deviations = Arrays.stream(raw).map(x -> Math.abs(x - median)).sorted().toArray();
        JsonPath group = given().config(EXACT).queryParam("metric", RATIO).queryParam("period", PERIOD)
                .when().get("/councils/" + LEEDS + "/comparisons").then().statusCode(200)
                .body("comparisons[0].group.count", equalTo(8))
                .extract().jsonPath().setRootPath("comparisons[0].group");

        assertClose(group.getObject("lowerQuartile", BigDecimal.class), quantile(raw, 0.25));
        assertClose(group.getObject("median", BigDecimal.class), median);
        assertClose(group.getObject("upperQuartile", BigDecimal.class), quantile(raw, 0.75));
        assertClose(group.getObject("mean", BigDecimal.class), Arrays.stream(raw).average().orElseThrow());
        assertClose(group.getObject("mad", BigDecimal.class), quantile(deviations, 0.5));
        assertClose(group.getObject("min", BigDecimal.class), raw[0]);
        assertClose(group.getObject("max", BigDecimal.class), raw[raw.length - 1]);
    }

    @Test
    void moreDecimalPlacesThanTheBoundAreRefusedNamingTheLine() {
        given().contentType(CSV).body("council,metric,period,value\n" + LEEDS + "," + RATIO + ",2017/18,1.1234567890123456\n"
                        + LEEDS + "," + RATIO + ",2016/17,1e400\n")
                .when().post("/data-returns").then().statusCode(422)
                .body("errors[0].field", equalTo("line 2: value"))
                .body("errors[0].message", containsString("15 after it"))
                .body("errors[1].field", equalTo("line 3: value"));
    }

    @Test
    void fifteenDecimalPlacesAreKept() {
        given().contentType(CSV).body("council,metric,period,value\n" + BARNET + "," + RATIO + ",2017/18,999.999999999999999\n")
                .when().post("/data-returns").then().statusCode(201);

        assertThat(given().queryParam("metric", RATIO).queryParam("period", "2017/18").queryParam("area", BARNET)
                .when().get("/values").then().statusCode(200).extract().asString()).contains("\"value\":999.999999999999999,");
    }

    /** Type 7 (Hyndman and Fan), as the README writes it, in floating point. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        return lower + 1 < sorted.length ? sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]) : sorted[lower];
    }

    private static void assertClose(BigDecimal actual, double expected) {
        assertThat(actual).isNotNull();
        assertThat(actual.doubleValue()).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
    }
}
