package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroupService;
import uk.gov.lga.platform.support.security.Caller;

import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.lga.platform.lginform.Fixtures.BRADFORD;
import static uk.gov.lga.platform.lginform.Fixtures.KIRKLEES;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.WAKEFIELD;
import static uk.gov.lga.platform.lginform.Fixtures.YORK;
import static uk.gov.lga.platform.lginform.Fixtures.club;
import static uk.gov.lga.platform.lginform.Fixtures.count;
import static uk.gov.lga.platform.lginform.Fixtures.customGroup;
import static uk.gov.lga.platform.lginform.Fixtures.officer;

/** Custom groups: who may create, see and delete them, by caller. Each test makes its own groups. */
@QuarkusTest
class CustomGroupResourceTest {

    static final String CLUB = "club-north";
    static final String NAMED_CLUB = "club-shared";
    static final String GROUP = """
            {"name": "West Yorkshire metropolitan districts", "members": ["E08000036", "E08000032", "E08000034"]}
            """;

    /** A colleague of the Leeds officer the tests call as: the group belongs to their council, not to them. */
    static final Caller LEEDS_COLLEAGUE = officer("officer2.leeds", LEEDS);
    static final Caller NORTH_CLUB = club(CLUB);

    @Inject
    ComparisonGroupService groups;

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class LeedsOfficer {

        @Test
        void officerCreatesAGroupForTheirCouncil() {
            post(GROUP).then().statusCode(201)
                    .header("Location", containsString("/comparison-groups/custom:"))
                    .body("kind", equalTo("CUSTOM"))
                    .body("name", equalTo("West Yorkshire metropolitan districts"))
                    .body("memberCount", equalTo(3))
                    .body("members.gssCode", contains(BRADFORD, KIRKLEES, WAKEFIELD))
                    .body("members[0].name", equalTo("Bradford"))
                    .body("custom.ownerCouncil", equalTo(LEEDS))
                    .body("custom.ownerClient", nullValue());
        }

        @Test
        void locationOfACreatedGroupReadsItBack() {
            Response created = post(GROUP);
            String id = created.then().statusCode(201).extract().path("id");

            assertThat(created.header("Location")).endsWith("/comparison-groups/" + id);
            given().when().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
        }

        @Test
        void overlongNameAndNoMembersAreNamed() {
            post("{\"name\": \"" + "x".repeat(121) + "\", \"members\": []}").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("members", "name"));
        }

        @Test
        void blankNameIsNamed() {
            post("{\"name\": \" \", \"members\": [\"" + YORK + "\"]}").then().statusCode(400)
                    .body("errors.field", contains("name"));
        }

        @Test
        void moreThanFourHundredMembersAreRefused() {
            String members = String.join(",", Collections.nCopies(401, "\"" + YORK + "\""));
            post("{\"name\": \"Too many\", \"members\": [" + members + "]}").then().statusCode(400)
                    .body("errors.field", contains("members"));
        }

        @Test
        void memberThatIsNoGssCodeOrClubThatIsNoClientIdIsNamed() {
            post("{\"name\": \"Bad\", \"members\": [\"" + YORK + "\", \"York\"], \"clubs\": [\"no spaces\"]}")
                    .then().statusCode(400)
                    .body("errors.field", contains("clubs[0]", "members[1]"));
        }

