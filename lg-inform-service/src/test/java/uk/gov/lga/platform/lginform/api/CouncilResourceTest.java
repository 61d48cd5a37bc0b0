package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.NO_COUNCIL;

@QuarkusTest
class CouncilResourceTest {

    @Test
    void anonymousCallerReadsACouncil() {
        given().when().get("/councils/" + LEEDS)
                .then().statusCode(200)
                .body("name", equalTo("Leeds"))
                .body("type", equalTo("MD"))
                .body("region", equalTo("Yorkshire and The Humber"));
    }

    @Test
    void unknownCouncilIsA404Problem() {
        given().when().get("/councils/" + NO_COUNCIL)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No council has the GSS code E99999999."));
    }

    @Test
    void registerHoldsAllThreeHundredAndEightyTwoCouncils() {
        String next = given().queryParam("limit", 300).when().get("/councils")
                .then().statusCode(200).body("items", hasSize(300)).body("next", notNullValue())
                .extract().path("next");
        given().queryParam("limit", 300).queryParam("after", next).when().get("/councils")
                .then().statusCode(200).body("items", hasSize(82)).body("next", nullValue());
    }

    @Test
    void londonBoroughsFilterByRegionAndType() {
        given().queryParam("region", "London").queryParam("type", "LBO").when().get("/councils")
                .then().statusCode(200)
                .body("items", hasSize(32))
                .body("items.region", everyItem(equalTo("London")));
    }

    @Test
    void englandHasThreeHundredAndSeventeenCouncils() {
        given().queryParam("nation", "England").queryParam("limit", 500).when().get("/councils")
                .then().statusCode(200).body("items", hasSize(317));
    }

    @Test
    void pageSizeAboveTheCapIsRejectedNamingTheParameter() {
        given().queryParam("limit", 5000).when().get("/councils")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }
}
