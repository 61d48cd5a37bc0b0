package uk.gov.lga.platform.systemtest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.deploy.Platform;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The Kafka path lginform.councils → peer-challenge on the real stack: a platform admin records a change of a
 * council's political control in LG Inform, and within 10 s peer challenge's offer for that council holds the
 * member peer support it opens (5 free days, usable for 12 months from the change) with a ledger entry naming the
 * event it came from. The same change heard again, or corrected on its own day, grants nothing more.
 */
class PoliticalControlSupportIT {

    /** Hartlepool: no other system test records its control or books for it. */
    static final String HARTLEPOOL = "E06000001";
    static final String CONTROL = "/api/lg-inform/councils/" + HARTLEPOOL + "/political-control";
    static final String OFFER = "/api/peer-challenge/councils/" + HARTLEPOOL + "/offer";
    static final Duration KAFKA_WITHIN = Duration.ofSeconds(10);

    static Platform platform;
    static String admin;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.get();
        admin = Tokens.forUser(platform.realmUrl(), "admin");
    }

    @Test
    void changeOfControlGrantsMemberPeerSupportOnceWithinTenSeconds() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate changedOn = today.minusDays(20);
        recordControl("Conservative", "Conservative", today.minusDays(400));
        // A council's first record is not a change: nothing is granted by it, so the offer is still closed.
        awaitOrganisationControl("Conservative");
        assertThat(memberPeerSupport().getString("status")).isEqualTo("NOT_ELIGIBLE");

        long recordedAt = System.nanoTime();
        recordControl("NO_OVERALL_CONTROL", "Labour", changedOn);
        await().atMost(KAFKA_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> "AVAILABLE".equals(memberPeerSupport().getString("status")));
        System.out.printf("member peer support granted %d ms after the change of control was recorded%n",
                (System.nanoTime() - recordedAt) / 1_000_000);

        JsonPath support = memberPeerSupport();
        assertThat(support.getInt("days")).isEqualTo(5);
        assertThat(support.getInt("balance.granted")).isEqualTo(5);
        assertThat(support.getInt("balance.available")).isEqualTo(5);
        assertThat(support.getString("balance.expiresOn")).isEqualTo(changedOn.plusMonths(12).toString());

        Map<String, Object> grant = onlyGrant();
        assertThat(grant).containsEntry("movement", "GRANT").containsEntry("quantity", 5)
                .containsEntry("effectiveOn", changedOn.toString())
                .containsEntry("expiresOn", changedOn.plusMonths(12).toString())
                .containsEntry("reference", "control-change:" + changedOn)
                .containsEntry("recordedBy", "system:lginform.councils");
        assertThat((String) grant.get("sourceEventId")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat((String) grant.get("reason")).contains("Conservative", "NO_OVERALL_CONTROL", changedOn.toString());
        given().auth().oauth2(admin).when().get(OFFER + "/entries/" + grant.get("id")).then().statusCode(200)
                .body("sourceEventId", equalTo(grant.get("sourceEventId")));

        // The same record again is a safe retry in LG Inform; a correction of the day's leader publishes the change
        // again under a new event id. Once peer challenge has heard the correction, there is still one grant.
        recordControl("NO_OVERALL_CONTROL", "Labour", changedOn);
        recordControl("NO_OVERALL_CONTROL", "Liberal Democrat", changedOn);
        await().atMost(KAFKA_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> "Liberal Democrat".equals(organisation().getString("politicalControl.leaderParty")));
        assertThat(onlyGrant()).containsEntry("id", grant.get("id"));
        assertThat(memberPeerSupport().getInt("balance.granted")).isEqualTo(5);
    }

    private static void recordControl(String control, String leaderParty, LocalDate from) {
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("control", control, "leaderParty", leaderParty, "effectiveFrom", from.toString()))
                .when().put(CONTROL).then().statusCode(200).body("current.control", equalTo(control));
    }

    private static void awaitOrganisationControl(String control) {
        // Ignoring refusals: the council itself may still be on its way over the same topic.
        await().atMost(KAFKA_WITHIN).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> control.equals(organisation().getString("politicalControl.control")));
    }

    private static JsonPath organisation() {
        return given().auth().oauth2(admin).when().get("/api/peer-challenge/organisations/" + HARTLEPOOL)
                .then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath memberPeerSupport() {
        JsonPath offer = given().auth().oauth2(admin).when().get(OFFER).then().statusCode(200).extract().jsonPath();
        return offer.setRootPath("entitlements.find { it.kind == 'MEMBER_PEER_SUPPORT' }");
    }

    private static Map<String, Object> onlyGrant() {
        List<Map<String, Object>> entries = given().auth().oauth2(admin)
                .queryParam("entitlement", "MEMBER_PEER_SUPPORT")
                .when().get(OFFER + "/entries").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
