package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static uk.gov.lga.platform.lginform.Fixtures.BRADFORD;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.officer;
import static uk.gov.lga.platform.lginform.Fixtures.submit;

/** A council's returns read back, by caller. Bradford has returned twice before each test. */
@QuarkusTest
class DataReturnHistoryResourceTest {

    long latest;

    @BeforeEach
    void bradfordHasReturnedTwice() {
        for (String value : new String[] {"10", "11"}) {
            latest = submit(officer("officer.bradford", BRADFORD), "usable-reserves", "2020/21", value, null);
        }
    }

    @Nested
    @TestSecurity(user = "officer.bradford", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = BRADFORD))
    class BradfordOfficer {

        @Test
        void officerReadsTheirCouncilsReturnsNewestFirst() {
            given().when().get("/councils/" + BRADFORD + "/data-returns")
                    .then().statusCode(200)
                    .body("items.size()", greaterThanOrEqualTo(2))
                    .body("items[0].id", equalTo((int) latest))
                    .body("items.councilCode", everyItem(equalTo(BRADFORD)));
        }

        @Test
        void oneReturnShowsTheRevisionItsValueBecame() {
            given().when().get("/councils/" + BRADFORD + "/data-returns/" + latest)
                    .then().statusCode(200)
                    .body("values", hasSize(1))
                    .body("values[0].revision", greaterThanOrEqualTo(2))
                    .body("submittedBy", equalTo("officer.bradford"));
        }

        @Test
        void pagesFollowTheCursor() {
            String next = given().queryParam("limit", 1).when().get("/councils/" + BRADFORD + "/data-returns")
                    .then().statusCode(200).body("items", hasSize(1)).extract().path("next");
            given().queryParam("limit", 1).queryParam("after", next).when().get("/councils/" + BRADFORD + "/data-returns")
                    .then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].id", lessThan(Integer.parseInt(next)));
        }

        @Test
        void returnOfAnotherCouncilIsNotFoundUnderThisOne() {
            given().when().get("/councils/" + BRADFORD + "/data-returns/999999999").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class AnotherCouncilsOfficer {

        @Test
        void anotherCouncilsOfficerIsForbidden() {
            given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(403);
            given().when().get("/councils/" + BRADFORD + "/data-returns/" + latest).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void lgaAdviserReadsAnyCouncilsReturns() {
            given().when().get("/councils/" + BRADFORD + "/data-returns/" + latest).then().statusCode(200);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void platformAdminReadsAnyCouncilsReturns() {
            given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(200);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void benchmarkingClubIsForbidden() {
            given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerIsUnauthorized() {
            given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(401);
        }
    }
}
