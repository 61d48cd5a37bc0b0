package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.CARLISLE;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBERLAND;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBRIA;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.NORTH_YORKSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.NORTH_YORKSHIRE_COUNTY;
import static uk.gov.lga.platform.lginform.Fixtures.SOMERSET_WEST_AND_TAUNTON;
import static uk.gov.lga.platform.lginform.Fixtures.TAUNTON_DEANE;
import static uk.gov.lga.platform.lginform.Fixtures.WESTMORLAND_AND_FURNESS;
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
    void listAtADayHoldsTheCouncilsThatExistedThen() {
        // 317 today; on 2018-05-01 without the 11 successors created since 2019, with 47 councils abolished since
        // (Somerset West and Taunton began in 2019)
        given().queryParam("nation", "England").queryParam("at", "2018-05-01").queryParam("limit", 500).when().get("/councils")
                .then().statusCode(200)
                .body("items", hasSize(353))
                .body("items.gssCode", hasItems(CUMBRIA, NORTH_YORKSHIRE_COUNTY, TAUNTON_DEANE))
                .body("items.gssCode", not(hasItems(CUMBERLAND)))
                .body("items.gssCode", not(hasItems(NORTH_YORKSHIRE)));
        given().queryParam("at", "2020-01-01").queryParam("limit", 500).when().get("/councils")
                .then().statusCode(200)
                .body("items.gssCode", hasItems(SOMERSET_WEST_AND_TAUNTON))
                .body("items.gssCode", not(hasItems(TAUNTON_DEANE)));
    }

    @Test
    void todaysListLeavesAbolishedCouncilsOut() {
        given().queryParam("type", "CTY").queryParam("limit", 500).when().get("/councils")
                .then().statusCode(200)
                .body("items", hasSize(21))
                .body("items.gssCode", not(hasItems(CUMBRIA)));
    }

    @Test
    void anAbolishedCouncilShowsItsLastDayAndItsSuccessors() {
        given().when().get("/councils/" + CUMBRIA)
                .then().statusCode(200)
                .body("name", equalTo("Cumbria"))
                .body("validFrom", nullValue())
                .body("validTo", equalTo("2023-03-31"))
                .body("successors.gssCode", contains(CUMBERLAND, WESTMORLAND_AND_FURNESS))
                .body("successors.name", contains("Cumberland", "Westmorland and Furness"))
                .body("predecessors", hasSize(0));
    }

    @Test
    void aSuccessorShowsItsFirstDayAndLinksBackToItsPredecessors() {
        given().when().get("/councils/" + CUMBERLAND)
                .then().statusCode(200)
                .body("validFrom", equalTo("2023-04-01"))
                .body("validTo", nullValue())
                .body("predecessors.gssCode", hasItems(CUMBRIA, CARLISLE))
                .body("successors", hasSize(0));
        given().when().get("/councils/" + CARLISLE)
                .then().statusCode(200)
                .body("countyCode", equalTo("CMA"))
                .body("countyGssCode", equalTo(CUMBRIA));
    }

    @Test
    void aDayThatIsNotOneIsRejectedNamingTheParameter() {
        given().queryParam("at", "2018-13-01").when().get("/councils")
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
    }

    @Test
    void pageSizeAboveTheCapIsRejectedNamingTheParameter() {
        given().queryParam("limit", 5000).when().get("/councils")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }
}