        @Test
        void unknownAndRepeatedMembersAreNamedAndNothingIsStored() {
            long before = count("comparison_group");

            post("{\"name\": \"Bad\", \"members\": [\"" + YORK + "\", \"E99999999\", \"" + YORK + "\"]}")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains("members[1]", "members[2]"))
                    .body("errors[0].message", equalTo("unknown council 'E99999999'"));
            assertThat(count("comparison_group")).isEqualTo(before);
        }

        @Test
        void officerOfTheOwnerCouncilSeesTheGroup() {
            String id = create(LEEDS_COLLEAGUE);
            get(id).then().statusCode(200).body("id", equalTo(id)).body("members.gssCode", contains(BRADFORD, KIRKLEES, WAKEFIELD));
        }

        @Test
        void officerOfTheOwnerCouncilDeletesTheGroup() {
            String id = create(LEEDS_COLLEAGUE);
            delete(id).then().statusCode(204);
            get(id).then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    class YorkOfficer {

        @Test
        void officerOfAnotherCouncilGets404() {
            get(create(LEEDS_COLLEAGUE)).then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void officerListsTheirCouncilsGroupsAfterTheBuiltInOnesAndNoOthers() {
            String york = create(officer("officer2.york", YORK));
            String leeds = create(LEEDS_COLLEAGUE);

            List<String> ids = listedIds();

            assertThat(ids).contains("all-england", york).doesNotContain(leeds);
            assertThat(ids.indexOf(york)).isGreaterThan(ids.indexOf("county:E10000034"));
        }

        @Test
        void officerOfAnotherCouncilCannotFindTheGroupToDelete() {
            String id = create(LEEDS_COLLEAGUE);
            delete(id).then().statusCode(404);
            assertThat(groups.find(id, LEEDS_COLLEAGUE)).isPresent();
        }
    }

    @Nested
    @TestSecurity(user = "officer.nowhere", roles = "council-officer")
    class OfficerWithoutACouncil {

        @Test
        void officerWithoutACouncilCannotCreateAGroup() {
            post(GROUP).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = CLUB, roles = "benchmarking-club")
    class OwningClub {

        @Test
        void benchmarkingClubCreatesAGroupSharedWithOtherClubs() {
            post("{\"name\": \"Club set\", \"members\": [\"" + YORK + "\"], \"clubs\": [\"" + NAMED_CLUB + "\", \"club-b\"]}")
                    .then().statusCode(201)
                    .body("custom.ownerClient", equalTo(CLUB))
                    .body("custom.ownerCouncil", nullValue())
                    .body("custom.clubs", contains("club-b", NAMED_CLUB));
        }

        @Test
        void owningClubSeesItsGroup() {
            get(create(NORTH_CLUB)).then().statusCode(200).body("custom.ownerClient", equalTo(CLUB));
        }

        @Test
        void owningClubDeletesItsGroup() {
            delete(create(NORTH_CLUB)).then().statusCode(204);
        }
    }

    @Nested
    @TestSecurity(user = "service-account-club-east", roles = "benchmarking-club")
    @OidcSecurity(claims = @Claim(key = "azp", value = "club-east"))
    class ClubWithAClientIdClaim {

        @Test
        void clubIsKnownByTheClientIdInItsToken() {
            post(GROUP).then().statusCode(201).body("custom.ownerClient", equalTo("club-east"));
        }
    }

    @Nested
    @TestSecurity(user = "service-account-club-west", roles = "benchmarking-club")
    class ClubWithoutAClientIdClaim {

        @Test
        void clubWithoutAClientIdClaimIsKnownByItsServiceAccount() {
            post(GROUP).then().statusCode(201).body("custom.ownerClient", equalTo("club-west"));
        }
    }

    @Nested
    @TestSecurity(user = NAMED_CLUB, roles = "benchmarking-club")
    class ClubTheGroupNames {

        @Test
        void clubTheGroupNamesSeesIt() {
            get(createSharedWith(NAMED_CLUB)).then().statusCode(200).body("custom.clubs", contains(NAMED_CLUB));
        }

        @Test
        void clubListsItsOwnGroupsAndThoseNamingItOnly() {
            String own = create(club(NAMED_CLUB));
            String shared = createSharedWith(NAMED_CLUB);
            String other = create(NORTH_CLUB);

            assertThat(listedIds()).contains(own, shared).doesNotContain(other);
        }

        @Test
        void clubTheGroupIsOnlySharedWithCannotDeleteIt() {
            delete(createSharedWith(NAMED_CLUB)).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "club-other", roles = "benchmarking-club")
    class OtherClub {

        @Test
        void otherClubGets404() {
            get(createSharedWith(NAMED_CLUB)).then().statusCode(404);
        }

        @Test
        void otherClubCannotFindTheGroupToDelete() {
            delete(create(NORTH_CLUB)).then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void platformAdminCannotCreateAGroup() {
            post(GROUP).then().statusCode(403);
        }

        @Test
        void platformAdminSeesEveryCustomGroup() {
            get(create(LEEDS_COLLEAGUE)).then().statusCode(200);
            get(create(NORTH_CLUB)).then().statusCode(200);
        }

        @Test
        void customIdThatIsNoNumberIs404() {
            get("custom:abc").then().statusCode(404);
        }

        @Test
        void platformAdminListsEveryCustomGroup() {
            String leeds = create(LEEDS_COLLEAGUE);
            String club = create(NORTH_CLUB);
            assertThat(listedIds()).contains(leeds, club);
        }

        @Test
        void listPagesFromTheBuiltInGroupsIntoTheCustomOnes() {
            String first = create(LEEDS_COLLEAGUE);
            String second = create(LEEDS_COLLEAGUE);

            given().queryParam("limit", 1).queryParam("after", "county:E10000034").when().get("/comparison-groups")
                    .then().statusCode(200).body("items[0].id", startsWith("custom:")).body("next", startsWith("custom:"));
            given().queryParam("after", first).when().get("/comparison-groups")
                    .then().statusCode(200).body("items[0].id", equalTo(second));
        }

        @Test
        void platformAdminDeletesAnyCustomGroup() {
            delete(create(LEEDS_COLLEAGUE)).then().statusCode(204);
        }

        @Test
        void builtInGroupCannotBeDeleted() {
            delete("region:London").then().statusCode(403).body("detail", equalTo("Only custom comparison groups can be deleted."));
        }

        @Test
        void deletingAnUnknownGroupIs404() {
            delete("custom:999999999").then().statusCode(404);
            delete("type:XYZ").then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void radarAnalystCannotCreateAGroup() {
            post(GROUP).then().statusCode(403);
        }

        @Test
        void radarAnalystGets404ForACustomGroup() {
            get(create(LEEDS_COLLEAGUE)).then().statusCode(404);
        }

        @Test
        void radarAnalystCannotDelete() {
            delete(create(LEEDS_COLLEAGUE)).then().statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerCannotCreateAGroup() {
            post(GROUP).then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void anonymousCallerGets404ForACustomGroup() {
            get(create(LEEDS_COLLEAGUE)).then().statusCode(404);
        }

        @Test
        void anonymousCallerListsNoCustomGroups() {
            create(LEEDS_COLLEAGUE);
            assertThat(listedIds()).noneMatch(id -> id.startsWith("custom:"));
        }

        @Test
        void anonymousCallerCannotDelete() {
            delete(create(LEEDS_COLLEAGUE)).then().statusCode(401);
        }
    }

    private static String create(Caller owner) {
        return customGroup(owner, "West Yorkshire", List.of(WAKEFIELD, BRADFORD, KIRKLEES), List.of()).toString();
    }

    private static String createSharedWith(String club) {
        return customGroup(NORTH_CLUB, "Shared", List.of(WAKEFIELD), List.of(club)).toString();
    }

    private static List<String> listedIds() {
        return given().queryParam("limit", 500).when().get("/comparison-groups")
                .then().statusCode(200).body("next", nullValue()).extract().path("items.id");
    }

    private static Response post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/comparison-groups");
    }

    private static Response get(String id) {
        return given().when().get("/comparison-groups/" + id);
    }

    private static Response delete(String id) {
        return given().when().delete("/comparison-groups/" + id);
    }
}
