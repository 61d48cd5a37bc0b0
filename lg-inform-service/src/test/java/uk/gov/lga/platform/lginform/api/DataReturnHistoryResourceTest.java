package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.DataReturnService;
import uk.gov.lga.platform.lginform.domain.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.ReturnedValues;
import uk.gov.lga.platform.lginform.domain.ValueStatus;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DataReturnHistoryResourceTest {

    static final String BRADFORD = "E08000032";

    @Inject
    DataReturnService returns;

    long latest;

    @BeforeEach
    void bradfordHasReturnedTwice() {
        for (String value : new String[] {"10", "11"}) {
            latest = returns.submit(BRADFORD, ReturnedValues.of(List.of(new ReturnedValue("values[0]", null, "usable-reserves", "2020/21",
                    new BigDecimal(value), ValueStatus.FINAL, null))), "officer.bradford").dataReturn().id;
        }
    }

    @Test
    @TestSecurity(user = "officer.bradford", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = BRADFORD))
    void officerReadsTheirCouncilsReturnsNewestFirst() {
        given().when().get("/councils/" + BRADFORD + "/data-returns")
                .then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(2))
                .body("items[0].id", equalTo((int) latest))
                .body("items.councilCode", everyItem(equalTo(BRADFORD)));
    }

    @Test
    @TestSecurity(user = "officer.bradford", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = BRADFORD))
    void oneReturnShowsTheRevisionItsValueBecame() {
        given().when().get("/councils/" + BRADFORD + "/data-returns/" + latest)
                .then().statusCode(200)
                .body("values", hasSize(1))
                .body("values[0].revision", greaterThanOrEqualTo(2))
                .body("submittedBy", equalTo("officer.bradford"));
    }

    @Test
    @TestSecurity(user = "officer.bradford", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = BRADFORD))
    void pagesFollowTheCursor() {
        String next = given().queryParam("limit", 1).when().get("/councils/" + BRADFORD + "/data-returns")
                .then().statusCode(200).body("items", hasSize(1)).extract().path("next");
        given().queryParam("limit", 1).queryParam("after", next).when().get("/councils/" + BRADFORD + "/data-returns")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", org.hamcrest.Matchers.lessThan(Integer.parseInt(next)));
    }

    @Test
    @TestSecurity(user = "officer.bradford", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = BRADFORD))
    void returnOfAnotherCouncilIsNotFoundUnderThisOne() {
        given().when().get("/councils/" + BRADFORD + "/data-returns/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E08000035"))
    void anotherCouncilsOfficerIsForbidden() {
        given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(403);
        given().when().get("/councils/" + BRADFORD + "/data-returns/" + latest).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    void lgaAdviserReadsAnyCouncilsReturns() {
        given().when().get("/councils/" + BRADFORD + "/data-returns/" + latest).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminReadsAnyCouncilsReturns() {
        given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "club", roles = "benchmarking-club")
    void benchmarkingClubIsForbidden() {
        given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(403);
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        given().when().get("/councils/" + BRADFORD + "/data-returns").then().statusCode(401);
    }
}
