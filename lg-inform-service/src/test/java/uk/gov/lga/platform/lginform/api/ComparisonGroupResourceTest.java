package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.lga.platform.lginform.Fixtures.ASHFORD;
import static uk.gov.lga.platform.lginform.Fixtures.CAMBRIDGESHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.DERBYSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.DEVON;
import static uk.gov.lga.platform.lginform.Fixtures.EAST_SUSSEX;
import static uk.gov.lga.platform.lginform.Fixtures.ESSEX;
import static uk.gov.lga.platform.lginform.Fixtures.ISLE_OF_ANGLESEY;
import static uk.gov.lga.platform.lginform.Fixtures.KENT;
import static uk.gov.lga.platform.lginform.Fixtures.WORCESTERSHIRE;
import static uk.gov.lga.platform.lginform.Fixtures.publish;

/** Built-in and nearest-neighbour groups: open to everyone. Counties' contextual data is published here only. */
@QuarkusTest
class ComparisonGroupResourceTest {

    /** 1 all-england + 6 types + 9 regions + 21 counties. */
    static final int BUILT_IN = 37;

    private static boolean countiesPublished;

    @BeforeEach
    void publishCountiesContextualData() {
        if (!countiesPublished) {
            // Devon is made to resemble Derbyshire most, Essex least.
            // This year, the newest period a value may have: these are each county's latest inputs.
            publish(Year.now().toString(),
                    DERBYSHIRE + " population-density 315", DERBYSHIRE + " population-aged-65-plus 21.5", DERBYSHIRE + " imd-average-score 19.1",
                    DEVON + " population-density 300", DEVON + " population-aged-65-plus 22.0", DEVON + " imd-average-score 18.9",
                    CAMBRIDGESHIRE + " population-density 220", CAMBRIDGESHIRE + " population-aged-65-plus 18.0", CAMBRIDGESHIRE + " imd-average-score 14.0",
                    ESSEX + " population-density 450", ESSEX + " population-aged-65-plus 20.0", ESSEX + " imd-average-score 30.5",
                    EAST_SUSSEX + " population-density 310", EAST_SUSSEX + " population-aged-65-plus 26.0", EAST_SUSSEX + " imd-average-score 20.0");
            countiesPublished = true;
        }
    }

    @Test
    void anonymousCallerListsAllEnglandThenEveryTypeRegionAndCounty() {
        Response page = given().queryParam("limit", BUILT_IN).when().get("/comparison-groups");

        page.then().statusCode(200)
                .body("items", hasSize(BUILT_IN))
                .body("items[0].id", equalTo("all-england"))
                .body("items[0].memberCount", equalTo(317))
                .body("items.id", hasItems("type:NMD", "type:LBO", "region:London", "region:Yorkshire and The Humber",
                        "county:" + WORCESTERSHIRE))
                .body("items.kind", everyItem(not("CUSTOM")));
        Map<String, Integer> counts = page.jsonPath().getMap("items.collectEntries { [it.id, it.memberCount] }");
        assertThat(counts).containsEntry("type:NMD", 164).containsEntry("type:CTY", 21).containsEntry("region:London", 33)
                .containsEntry("county:" + KENT, 13);
    }

    @Test
    void listIsPagedWithTheLastIdAsTheCursor() {
        List<String> firstSix = given().queryParam("limit", 6).when().get("/comparison-groups")
                .then().statusCode(200).extract().path("items.id");

        given().queryParam("limit", 3).when().get("/comparison-groups")
                .then().statusCode(200).body("next", equalTo(firstSix.get(2)));
        given().queryParam("limit", 3).queryParam("after", firstSix.get(2)).when().get("/comparison-groups")
                .then().statusCode(200).body("items.id", contains(firstSix.subList(3, 6).toArray()));
    }

    @Test
    void cursorThatIsNoListedGroupIsNamed() {
        given().queryParam("after", "region:Atlantis").when().get("/comparison-groups")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("after"));
    }

    @Test
    void countyGroupHoldsTheCountyAndItsDistrictsWithTheirNames() {
        given().when().get("/comparison-groups/county:" + KENT)
                .then().statusCode(200)
                .body("kind", equalTo("COUNTY"))
                .body("name", equalTo("Kent and its districts"))
                .body("memberCount", equalTo(13))
                .body("members.gssCode", hasItems(KENT, ASHFORD))
                .body("members.find { it.gssCode == '" + ASHFORD + "' }.name", equalTo("Ashford"));
    }

    @Test
    void regionGroupIsFoundByTheRegionsName() {
        given().when().get("/comparison-groups/region:North East")
                .then().statusCode(200).body("kind", equalTo("REGION")).body("members", hasSize(12));
    }

    @Test
    void unknownGroupIsA404Problem() {
        given().when().get("/comparison-groups/type:XYZ")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No comparison group has the id 'type:XYZ'."));
    }

    @Test
    void nearestNeighbourGroupIsTheCouncilThenItsNeighboursNearestFirst() {
        given().when().get("/comparison-groups/nearest-neighbours:" + DERBYSHIRE)
                .then().statusCode(200)
                .body("kind", equalTo("NEAREST_NEIGHBOURS"))
                .body("name", equalTo("Nearest neighbours of Derbyshire"))
                .body("members[0].gssCode", equalTo(DERBYSHIRE))
                .body("members[1].gssCode", equalTo(DEVON))
                .rootPath("nearestNeighbours")
                .body("council", equalTo(DERBYSHIRE))
                .body("computedAt", notNullValue())
                .body("neighbours[0].name", equalTo("Devon"));
    }

    @Test
    void eachNeighbourShowsItsRankRebasedDistanceAndTopContributingMetrics() {
        Response response = given().when().get("/comparison-groups/nearest-neighbours:" + DERBYSHIRE);

        response.then().statusCode(200);
        List<Map<String, Object>> neighbours = response.jsonPath().getList("nearestNeighbours.neighbours");
        assertThat(neighbours).hasSizeBetween(4, 15);
        assertThat(response.jsonPath().getInt("memberCount")).isEqualTo(neighbours.size() + 1);
        List<Float> distances = response.jsonPath().getList("nearestNeighbours.neighbours.distance", Float.class);
        assertThat(distances).isSorted().last().isEqualTo(1.0f);
        assertThat(response.jsonPath().getList("nearestNeighbours.neighbours.rank", Integer.class))
                .isEqualTo(IntStream.rangeClosed(1, neighbours.size()).boxed().toList());
        List<Map<String, Object>> contributions = response.jsonPath().getList("nearestNeighbours.neighbours[-1].contributions");
        assertThat(contributions).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(contributions).allSatisfy(c -> {
            assertThat(c.get("title")).isNotNull();
            assertThat(((Number) c.get("share")).doubleValue()).isBetween(0.0, 1.0);
        });
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void anyRoleReadsNearestNeighbours() {
        given().when().get("/comparison-groups/nearest-neighbours:" + DEVON).then().statusCode(200)
                .body("members[0].gssCode", equalTo(DEVON));
    }

    @Test
    void councilOutsideTheModelHasNoNearestNeighbourGroup() {
        given().when().get("/comparison-groups/nearest-neighbours:" + ISLE_OF_ANGLESEY)
                .then().statusCode(404).contentType("application/problem+json");
    }
}
