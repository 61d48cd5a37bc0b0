package uk.gov.lga.platform.knowledgehub.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.knowledgehub.Fixtures.LEEDS;
import static uk.gov.lga.platform.knowledgehub.Fixtures.SEEDED_COMMUNITIES;

@QuarkusTest
class CommunityResourceTest {

    @Nested
    class Anonymous {

        @Test
        void cannotListCommunities() {
            communities().then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }

        @Test
        void cannotReadACommunity() {
            community("finance-leaders").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class CouncilOfficer {

        @Test
        void listsTheSixCommunities() {
            communities().then().statusCode(200)
                    .body("items", hasSize(6))
                    .body("items.id", contains(SEEDED_COMMUNITIES))
                    .body("next", nullValue());
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void readsACommunity() {
            community("scrutiny-network").then().statusCode(200)
                    .body("id", equalTo("scrutiny-network"))
                    .body("name", equalTo("Scrutiny network"))
                    .body("theme", equalTo("Governance and scrutiny"))
                    .body("description", containsString("member challenge of performance"))
                    .body("migratedFromOldPlatform", equalTo(true))
                    .body("createdAt", notNullValue());
        }

        @Test
        void unknownCommunityIsA404Problem() {
            community("no-such-community").then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("detail", equalTo("No community has the id no-such-community."));
        }

        @Test
        void anIdThatIsNotACommunityIdIsABadRequestNamingIt() {
            community("Finance_Leaders").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("id"));
        }

        @Test
        void pagesFollowOneAnotherByCursor() {
            String next = given().queryParam("limit", 4).when().get("/communities")
                    .then().statusCode(200)
                    .body("items", hasSize(4))
                    .body("next", equalTo("finance-leaders"))
                    .extract().path("next");
            given().queryParam("limit", 4).queryParam("after", next).when().get("/communities")
                    .then().statusCode(200)
                    .body("items.id", contains("peer-challenge-alumni", "scrutiny-network"))
                    .body("next", nullValue());
        }

        @Test
        void aFullLastPageHasNoNext() {
            given().queryParam("limit", 6).when().get("/communities")
                    .then().statusCode(200).body("items", hasSize(6)).body("next", nullValue());
            given().queryParam("limit", 5).when().get("/communities")
                    .then().statusCode(200).body("items", hasSize(5)).body("next", equalTo("peer-challenge-alumni"));
        }

        @Test
        void pageSizeAboveTheCapIsRejectedNamingTheParameter() {
            given().queryParam("limit", 501).when().get("/communities")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }

        @Test
        void pageSizeBelowOneIsRejectedNamingTheParameter() {
            given().queryParam("limit", 0).when().get("/communities")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("limit"));
        }

        @Test
        void aCursorThatIsNotACommunityIdIsRejected() {
            given().queryParam("after", "Finance Leaders!").when().get("/communities")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItems("after"));
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void listsCommunities() {
            communities().then().statusCode(200).body("items", hasSize(6));
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void listsCommunities() {
            communities().then().statusCode(200).body("items", hasSize(6));
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void readsACommunity() {
            community("finance-leaders").then().statusCode(200).body("migratedFromOldPlatform", equalTo(true));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void listsCommunities() {
            communities().then().statusCode(200).body("items", hasSize(6));
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void readsACommunity() {
            community("digital-councils").then().statusCode(200).body("migratedFromOldPlatform", equalTo(false));
        }
    }

    @Nested
    @TestSecurity(user = "someone")
    class CallerWithNoRole {

        @Test
        void isStillAuthenticated() {
            communities().then().statusCode(200);
        }
    }

    private static Response communities() {
        return given().when().get("/communities");
    }

    private static Response community(String id) {
        return given().when().get("/communities/" + id);
    }
}
