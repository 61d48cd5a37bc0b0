package uk.gov.lga.platform.lginform.api;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroups;
import uk.gov.lga.platform.lginform.domain.groups.GroupViewer;

import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.lga.platform.lginform.api.Officers.LEEDS;
import static uk.gov.lga.platform.lginform.api.Officers.YORK;

/** Custom groups: who may create, see and delete them. Each test makes its own groups. */
@QuarkusTest
class CustomGroupResourceTest {

    static final String WAKEFIELD = "E08000036";
    static final String BRADFORD = "E08000032";
    static final String KIRKLEES = "E08000034";
    static final String CLUB = "club-north";
    static final String NAMED_CLUB = "club-shared";
    static final String GROUP = """
            {"name": "West Yorkshire metropolitan districts", "members": ["E08000036", "E08000032", "E08000034"]}
            """;

    static final GroupViewer LEEDS_OFFICER = new GroupViewer("officer.leeds", LEEDS, null, false);
    static final GroupViewer NORTH_CLUB = new GroupViewer(CLUB, null, CLUB, false);

    @Inject
    CustomGroups customGroups;

    // --- create

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
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
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void locationOfACreatedGroupReadsItBack() {
        Response created = post(GROUP);
        String id = created.then().statusCode(201).extract().path("id");

        assertThat(created.header("Location")).endsWith("/comparison-groups/" + id);
        given().when().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    @TestSecurity(user = CLUB, roles = "benchmarking-club")
    void benchmarkingClubCreatesAGroupSharedWithOtherClubs() {
        post("{\"name\": \"Club set\", \"members\": [\"" + YORK + "\"], \"clubs\": [\"" + NAMED_CLUB + "\", \"club-b\"]}")
                .then().statusCode(201)
                .body("custom.ownerClient", equalTo(CLUB))
                .body("custom.ownerCouncil", nullValue())
                .body("custom.clubs", contains("club-b", NAMED_CLUB));
    }

    @Test
    @TestSecurity(user = "service-account-club-east", roles = "benchmarking-club")
    @OidcSecurity(claims = @Claim(key = "azp", value = "club-east"))
    void clubIsKnownByTheClientIdInItsToken() {
        post(GROUP).then().statusCode(201).body("custom.ownerClient", equalTo("club-east"));
    }

    @Test
    @TestSecurity(user = "service-account-club-west", roles = "benchmarking-club")
    void clubWithoutAClientIdClaimIsKnownByItsServiceAccount() {
        post(GROUP).then().statusCode(201).body("custom.ownerClient", equalTo("club-west"));
    }

    @Test
    void anonymousCallerCannotCreateAGroup() {
        post(GROUP).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminCannotCreateAGroup() {
        post(GROUP).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystCannotCreateAGroup() {
        post(GROUP).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer.nowhere", roles = "council-officer")
    void officerWithoutACouncilCannotCreateAGroup() {
        post(GROUP).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void overlongNameAndNoMembersAreNamed() {
        post("{\"name\": \"" + "x".repeat(121) + "\", \"members\": []}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("members", "name"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void blankNameIsNamed() {
        post("{\"name\": \" \", \"members\": [\"" + YORK + "\"]}").then().statusCode(400)
                .body("errors.field", contains("name"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void moreThanFourHundredMembersAreRefused() {
        String members = String.join(",", Collections.nCopies(401, "\"" + YORK + "\""));
        post("{\"name\": \"Too many\", \"members\": [" + members + "]}").then().statusCode(400)
                .body("errors.field", contains("members"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void memberThatIsNoGssCodeOrClubThatIsNoClientIdIsNamed() {
        post("{\"name\": \"Bad\", \"members\": [\"" + YORK + "\", \"York\"], \"clubs\": [\"no spaces\"]}")
                .then().statusCode(400)
                .body("errors.field", contains("clubs[0]", "members[1]"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void unknownAndRepeatedMembersAreNamedAndNothingIsStored() {
        long before = storedGroups();

        post("{\"name\": \"Bad\", \"members\": [\"" + YORK + "\", \"E99999999\", \"" + YORK + "\"]}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("members[1]", "members[2]"))
                .body("errors[0].message", equalTo("unknown council 'E99999999'"));
        assertThat(storedGroups()).isEqualTo(before);
    }

    // --- read

    @Test
    @TestSecurity(user = "officer2.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void officerOfTheOwnerCouncilSeesTheGroup() {
        String id = create(LEEDS_OFFICER);
        get(id).then().statusCode(200).body("id", equalTo(id)).body("members.gssCode", contains(BRADFORD, KIRKLEES, WAKEFIELD));
    }

    @Test
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    void officerOfAnotherCouncilGets404() {
        get(create(LEEDS_OFFICER)).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anonymousCallerGets404ForACustomGroup() {
        get(create(LEEDS_OFFICER)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = CLUB, roles = "benchmarking-club")
    void owningClubSeesItsGroup() {
        get(create(NORTH_CLUB)).then().statusCode(200).body("custom.ownerClient", equalTo(CLUB));
    }

    @Test
    @TestSecurity(user = NAMED_CLUB, roles = "benchmarking-club")
    void clubTheGroupNamesSeesIt() {
        get(createSharedWith(NAMED_CLUB)).then().statusCode(200).body("custom.clubs", contains(NAMED_CLUB));
    }

    @Test
    @TestSecurity(user = "club-other", roles = "benchmarking-club")
    void otherClubGets404() {
        get(createSharedWith(NAMED_CLUB)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminSeesEveryCustomGroup() {
        get(create(LEEDS_OFFICER)).then().statusCode(200);
        get(create(NORTH_CLUB)).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystGets404ForACustomGroup() {
        get(create(LEEDS_OFFICER)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void customIdThatIsNoNumberIs404() {
        get("custom:abc").then().statusCode(404);
    }

    // --- list

    @Test
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    void officerListsTheirCouncilsGroupsAfterTheBuiltInOnesAndNoOthers() {
        String york = create(new GroupViewer("officer2.york", YORK, null, false));
        String leeds = create(LEEDS_OFFICER);

        List<String> ids = listedIds();

        assertThat(ids).contains("all-england", york).doesNotContain(leeds);
        assertThat(ids.indexOf(york)).isGreaterThan(ids.indexOf("county:E10000034"));
    }

    @Test
    @TestSecurity(user = NAMED_CLUB, roles = "benchmarking-club")
    void clubListsItsOwnGroupsAndThoseNamingItOnly() {
        String own = create(new GroupViewer(NAMED_CLUB, null, NAMED_CLUB, false));
        String shared = createSharedWith(NAMED_CLUB);
        String other = create(NORTH_CLUB);

        assertThat(listedIds()).contains(own, shared).doesNotContain(other);
    }

    @Test
    void anonymousCallerListsNoCustomGroups() {
        create(LEEDS_OFFICER);
        assertThat(listedIds()).noneMatch(id -> id.startsWith("custom:"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminListsEveryCustomGroup() {
        String leeds = create(LEEDS_OFFICER);
        String club = create(NORTH_CLUB);
        assertThat(listedIds()).contains(leeds, club);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void listPagesFromTheBuiltInGroupsIntoTheCustomOnes() {
        String first = create(LEEDS_OFFICER);
        String second = create(LEEDS_OFFICER);

        given().queryParam("limit", 1).queryParam("after", "county:E10000034").when().get("/comparison-groups")
                .then().statusCode(200).body("items[0].id", startsWith("custom:")).body("next", startsWith("custom:"));
        given().queryParam("after", first).when().get("/comparison-groups")
                .then().statusCode(200).body("items[0].id", equalTo(second));
    }

    // --- delete

    @Test
    @TestSecurity(user = "officer2.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void officerOfTheOwnerCouncilDeletesTheGroup() {
        String id = create(LEEDS_OFFICER);
        delete(id).then().statusCode(204);
        get(id).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    void officerOfAnotherCouncilCannotFindTheGroupToDelete() {
        String id = create(LEEDS_OFFICER);
        delete(id).then().statusCode(404);
        assertThat(customGroups.find(number(id), LEEDS_OFFICER)).isPresent();
    }

    @Test
    @TestSecurity(user = CLUB, roles = "benchmarking-club")
    void owningClubDeletesItsGroup() {
        delete(create(NORTH_CLUB)).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = NAMED_CLUB, roles = "benchmarking-club")
    void clubTheGroupIsOnlySharedWithCannotDeleteIt() {
        delete(createSharedWith(NAMED_CLUB)).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "club-other", roles = "benchmarking-club")
    void otherClubCannotFindTheGroupToDelete() {
        delete(create(NORTH_CLUB)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminDeletesAnyCustomGroup() {
        delete(create(LEEDS_OFFICER)).then().statusCode(204);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystCannotDelete() {
        delete(create(LEEDS_OFFICER)).then().statusCode(403);
    }

    @Test
    void anonymousCallerCannotDelete() {
        delete(create(LEEDS_OFFICER)).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void builtInGroupCannotBeDeleted() {
        delete("region:London").then().statusCode(403).body("detail", equalTo("Only custom comparison groups can be deleted."));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void deletingAnUnknownGroupIs404() {
        delete("custom:999999999").then().statusCode(404);
        delete("type:XYZ").then().statusCode(404);
    }

    private String create(GroupViewer owner) {
        return customGroups.create(new CustomGroups.NewGroup("West Yorkshire", List.of(WAKEFIELD, BRADFORD, KIRKLEES),
                List.of()), owner).groupId();
    }

    private String createSharedWith(String club) {
        return customGroups.create(new CustomGroups.NewGroup("Shared", List.of(WAKEFIELD), List.of(club)), NORTH_CLUB).groupId();
    }

    private static String number(String id) {
        return id.substring("custom:".length());
    }

    private static List<String> listedIds() {
        return given().queryParam("limit", 500).when().get("/comparison-groups")
                .then().statusCode(200).body("next", nullValue()).extract().path("items.id");
    }

    private static long storedGroups() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM comparison_group").getSingleResult()).longValue());
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
