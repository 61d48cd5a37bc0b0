package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.publish;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.EXACT;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.decimal;

/**
 * The catalogue, by caller. It grows during the run (other tests add metrics of their own), so lists are checked by
 * content, not size.
 */
@QuarkusTest
class MetricResourceTest {

    static final String ADMIN = "admin";

    @Nested
    @TestSecurity(user = ADMIN, roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void adminAddsAMetricAndGetsItsLocation() {
            String id = newId();
            post(definition(id, null)).statusCode(201)
                    .header("Location", endsWith("/metrics/" + id))
                    .body("id", equalTo(id))
                    .body("unit", equalTo("DAYS"))
                    .body("discontinued", equalTo(false));
            given().when().get("/metrics/" + id).then().statusCode(200).body("title", equalTo("Days to process a claim"));
        }

        @Test
        void drillDownNamesAnExistingParent() {
            post(definition(newId(), "household-waste-recycled")).statusCode(201)
                    .body("parentId", equalTo("household-waste-recycled"));
        }

        @Test
        void duplicateIdIsAConflict() {
            post(definition("usable-reserves", null)).statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("A metric with the id 'usable-reserves' already exists."));
        }

        @Test
        void everyMalformedFieldIsNamed() {
            post("""
                    {"id": "Not A Slug!", "title": " ", "family": "OUTCOME", "polarity": "HIGH_IS_GOOD", "periodType": "FINANCIAL_YEAR"}
                    """).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("id", "title", "unit"));
        }

        @Test
        void newMetricNeedsAnId() {
            post(definition(null, null)).statusCode(400).body("errors.field", equalTo(List.of("id")));
        }

        @Test
        void unitOutsideTheListIsNamed() {
            post(definition(newId(), null).replace("\"DAYS\"", "\"FURLONGS\"")).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("unit"));
        }

        @Test
        void unknownParentAndInvertedRangeAreNamedTogether() {
            post(definition(newId(), "no-such-parent").replace("\"minValue\": 0", "\"minValue\": 500")).statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("parentId", "minValue"));
        }

        @Test
        void parentThatIsADrillDownOfTheMetricWouldMakeACycle() {
            String top = newId();
            String below = newId();
            post(definition(top, null)).statusCode(201);
            post(definition(below, top)).statusCode(201);

            put(top, definition(null, below)).statusCode(422)
                    .body("errors[0].field", equalTo("parentId"))
                    .body("errors[0].message", equalTo("would make a cycle: '" + below + "' is a drill-down of '" + top + "'"));
        }

        @Test
        void metricCannotBeItsOwnParent() {
            String id = newId();
            post(definition(id, null)).statusCode(201);

            put(id, definition(id, id)).statusCode(422).body("errors[0].field", equalTo("parentId"));
        }

        @Test
        void adminReplacesADefinition() {
            String id = newId();
            post(definition(id, null)).statusCode(201);

            put(id, definition(null, null).replace("Days to process a claim", "Working days to process a claim")
                    .replace("\"discontinued\": false", "\"discontinued\": true")).statusCode(200)
                    .body("id", equalTo(id))
                    .body("title", equalTo("Working days to process a claim"))
                    .body("discontinued", equalTo(true));
        }

        @Test
        void idInTheBodyCannotDifferFromThePath() {
            String id = newId();
            post(definition(id, null)).statusCode(201);

            put(id, definition("another-id", null)).statusCode(422).body("errors[0].field", equalTo("id"));
        }

        @Test
        void periodTypeIsFixedOnceValuesArePublished() {
            String id = newId();
            post(definition(id, null)).statusCode(201);
            publish("2009/10", LEEDS + " " + id + " 12");

            put(id, definition(id, null).replace("FINANCIAL_YEAR", "CALENDAR_YEAR")).statusCode(422)
                    .body("errors[0].field", equalTo("periodType"));
        }

        @Test
        void replacingAnUnknownMetricIsA404() {
            put("no-such-metric", definition(null, null)).statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class CouncilOfficer {

        @Test
        void councilOfficerCannotAddOrChangeAMetric() {
            post(definition(newId(), null)).statusCode(403);
            put("usable-reserves", definition(null, null)).statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void benchmarkingClubReadsTheCatalogue() {
            given().queryParam("family", "CONTEXTUAL").when().get("/metrics")
                    .then().statusCode(200).body("items.id", hasItem("population"));
        }

        @Test
        void benchmarkingClubCannotAddOrChangeAMetric() {
            post(definition(newId(), null)).statusCode(403);
            put("usable-reserves", definition(null, null)).statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void lgaAdviserCannotAddAMetric() {
            post(definition(newId(), null)).statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerReadsAMetric() {
            given().config(EXACT).when().get("/metrics/household-waste-recycled")
                    .then().statusCode(200)
                    .body("title", equalTo("Household waste sent for reuse, recycling or composting"))
                    .body("family", equalTo("OUTCOME"))
                    .body("unit", equalTo("PERCENTAGE"))
                    .body("polarity", equalTo("HIGH_IS_GOOD"))
                    .body("periodType", equalTo("FINANCIAL_YEAR"))
                    .body("minValue", decimal("0"))
                    .body("maxValue", decimal("100"));
        }

        @Test
        void unknownMetricIsA404Problem() {
            given().when().get("/metrics/no-such-metric")
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("No metric has the id 'no-such-metric'."));
        }

        @Test
        void everySeededMetricHasAUnitFromTheList() {
            List<String> ids = new ArrayList<>();
            String next = null;
            do {
                var request = given().queryParam("limit", 25);
                var page = (next == null ? request : request.queryParam("after", next)).when().get("/metrics")
                        .then().statusCode(200).body("items.unit", everyItem(notNullValue())).extract();
                ids.addAll(page.path("items.id"));
                next = page.path("next");
            } while (next != null);
            assertThat(ids).hasSizeGreaterThanOrEqualTo(64).doesNotHaveDuplicates()
                    .contains("usable-reserves", "ni-195-street-cleanliness", "median-household-income");
        }

        @Test
        void familyFilterListsOnlyThatFamily() {
            given().queryParam("family", "satisfaction").queryParam("limit", 500).when().get("/metrics")
                    .then().statusCode(200)
                    .body("items.family", everyItem(equalTo("SATISFACTION")))
                    .body("items.id", hasItem("residents-satisfied"));
        }

        @Test
        void discontinuedFilterFindsTheWithdrawnNationalIndicator() {
            given().queryParam("discontinued", true).queryParam("limit", 500).when().get("/metrics")
                    .then().statusCode(200)
                    .body("items.discontinued", everyItem(equalTo(true)))
                    .body("items.id", hasItem("ni-195-street-cleanliness"));
        }

        @Test
        void unknownFamilyIsRejectedNamingTheParameter() {
            given().queryParam("family", "happiness").when().get("/metrics")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("family"));
        }

        @Test
        void anonymousCallerCannotAddAMetric() {
            post(definition(newId(), null)).statusCode(401).contentType("application/problem+json");
        }

        @Test
        void anonymousCallerCannotChangeAMetric() {
            put("usable-reserves", definition(null, null)).statusCode(401);
        }
    }

    private static String newId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String definition(String id, String parentId) {
        return """
                {%s"title": "Days to process a claim", "description": "Average days from claim to decision.",
                 "family": "COST_EFFICIENCY", "unit": "DAYS", "polarity": "LOW_IS_GOOD", "periodType": "FINANCIAL_YEAR",
                 "source": "Council return", %s"minValue": 0, "maxValue": 365, "discontinued": false}
                """.formatted(id == null ? "" : "\"id\": \"" + id + "\", ",
                parentId == null ? "" : "\"parentId\": \"" + parentId + "\", ");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/metrics").then();
    }

    private static ValidatableResponse put(String id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/metrics/" + id).then();
    }
}
