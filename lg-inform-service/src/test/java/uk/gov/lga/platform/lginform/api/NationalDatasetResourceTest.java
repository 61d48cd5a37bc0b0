package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.NationalData;
import uk.gov.lga.platform.lginform.StoredData;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class NationalDatasetResourceTest {

    static final String DATASET = """
            council,metric,period,value
            E08000035,population,2023,812000
            E06000014,population,2023,202800
            E09000033,population,2023,204200
            """;

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void adminLoadsOneReturnPerCouncil() {
        StoredData before = StoredData.now();
        long published = NationalData.events("DataReturnPublished");
        given().contentType("text/csv").body(DATASET).when().post("/data-returns")
                .then().statusCode(201)
                .body("valueCount", equalTo(3))
                .body("returns", hasSize(3))
                .body("returns.source", contains("NATIONAL", "NATIONAL", "NATIONAL"));
        StoredData after = StoredData.now();
        assertThat(after.returns() - before.returns()).isEqualTo(3);
        assertThat(NationalData.events("DataReturnPublished") - published).as("one DataReturnPublished per council")
                .isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void jsonDatasetNamesEachValuesCouncil() {
        given().contentType(ContentType.JSON).body("""
                {"period": "2022", "values": [{"council": "E08000035", "metric": "population", "value": 800000},
                                              {"council": "E06000014", "metric": "population", "value": 200000}]}
                """).when().post("/data-returns").then().statusCode(201).body("returns", hasSize(2));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void oneBadLineRejectsTheWholeDataset() {
        StoredData before = StoredData.now();
        given().contentType("text/csv").body(DATASET + "E99999999,population,2023,1\nE08000016,population,2023/24,1\n")
                .when().post("/data-returns")
                .then().statusCode(422)
                .body("errors.field", contains("line 5: council", "line 6: period"));
        assertThat(StoredData.now()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void jsonValueWithoutACouncilIsNamed() {
        given().contentType(ContentType.JSON).body("{\"period\": \"2022\", \"values\": [{\"metric\": \"population\", \"value\": 1}]}")
                .when().post("/data-returns").then().statusCode(400)
                .body("errors[0].field", equalTo("values[0].council"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E08000035"))
    void councilOfficerCannotLoadANationalDataset() {
        given().contentType("text/csv").body(DATASET).when().post("/data-returns").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "club", roles = "benchmarking-club")
    void benchmarkingClubCannotLoadANationalDataset() {
        given().contentType("text/csv").body(DATASET).when().post("/data-returns").then().statusCode(403);
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        given().contentType("text/csv").body(DATASET).when().post("/data-returns").then().statusCode(401);
    }
}
