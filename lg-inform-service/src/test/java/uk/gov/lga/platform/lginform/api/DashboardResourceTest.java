package uk.gov.lga.platform.lginform.api;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric.Polarity;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardDefinition;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardService;

import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.BRADFORD;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS_OFFICER;
import static uk.gov.lga.platform.lginform.Fixtures.MANCHESTER;
import static uk.gov.lga.platform.lginform.Fixtures.YORK;
import static uk.gov.lga.platform.lginform.Fixtures.metric;
import static uk.gov.lga.platform.lginform.Fixtures.publish;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.EXACT;
import static uk.gov.lga.platform.lginform.api.ExactNumbers.decimal;

/**
 * Metrics dash-* are published for these tests alone. dash-recycling, 2009/10, metropolitan districts:
 * Bradford 40, Leeds 60, Manchester 70 (median 60, MAD 10); Leeds earlier: 2006/07 50, 2008/09 55.
 * dash-quarterly: Leeds 2008/09 Q4 4, 2009/10 Q1 5. dash-unpublished has no values at all. Tests are grouped
 * by caller.
 */
@QuarkusTest
class DashboardResourceTest {

    static final String RECYCLING = "dash-recycling";
    static final String QUARTERLY = "dash-quarterly";
    static final String UNPUBLISHED = "dash-unpublished";

    private static long publicDashboard;
    private static long privateDashboard;

    @BeforeEach
    void publishOnce() {
        if (publicDashboard != 0) {
            return;
        }
        metric(RECYCLING, Polarity.HIGH_IS_GOOD, PeriodType.FINANCIAL_YEAR);
        metric(QUARTERLY, Polarity.HIGH_IS_GOOD, PeriodType.QUARTER);
        metric(UNPUBLISHED, Polarity.LOW_IS_GOOD, PeriodType.CALENDAR_YEAR);
        publish("2009/10", BRADFORD + " dash-recycling 40", LEEDS + " dash-recycling 60", MANCHESTER + " dash-recycling 70");
        publish("2008/09", LEEDS + " dash-recycling 55");
        publish("2006/07", LEEDS + " dash-recycling 50");
        publish("2008/09 Q4", LEEDS + " dash-quarterly 4");
        publish("2009/10 Q1", LEEDS + " dash-quarterly 5");
        publicDashboard = dashboard(true, RECYCLING, QUARTERLY, UNPUBLISHED);
        privateDashboard = dashboard(false, RECYCLING);
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class LeedsOfficer {

        @Test
        void officerCreatesAPrivateDashboardForTheirCouncilComparedWithEnglandByDefault() {
            post("""
                    {"name": "Waste", "councilCode": "%s", "metrics": ["%s", "%s"]}
                    """.formatted(LEEDS, QUARTERLY, RECYCLING)).statusCode(201)
                    .header("Location", notNullValue())
                    .body("name", equalTo("Waste"))
                    .body("councilCode", equalTo(LEEDS))
                    .body("metrics", contains(QUARTERLY, RECYCLING))
                    .body("public", equalTo(false))
                    .body("comparisonGroup", equalTo("all-england"))
                    .body("createdBy", equalTo("officer.leeds"))
                    .body("panels", nullValue());
        }

        @Test
        void createdDashboardIsFoundAtItsLocation() {
            String location = post(body(LEEDS, true, "region:London")).statusCode(201).extract().header("Location");
            int id = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));

            given().when().get("/dashboards/" + id).then().statusCode(200)
                    .body("id", equalTo(id))
                    .body("comparisonGroup", equalTo("region:London"));
        }

        @Test
        void officerCannotCreateForAnotherCouncil() {
            post(body(YORK, true, null)).statusCode(403).contentType("application/problem+json");
        }

