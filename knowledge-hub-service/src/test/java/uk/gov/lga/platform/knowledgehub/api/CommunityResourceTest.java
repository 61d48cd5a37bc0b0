package uk.gov.lga.platform.knowledgehub.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CommunityResourceTest {

    static final String LEEDS = "E08000035";

    @Test
    void anonymousCallerCannotListCommunities() {
        given().when().get("/communities")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void anonymousCallerCannotReadACommunity() {
        given().when().get("/communities/finance-leaders")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void councilOfficerListsTheSixCommunities() {
        given().when().get("/communities")
                .then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.id", contains("adult-social-care-improvement", "climate-and-net-zero", "digital-councils",
                        "finance-leaders", "peer-challenge-alumni", "scrutiny-network"))
                .body("next", nullValue());
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void peerReadsACommunity() {
        given().when().get("/communities/scrutiny-network")
                .then().statusCode(200)
                .body("id", equalTo("scrutiny-network"))
                .body("name", equalTo("Scrutiny network"))
                .body("theme", equalTo("Governance and scrutiny"))
                .body("description", containsString("member challenge of performance"))
                .body("migratedFromOldPlatform", equalTo(true))
                .body("createdAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void challengeManagerListsCommunities() {
        given().when().get("/communities").then().statusCode(200).body("items", hasSize(6));
    }

    @Test
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    void lgaAdviserListsCommunities() {
        given().when().get("/communities").then().statusCode(200).body("items", hasSize(6));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystReadsACommunity() {
        given().when().get("/communities/finance-leaders").then().statusCode(200)
                .body("migratedFromOldPlatform", equalTo(true));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminListsCommunities() {
        given().when().get("/communities").then().statusCode(200).body("items", hasSize(6));
    }

    @Test
    @TestSecurity(user = "club", roles = "benchmarking-club")
    void benchmarkingClubReadsACommunity() {
        given().when().get("/communities/digital-councils").then().statusCode(200)
                .body("migratedFromOldPlatform", equalTo(false));
    }

    @Test
    @TestSecurity(user = "someone")
    void callerWithNoRoleIsStillAuthenticated() {
        given().when().get("/communities").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
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
    @TestSecurity(user = "peer.one", roles = "peer")
    void aFullLastPageHasNoNext() {
        given().queryParam("limit", 6).when().get("/communities")
                .then().statusCode(200).body("items", hasSize(6)).body("next", nullValue());
        given().queryParam("limit", 5).when().get("/communities")
                .then().statusCode(200).body("items", hasSize(5)).body("next", equalTo("peer-challenge-alumni"));
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void unknownCommunityIsA404Problem() {
        given().when().get("/communities/no-such-community")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", equalTo("No community has the id no-such-community."));
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void pageSizeAboveTheCapIsRejectedNamingTheParameter() {
        given().queryParam("limit", 501).when().get("/communities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void pageSizeBelowOneIsRejectedNamingTheParameter() {
        given().queryParam("limit", 0).when().get("/communities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void aCursorThatIsNotACommunityIdIsRejected() {
        given().queryParam("after", "Finance Leaders!").when().get("/communities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("after"));
    }
}
