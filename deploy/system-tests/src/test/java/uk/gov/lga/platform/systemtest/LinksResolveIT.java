package uk.gov.lga.platform.systemtest;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8: every link the platform returns through the gateway resolves through the gateway. The main read
 * operations of the four services are read as anonymous callers and as the roles that may read them, the answers
 * walked for links by {@link LinkWalk} (headers, link-shaped JSON values and fields, problem instances) and every
 * link followed as the same caller; writes that answer with a Location are made and their Locations followed; and
 * refusals from every service and from the gateway name, as their instance, the gateway path the caller used.
 */
class LinksResolveIT {

    static final String LEEDS = "E08000035";
    static final String YORK = "E06000014";
    static final String MIDDLESBROUGH = "E06000002";

    static Platform platform;
    static String admin;
    static String manager;
    static String analyst;
    static String leedsOfficer;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        admin = Tokens.forUser(platform.realmUrl(), "admin");
        manager = Tokens.forUser(platform.realmUrl(), "manager");
        analyst = Tokens.forUser(platform.realmUrl(), "analyst");
        leedsOfficer = Tokens.forUser(platform.realmUrl(), "officer.leeds");
    }

    @Test
    void linksInOpenReadsResolveForAnonymousCallers() {
        LinkWalk walk = new LinkWalk(platform.gatewayUrl());
        for (String path : List.of(
                "/api/lg-inform/councils?limit=3",
                "/api/lg-inform/councils/" + LEEDS,
                "/api/lg-inform/councils/" + LEEDS + "/political-control",
                "/api/lg-inform/councils/" + LEEDS + "/series?metric=usable-reserves",
                "/api/lg-inform/metrics?limit=3",
                "/api/lg-inform/metrics/usable-reserves",
                "/api/lg-inform/values?metric=usable-reserves&limit=3",
                "/api/lg-inform/open-data/changes?limit=3",
                "/api/lg-inform/comparison-groups",
                "/api/peer-challenge/take-up")) {
            walk.read(null, path);
        }
        report(walk);
    }

    @Test
    void linksInSignedInReadsResolveForTheirReaders() {
        String quarter = quarterOf(LocalDate.now(ZoneId.of("Europe/London")));
        LinkWalk walk = new LinkWalk(platform.gatewayUrl());
        for (String path : List.of(
                "/api/lg-inform/councils/" + LEEDS + "/data-returns",
                "/api/lg-inform/dashboards",
                "/api/peer-challenge/organisations?limit=3",
                "/api/peer-challenge/organisations/" + LEEDS,
                "/api/peer-challenge/councils/" + LEEDS + "/offer",
                "/api/peer-challenge/councils/" + LEEDS + "/offer/entries",
                "/api/peer-challenge/calendar",
                "/api/peer-challenge/calendar/" + quarter,
                "/api/peer-challenge/bookings",
                "/api/peer-challenge/challenges",
                "/api/peer-challenge/deadlines",
                "/api/peer-challenge/topics",
                "/api/peer-challenge/peers",
                "/api/peer-challenge/take-up/councils/" + LEEDS,
                "/api/knowledge-hub/communities")) {
            walk.read(admin, path);
        }
        walk.read(leedsOfficer, "/api/lg-inform/councils/" + LEEDS + "/data-returns");
        walk.read(leedsOfficer, "/api/peer-challenge/councils/" + LEEDS + "/offer");
        walk.read(manager, "/api/peer-challenge/challenges");
        walk.read(analyst, "/api/radar/councils/" + LEEDS + "/signals");
        String community = given().auth().oauth2(admin).get("/api/knowledge-hub/communities").then().statusCode(200)
                .extract().path("items[0].id").toString();
        walk.read(admin, "/api/knowledge-hub/communities/" + community);
        report(walk);
    }

    @Test
    void locationsOfWhatIsCreatedNameTheGatewayAndResolve() {
        LinkWalk walk = new LinkWalk(platform.gatewayUrl());
        String yorkOfficer = Tokens.forUser(platform.realmUrl(), "officer.york");
        created(walk, yorkOfficer, "/api/lg-inform/councils/" + YORK + "/data-returns", given().auth().oauth2(yorkOfficer)
                .contentType(ContentType.JSON)
                .body("{\"period\": \"2023/24\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 48000}]}")
                .post("/api/lg-inform/councils/" + YORK + "/data-returns"));
        created(walk, manager, "/api/peer-challenge/topics/Planning", given().auth().oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("minimumPrice", 7500, "active", true, "description", "Planning services"))
                .put("/api/peer-challenge/topics/Planning"));
        created(walk, admin, "/api/peer-challenge/fire-authorities", given().auth().oauth2(admin)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "E31000040", "name", "Greater Manchester Fire and Rescue Authority",
                        "kind", "METROPOLITAN", "region", "North West"))
                .post("/api/peer-challenge/fire-authorities"));
        created(walk, admin, "/api/peer-challenge/councils/" + MIDDLESBROUGH + "/offer/leadership-places",
                given().auth().oauth2(admin).contentType(ContentType.JSON)
                        .body(Map.of("financialYear", financialYearOf(LocalDate.now(ZoneId.of("Europe/London"))),
                                "delegateName", "A. Delegate"))
                        .post("/api/peer-challenge/councils/" + MIDDLESBROUGH + "/offer/leadership-places"));
        // Not inducted, so never proposed for a team: the peer challenge journey's bank stays as it sets it.
        created(walk, manager, "/api/peer-challenge/peers", given().auth().oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Pat Linkwalker", "kind", "OFFICER", "homeOrganisation", MIDDLESBROUGH))
                .post("/api/peer-challenge/peers"));
        walk.followAll();
        report(walk);
    }

    @Test
    void refusalsNameTheGatewayPathTheCallerUsedAsTheirInstance() {
        LinkWalk walk = new LinkWalk(platform.gatewayUrl());
        walk.refusal(null, "/api/lg-inform/councils/E99999999");
        walk.refusal(null, "/api/lg-inform/councils/" + LEEDS + "/data-returns");
        walk.refusal(null, "/api/lg-inform/councils/NOT-A-CODE/series?metric=usable-reserves");
        walk.refusal(null, "/api/peer-challenge/councils/" + LEEDS + "/offer");
        walk.refusal(null, "/api/knowledge-hub/communities");
        walk.refusal(null, "/api/radar/councils/" + LEEDS + "/signals");
        walk.refusal(null, "/api/no-such-service/anything");
        walk.refusal(leedsOfficer, "/api/radar/councils/" + LEEDS + "/signals");
        walk.refusal(leedsOfficer, "/api/peer-challenge/councils/" + YORK + "/offer");
        walk.refusal(admin, "/api/peer-challenge/challenges/999999");
        walk.refusal(admin, "/api/peer-challenge/organisations/E99999999");
        walk.refusal(admin, "/api/knowledge-hub/communities/999999");
        walk.refusal(analyst, "/api/radar/councils/NOT-A-CODE/signals");
        report(walk);
    }

    private static void created(LinkWalk walk, String token, String path, Response response) {
        assertThat(response.statusCode()).as("%s answers %s", path, response.asString()).isEqualTo(201);
        assertThat(response.getHeader("Location")).as("Location of %s", path).isNotNull();
        walk.check(token, path, response);
    }

    private static void report(LinkWalk walk) {
        System.out.println("links: " + walk.figures());
        assertThat(walk.failures()).isEmpty();
    }

    private static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static String financialYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }
}
