package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.lga.platform.lginform.Fixtures.CSV;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.postCsv;
import static uk.gov.lga.platform.lginform.Fixtures.stored;

@QuarkusTest
@TestSecurity(user = "officer.leeds", roles = "council-officer")
@OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
class CsvDataReturnResourceTest {

    @Test
    void csvReturnIsStoredWithStatusAndNote() {
        postCsv(LEEDS, """
                metric,period,value,status,note
                usable-reserves,2021/22,1500.5,provisional,"Unaudited, subject to change"
                household-waste-recycled,2021/22,41.3,final,
                """).then().statusCode(201)
                .body("values", hasSize(2))
                .body("values[0].status", equalTo("PROVISIONAL"))
                .body("values[0].note", equalTo("Unaudited, subject to change"))
                .body("values[1].status", equalTo("FINAL"));
    }

    @Test
    void columnsMayComeInAnyOrder() {
        postCsv(LEEDS, "value,metric,period\n12,household-waste-recycled,2018/19\n").then().statusCode(201)
                .body("values[0].metric", equalTo("household-waste-recycled"));
    }

    @Test
    void everyBadLineIsNamedAndNothingIsStored() {
        Fixtures.Stored before = stored();
        postCsv(LEEDS, """
                metric,period,value
                usable-reserves,2022/23,100
                no-such-metric,2022/23,1
                household-waste-recycled,2022/23,lots
                household-waste-recycled,2022,30
                usable-reserves,2022/23,5
                """).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("line 3: metric", "line 4: value", "line 5: period", "line 6"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void lineWithTooManyFieldsIsNamed() {
        postCsv(LEEDS, "metric,period,value\nusable-reserves,2022/23,1,extra\n").then().statusCode(422)
                .body("errors[0].field", equalTo("line 2"));
    }

    @Test
    void unknownColumnIsNamed() {
        postCsv(LEEDS, "metric,period,value,colour\nusable-reserves,2022/23,1,red\n").then().statusCode(422)
                .body("errors[0].field", equalTo("line 1"));
    }

    @Test
    void missingRequiredColumnIsNamed() {
        postCsv(LEEDS, "metric,value\nusable-reserves,1\n").then().statusCode(422)
                .body("errors[0].field", equalTo("line 1"))
                .body("errors[0].message", containsString("'period'"));
    }

    @Test
    void councilColumnBelongsToNationalDatasets() {
        postCsv(LEEDS, "council,metric,period,value\nE08000035,usable-reserves,2022/23,1\n").then().statusCode(422)
                .body("errors[0].message", containsString("national"));
    }

    @Test
    void unclosedQuoteIsABadCsvProblem() {
        // the quote runs to the end of the body, so the line has too few fields
        Fixtures.Stored before = stored();
        postCsv(LEEDS, "metric,period,value,note\nusable-reserves,2022/23,1,\"never closed\n").then().statusCode(422)
                .contentType("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void bodyThatIsNotUtf8IsRejected() {
        byte[] latin1 = "metric,period,value,note\nusable-reserves,2022/23,1,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType(CSV).body(latin1).when().post("/councils/" + LEEDS + "/data-returns")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UTF-8"));
    }

    @Test
    void emptyBodyIsABadRequest() {
        postCsv(LEEDS, "").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void headerWithoutValuesIsABadRequest() {
        postCsv(LEEDS, "metric,period,value\n").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void bodyOverTheLimitIsRefused() {
        Fixtures.Stored before = stored();
        String huge = "metric,period,value\n" + "usable-reserves,2022/23,1\n".repeat(60_000);
        postCsv(LEEDS, huge).then().statusCode(413);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void injectionInANoteIsStoredAsPlainText() {
        String note = "'); DROP TABLE data_value; -- <script>alert(1)</script>";
        postCsv(LEEDS, "metric,period,value,note\nusable-reserves,2017/18,7,\"" + note + "\"\n").then().statusCode(201)
                .body("values[0].note", equalTo(note));
        assertThat(stored().values()).isPositive();
    }

    @Test
    void injectionInAMetricIsAnUnknownMetric() {
        Fixtures.Stored before = stored();
        postCsv(LEEDS, "metric,period,value\n\"x' OR '1'='1\",2022/23,1\n").then().statusCode(422)
                .body("errors[0].field", equalTo("line 2: metric"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void otherMediaTypeIsUnsupported() {
        given().contentType("application/xml").body("<return/>").when().post("/councils/" + LEEDS + "/data-returns")
                .then().statusCode(415);
    }
}
