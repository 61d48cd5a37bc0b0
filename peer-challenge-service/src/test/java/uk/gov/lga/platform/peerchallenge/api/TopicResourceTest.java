package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

/** The catalogue of subject-specific challenge topics. Each test that writes uses topics of its own. */
@QuarkusTest
class TopicResourceTest {

    static final String PLANNING = "{\"minimumPrice\": 7500.00, \"active\": true, \"description\": \"How planning performs.\"}";

    @Nested
    class Anonymous {

        @Test
        void isUnauthorized() {
            given().get("/topics").then().statusCode(401).contentType("application/problem+json");
            given().get("/topics/Planning").then().statusCode(401);
            put("Anonymous topic", PLANNING).then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E08000035"))
    class CouncilOfficer {

        @Test
        void readsTheCatalogueButMayNotChangeIt() {
            Ledger.topic("Officer read topic", "5000.00", true);

            given().get("/topics/Officer read topic").then().statusCode(200)
                    .body("name", equalTo("Officer read topic"))
                    .body("minimumPrice", equalTo(5000.00f))
                    .body("active", equalTo(true));
            put("Officer read topic", PLANNING).then().statusCode(403).contentType("application/problem+json");
            given().get("/topics/Officer read topic").then().body("minimumPrice", equalTo(5000.00f));
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void mayNotChangeTheCatalogue() {
            put("Adviser topic", PLANNING).then().statusCode(403);
            given().get("/topics/Adviser topic").then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void addsATopicThenChangesItsTerms() {
            put("Adult social care", PLANNING).then().statusCode(201)
                    .header("Location", endsWith("/topics/Adult%20social%20care"))
                    .body("name", equalTo("Adult social care"))
                    .body("minimumPrice", equalTo(7500.00f))
                    .body("description", equalTo("How planning performs."));

            put("Adult social care", "{\"minimumPrice\": 9000, \"active\": false}").then().statusCode(200)
                    .body("minimumPrice", equalTo(9000.00f))
                    .body("active", equalTo(false));
            given().get("/topics?active=true&limit=500").then().statusCode(200)
                    .body("items.name", not(hasItem("Adult social care")));
            given().get("/topics?limit=500").then().statusCode(200)
                    .body("items.name", hasItem("Adult social care"));
        }

        @Test
        void listsTheCatalogueByNameInPagesWithoutRepeatsOrGaps() {
            for (String name : List.of("Page topic A", "Page topic B", "Page topic C", "Page topic D")) {
                Ledger.topic(name, "1000", true);
            }
            List<String> all = given().get("/topics?limit=500").then().statusCode(200).extract().path("items.name");
            assertThat(all).isSorted().contains("Page topic A", "Page topic D");

            List<String> paged = new ArrayList<>();
            String next = null;
            do {
                var request = given().queryParam("limit", 2);
                if (next != null) {
                    request.queryParam("after", next);
                }
                Response page = request.get("/topics");
                page.then().statusCode(200);
                paged.addAll(page.path("items.name"));
                next = page.path("next");
            } while (next != null);
            assertThat(paged).isEqualTo(all);
        }

        @Test
        void aPriceThatIsNotPoundsAndPenceOrIsMissingIsABadRequestNamingIt() {
            put("Bad price topic", "{\"minimumPrice\": -1, \"active\": true}").then().statusCode(400)
                    .body("errors[0].field", containsString("minimumPrice"));
            put("Bad price topic", "{\"minimumPrice\": 10.005, \"active\": true}").then().statusCode(400)
                    .body("errors[0].field", containsString("minimumPrice"));
            put("Bad price topic", "{\"active\": true}").then().statusCode(400)
                    .body("errors.field", hasItems(containsString("minimumPrice")));
            put("Bad price topic", "{\"minimumPrice\": 10, \"active\": \"yes\"}").then().statusCode(400);
            given().get("/topics/Bad price topic").then().statusCode(404);
        }

        @Test
        void anUnknownTopicIsNotFound() {
            given().get("/topics/No such topic").then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void anyNameOutsideTheCataloguesRulesIsABadRequestNeverAServerError() {
            GeneratedStrings generated = new GeneratedStrings();
            for (int i = 0; i < 200; i++) {
                String name = generated.anyString(90, "Planning &,'().- 0123");
                if (name.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                    continue; // not text a client can put in a URL
                }
                int status = given().urlEncodingEnabled(false).contentType("application/json").body(PLANNING)
                        .put("/topics/" + GeneratedStrings.pathSegment(name)).then().extract().statusCode();
                assertThat(status).as(generated.describe(name)).isIn(200, 201, 400, 404, 405);
                if (status == 200 || status == 201) {
                    assertThat(name).as(generated.describe(name)).matches(TopicResource.NAME);
                }
            }
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void keepsTheCatalogue() {
            put("Children's services improvement", "{\"minimumPrice\": 0, \"active\": true}").then().statusCode(201);
            given().get("/topics?active=true&limit=500").then()
                    .body("items.name", hasItem("Children's services improvement"))
                    .body("items.active", everyItem(equalTo(true)));
        }
    }

    private static Response put(String name, String body) {
        return given().contentType("application/json").body(body).pathParam("name", name).put("/topics/{name}");
    }
}