        @Test
        void everyMalformedFieldIsNamed() {
            post("{\"name\": \"\", \"metrics\": [], \"public\": \"sometimes\"}").statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("public"));
            post("{\"name\": \"\", \"metrics\": []}").statusCode(400)
                    .body("errors.field", containsInAnyOrder("name", "councilCode", "metrics"));
        }

        @Test
        void unknownMetricRepeatedMetricAndUnknownGroupAreNamedTogether() {
            post("""
                    {"name": "Waste", "councilCode": "%s", "metrics": ["%s", "no-such-metric", "%s"], "comparisonGroup": "type:XYZ"}
                    """.formatted(LEEDS, RECYCLING, RECYCLING)).statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("metrics[1]", "metrics[2]", "comparisonGroup"));
        }

        @Test
        void officerListsTheirCouncilsPrivateDashboardsToo() {
            listLeeds().body("items.id", hasItem((int) privateDashboard));
        }

        @Test
        void officerReadsTheirCouncilsPrivateDashboard() {
            read(privateDashboard).statusCode(200).body("panels", hasSize(1));
        }

        @Test
        void officerReplacesTheirDashboard() {
            long id = dashboard(false, RECYCLING);

            put(id, "{\"name\": \"Renamed\", \"metrics\": [\"%s\", \"%s\"], \"public\": true, \"comparisonGroup\": \"region:London\"}"
                    .formatted(QUARTERLY, RECYCLING)).statusCode(200)
                    .body("name", equalTo("Renamed"))
                    .body("councilCode", equalTo(LEEDS))
                    .body("metrics", contains(QUARTERLY, RECYCLING))
                    .body("public", equalTo(true))
                    .body("comparisonGroup", equalTo("region:London"));
        }

        @Test
        void dashboardCannotMoveToAnotherCouncil() {
            put(dashboard(false, RECYCLING), body(YORK, false, null)).statusCode(422)
                    .body("errors[0].field", equalTo("councilCode"));
        }

        @Test
        void officerDeletesTheirDashboard() {
            long id = dashboard(false, RECYCLING);

            delete(id).statusCode(204);
            read(id).statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    class AnotherCouncilsOfficer {

        @Test
        void anotherCouncilsOfficerListsOnlyPublicDashboards() {
            listLeeds().body("items.public", everyItem(equalTo(true))).body("items.id", not(hasItem((int) privateDashboard)));
        }

        @Test
        void privateDashboardIsNotFoundForAnotherCouncilsOfficer() {
            read(privateDashboard).statusCode(404);
        }

        @Test
        void anotherCouncilsOfficerCannotReplaceAPublicDashboardAndCannotSeeAPrivateOne() {
            put(publicDashboard, body(LEEDS, true, null)).statusCode(403);
            put(privateDashboard, body(LEEDS, false, null)).statusCode(404);
        }

        @Test
        void anotherCouncilsOfficerCannotDeleteADashboard() {
            delete(publicDashboard).statusCode(403);
            delete(privateDashboard).statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void lgaAdviserListsPrivateDashboards() {
            listLeeds().body("items.id", hasItem((int) privateDashboard));
        }

        @Test
        void lgaAdviserReadsAPrivateDashboard() {
            read(privateDashboard).statusCode(200);
        }

        @Test
        void lgaAdviserCannotReplaceADashboard() {
            put(privateDashboard, body(LEEDS, false, null)).statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void adminCannotCreateACouncilsDashboard() {
            post(body(LEEDS, true, null)).statusCode(403);
        }

        @Test
        void adminListsPrivateDashboards() {
            listLeeds().body("items.id", hasItem((int) privateDashboard));
        }

        @Test
        void adminReadsAPrivateDashboard() {
            read(privateDashboard).statusCode(200);
        }

        @Test
        void adminReplacesAnyDashboard() {
            put(dashboard(false, RECYCLING), body(LEEDS, false, null)).statusCode(200).body("name", equalTo("Waste"));
        }

        @Test
        void adminDeletesAnyDashboard() {
            delete(dashboard(true, RECYCLING)).statusCode(204);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void benchmarkingClubCannotCreate() {
            post(body(LEEDS, true, null)).statusCode(403);
        }

        @Test
        void benchmarkingClubListsOnlyPublicDashboards() {
            listLeeds().body("items.public", everyItem(equalTo(true)));
        }

        @Test
        void privateDashboardIsNotFoundForABenchmarkingClub() {
            read(privateDashboard).statusCode(404);
        }

        @Test
        void benchmarkingClubCannotDeleteADashboard() {
            delete(publicDashboard).statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerCannotCreate() {
            post(body(LEEDS, true, null)).statusCode(401);
        }

        @Test
        void anonymousCallerListsOnlyPublicDashboards() {
            listLeeds()
                    .body("items.public", everyItem(equalTo(true)))
                    .body("items.id", hasItem((int) publicDashboard))
                    .body("items.id", not(hasItem((int) privateDashboard)));
        }

        @Test
        void listIsPagedByCursor() {
            dashboard(true, RECYCLING);
            String next = given().queryParam("limit", 1).when().get("/dashboards")
                    .then().statusCode(200).body("items", hasSize(1)).body("next", notNullValue())
                    .extract().path("next");
            given().queryParam("limit", 1).queryParam("after", next).when().get("/dashboards")
                    .then().statusCode(200).body("items[0].id", not(equalTo(Integer.parseInt(next))));
        }

        @Test
        void anonymousCallerReadsAPublicDashboardWithEveryMetricsLatestComparison() {
            // 2009/10 among metropolitan districts: 40 60 70 -> Leeds 60 is the median, rank 2 of 3; 55 -> 60 improving
            read(publicDashboard).statusCode(200)
                    .body("panels", hasSize(3))
                    .rootPath("panels[0].comparison")
                    .body("metric.id", equalTo(RECYCLING))
                    .body("period", equalTo("2009/10"))
                    .body("value", decimal("60"))
                    .body("group.id", equalTo("type:MD"))
                    .body("group.count", equalTo(3))
                    .body("group.median", decimal("60"))
                    .body("group.mad", decimal("10"))
                    .body("group.rank", equalTo(2))
                    .body("group.band", equalTo("BROADLY_SIMILAR"))
                    .body("england.count", equalTo(3))
                    .body("travel.direction", equalTo("IMPROVING"));
        }

        @Test
        void trendShowsTheLastFivePeriodsWithGapsLeftEmpty() {
            read(publicDashboard).statusCode(200)
                    .rootPath("panels[0]")
                    .body("trend.period", contains("2005/06", "2006/07", "2007/08", "2008/09", "2009/10"))
                    .body("trend[0].value", nullValue())
                    .body("trend[1].value", decimal("50"))
                    .body("trend[2].value", nullValue())
                    .body("trend[3].value", decimal("55"))
                    .body("trend[4].value", decimal("60"));
        }

        @Test
        void quarterlyMetricTrendsAcrossTheYearEnd() {
            read(publicDashboard).statusCode(200)
                    .rootPath("panels[1]")
                    .body("comparison.period", equalTo("2009/10 Q1"))
                    .body("comparison.travel.previousPeriod", equalTo("2008/09 Q4"))
                    .body("comparison.travel.direction", equalTo("IMPROVING"))
                    .body("trend.period", contains("2008/09 Q1", "2008/09 Q2", "2008/09 Q3", "2008/09 Q4", "2009/10 Q1"));
        }

        @Test
        void metricWithoutPublishedValuesShowsAnEmptyPanel() {
            read(publicDashboard).statusCode(200)
                    .rootPath("panels[2]")
                    .body("comparison.metric.id", equalTo(UNPUBLISHED))
                    .body("comparison.period", nullValue())
                    .body("comparison.value", nullValue())
                    .body("trend", empty());
        }

        @Test
        void privateDashboardIsNotFoundForAnonymousCallers() {
            read(privateDashboard).statusCode(404).contentType("application/problem+json");
        }

        @Test
        void unknownDashboardIsA404Problem() {
            read(999_999_999L).statusCode(404).body("detail", equalTo("No dashboard has the id 999999999."));
        }

        @Test
        void anonymousCallerCannotReplaceADashboard() {
            put(publicDashboard, body(LEEDS, true, null)).statusCode(401);
        }

        @Test
        void anonymousCallerCannotDeleteADashboard() {
            delete(publicDashboard).statusCode(401);
        }
    }

    /** A Leeds dashboard compared with the metropolitan districts, made as its officers would. */
    private static long dashboard(boolean isPublic, String... metrics) {
        return Arc.container().instance(DashboardService.class).get().create(new DashboardDefinition("Test dashboard",
                LEEDS, Arrays.asList(metrics), isPublic, "type:MD"), LEEDS_OFFICER).id;
    }

    private static String body(String council, boolean isPublic, String group) {
        return """
                {"name": "Waste", "councilCode": "%s", "metrics": ["%s"], "public": %s%s}
                """.formatted(council, RECYCLING, isPublic, group == null ? "" : ", \"comparisonGroup\": \"" + group + "\"");
    }

    private static ValidatableResponse listLeeds() {
        return given().queryParam("council", LEEDS).queryParam("limit", 500).when().get("/dashboards").then().statusCode(200);
    }

    private static ValidatableResponse read(long id) {
        return given().config(EXACT).when().get("/dashboards/" + id).then();
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/dashboards").then();
    }

    private static ValidatableResponse put(long id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/dashboards/" + id).then();
    }

    private static ValidatableResponse delete(long id) {
        return given().when().delete("/dashboards/" + id).then();
    }
}
