package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.lga.platform.lginform.Fixtures.CSV;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.events;
import static uk.gov.lga.platform.lginform.Fixtures.stored;

/** National datasets, by caller: only a platform admin loads them. */
@QuarkusTest
class NationalDatasetResourceTest {

    static final String DATASET = """
            council,metric,period,value
            E08000035,population,2023,812000
            E06000014,population,2023,202800
            E09000033,population,2023,204200
            """;

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void adminLoadsOneReturnPerCouncil() {
            Fixtures.Stored before = stored();
            long published = events("DataReturnPublished");
            given().contentType(CSV).body(DATASET).when().post("/data-returns")
                    .then().statusCode(201)
                    .body("valueCount", equalTo(3))
                    .body("returns", hasSize(3))
                    .body("returns.source", contains("NATIONAL", "NATIONAL", "NATIONAL"));
            Fixtures.Stored after = stored();
            assertThat(after.returns() - before.returns()).isEqualTo(3);
            assertThat(events("DataReturnPublished") - published).as("one DataReturnPublished per council")
                    .isEqualTo(3);
        }

        @Test
        void jsonDatasetNamesEachValuesCouncil() {
            given().contentType(ContentType.JSON).body("""
                    {"period": "2022", "values": [{"council": "E08000035", "metric": "population", "value": 800000},
                                                  {"council": "E06000014", "metric": "population", "value": 200000}]}
                    """).when().post("/data-returns").then().statusCode(201).body("returns", hasSize(2));
        }

        @Test
        void oneBadLineRejectsTheWholeDataset() {
            Fixtures.Stored before = stored();
            given().contentType(CSV).body(DATASET + "E99999999,population,2023,1\nE08000016,population,2023/24,1\n")
                    .when().post("/data-returns")
                    .then().statusCode(422)
                    .body("errors.field", contains("line 5: council", "line 6: period"));
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void datasetMixingAbolishedAndCurrentCouncilsLoadsWhole() {
            // an adult social care series as published: counties abolished in 2023 and 2021 beside today's councils
            given().contentType(CSV).body("""
                    council,metric,period,value
                    E10000006,social-care-ratio,2016/17,26.335086811
                    E10000023,social-care-ratio,2016/17,31.20794112
                    E10000021,social-care-ratio,2016/17,29.5
                    E08000035,social-care-ratio,2016/17,33.1
                    E10000006,social-care-ratio,2022/23,27.9
                    E06000063,social-care-ratio,2023/24,28.25
                    E06000065,social-care-ratio,2023/24,30.75
                    """).when().post("/data-returns")
                    .then().statusCode(201)
                    .body("valueCount", equalTo(7))
                    .body("returns", hasSize(6));
        }

        @Test
        void valueForAPeriodOutsideItsCouncilsLifeIsRefusedNamingItsLine() {
            Fixtures.Stored before = stored();
            given().contentType(CSV).body("""
                    council,metric,period,value
                    E10000006,social-care-ratio,2015/16,26.3
                    E10000006,social-care-ratio,2023/24,26.3
                    E06000063,social-care-ratio,2022/23,28.2
                    E06000063,social-care-ratio,2023/24,28.2
                    """).when().post("/data-returns")
                    .then().statusCode(422)
                    .body("errors.field", contains("line 3: period", "line 4: period"))
                    .body("errors[0].message", equalTo("council E10000006 did not exist during 2023/24 (2023-04-01 to "
                            + "2024-03-31): it existed until 2023-03-31"))
                    .body("errors[1].message", equalTo("council E06000063 did not exist during 2022/23 (2022-04-01 to "
                            + "2023-03-31): it existed from 2023-04-01"));
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void jsonValueWithoutACouncilIsNamed() {
            given().contentType(ContentType.JSON).body("{\"period\": \"2022\", \"values\": [{\"metric\": \"population\", \"value\": 1}]}")
                    .when().post("/data-returns").then().statusCode(400)
                    .body("errors[0].field", equalTo("values[0].council"));
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class CouncilOfficer {

        @Test
        void councilOfficerCannotLoadANationalDataset() {
            given().contentType(CSV).body(DATASET).when().post("/data-returns").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void benchmarkingClubCannotLoadANationalDataset() {
            given().contentType(CSV).body(DATASET).when().post("/data-returns").then().statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerIsUnauthorized() {
            given().contentType(CSV).body(DATASET).when().post("/data-returns").then().statusCode(401);
        }
    }
}
