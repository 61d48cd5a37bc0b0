package uk.gov.lga.platform.systemtest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.lga.platform.deploy.Platform;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * A corporate peer challenge of Leeds through the gateway on the real stack, each step as the person who takes it in
 * life: the manager opens the quarter, Leeds's officer books it, the manager builds the team from peers registered
 * for the purpose, peer.one accepts their invitation with their own token, the team goes on site, gives its
 * findings, the report is published for everyone, Leeds publishes its action plan and the manager records the
 * progress review. The steps run in order on one challenge; the last tests say what each actor sees at the end.
 * <p>
 * The visits are scheduled three weeks back so the later stages can be reached today: the service lets a manager
 * record visits on any days (they are recorded, not planned, here), and refuses only findings before the last day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PeerChallengeJourneyIT {

    static final String LEEDS = "E08000035";
    static final String YORK = "E06000014";
    static final String PEER_CHALLENGE = "/api/peer-challenge";
    static final List<String> CORPORATE_ELEMENTS = List.of("LOCAL_PRIORITIES_AND_OUTCOMES",
            "ORGANISATIONAL_AND_PLACE_LEADERSHIP", "GOVERNANCE_AND_CULTURE", "FINANCIAL_PLANNING_AND_MANAGEMENT",
            "CAPACITY_FOR_IMPROVEMENT");

    Platform platform;
    String manager;
    String leedsOfficer;
    String yorkOfficer;
    String peerOne;
    LocalDate today;
    LocalDate firstVisitDay;
    LocalDate lastVisitDay;
    long challengeId;
    long peerOneId;

    @BeforeAll
    void startPlatform() {
        platform = RunningPlatform.get();
        manager = Tokens.forUser(platform.realmUrl(), "manager");
        leedsOfficer = Tokens.forUser(platform.realmUrl(), "officer.leeds");
        yorkOfficer = Tokens.forUser(platform.realmUrl(), "officer.york");
        peerOne = Tokens.forUser(platform.realmUrl(), "peer.one");
        // The offer's days are UK days (the service's clock).
        today = LocalDate.now(ZoneId.of("Europe/London"));
        firstVisitDay = today.minusDays(21);
        lastVisitDay = today.minusDays(18);
        // Peer challenge learns the councils from lginform.councils after the platform starts.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() ->
                as(manager).get(PEER_CHALLENGE + "/organisations/" + LEEDS).statusCode() == 200);
    }

    @Test
    @Order(1)
    void leedsOfficerBooksTheQuarterTheManagerOpenedToHostACorporateChallenge() {
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        as(manager).contentType(ContentType.JSON).body(Map.of("hostCapacity", 5))
                .when().put(PEER_CHALLENGE + "/calendar/" + quarter).then().statusCode(200)
                .body("hostCapacity", equalTo(5));

        String location = as(leedsOfficer).contentType(ContentType.JSON).body(Map.of("quarter", quarter,
                        "purpose", "HOST", "hosts", List.of(LEEDS), "kind", "CORPORATE", "shape", "SINGLE",
                        "focusAreas", List.of("Housing delivery")))
                .when().post(PEER_CHALLENGE + "/bookings").then().statusCode(201)
                .body("status", equalTo("CONFIRMED"))
                .body("bookedBy", equalTo("officer.leeds"))
                .extract().header("Location");
        assertThat(location).startsWith(platform.gatewayUrl() + PEER_CHALLENGE + "/bookings/");
        challengeId = as(leedsOfficer).get(location).then().statusCode(200).extract().jsonPath().getLong("challengeId");

        as(leedsOfficer).get(challenge()).then().statusCode(200)
                .body("stage", equalTo("ENQUIRY"))
                .body("kind", equalTo("CORPORATE"))
                .body("hosts.code", contains(LEEDS));
    }

    @Test
    @Order(2)
    void managerRegistersPeersSchedulesTheVisitAndTakesItToThePositionStatement() {
        peerOneId = registerPeer(Map.of("userName", "peer.one", "name", "Cllr Jo Bloggs", "kind", "MEMBER",
                "politicalGroup", "Labour", "homeOrganisation", YORK, "elements", List.of("GOVERNANCE_AND_CULTURE"),
                "serviceAreas", List.of("Housing")));
        registerPeer(Map.of("name", "Cllr Sam Green", "kind", "MEMBER", "politicalGroup", "Conservative",
                "homeOrganisation", "E06000005", "elements", List.of("LOCAL_PRIORITIES_AND_OUTCOMES")));
        registerPeer(Map.of("name", "Alex Chief", "kind", "CHIEF_EXECUTIVE", "homeOrganisation", "E08000019",
                "elements", List.of("ORGANISATIONAL_AND_PLACE_LEADERSHIP")));
        registerPeer(Map.of("name", "Morgan Finance", "kind", "OFFICER", "homeOrganisation", "E08000003",
                "elements", List.of("FINANCIAL_PLANNING_AND_MANAGEMENT")));
        registerPeer(Map.of("name", "Riley Business", "kind", "EXPERT", "expertSector", "BUSINESS",
                "elements", List.of("CAPACITY_FOR_IMPROVEMENT")));

        as(manager).contentType(ContentType.JSON)
                .body(Map.of("visits", List.of(Map.of("startsOn", firstVisitDay.toString(), "endsOn", lastVisitDay.toString()))))
                .when().put(challenge() + "/visits").then().statusCode(200)
                .body("visits[0].startsOn", equalTo(firstVisitDay.toString()))
                .body("deadlines.deadline", hasItem("REPORT"));
        moveTo(manager, "SCOPING");
        moveTo(leedsOfficer, "POSITION_STATEMENT");
    }

    @Test
    @Order(3)
    void managerConfirmsTheProposedTeamAndPeerOneAcceptsTheirInvitation() {
        String proposal = as(manager).contentType(ContentType.JSON).post(challenge() + "/team-proposals").then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("seats", hasSize(5))
                .body("seats.peerId", hasItem((int) peerOneId))
                .extract().header("Location");
        assertThat(proposal).startsWith(platform.gatewayUrl() + challenge() + "/team-proposals/");
        as(manager).contentType(ContentType.JSON).post(proposal + "/confirm").then().statusCode(200)
                .body("members", hasSize(5))
                .body("members.status", everyItem(equalTo("INVITED")));

        JsonPath invitations = as(peerOne).get(PEER_CHALLENGE + "/peers/me/invitations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(invitations.getList("challengeId", Long.class)).containsExactly(challengeId);
        long invitation = invitations.getList("id", Long.class).get(0);
        as(peerOne).contentType(ContentType.JSON).post(PEER_CHALLENGE + "/peers/me/invitations/" + invitation + "/accept").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
    }

    @Test
    @Order(4)
    void teamGoesOnSiteAndGivesItsFindings() {
        moveTo(manager, "ON_SITE");
        given().when().get(challenge() + "/findings").then().statusCode(401);

        as(manager).contentType(ContentType.JSON).body(Map.of("memberChallengeOfPerformanceWeak", true,
                        "findings", CORPORATE_ELEMENTS.stream().map(element -> Map.of("element", element,
                                "strengths", List.of("A clear vision for " + element.toLowerCase()),
                                "areasToConsider", List.of("Pace of delivery"),
                                "recommendations", List.of("Act on " + element.toLowerCase()))).toList()))
                .when().put(challenge() + "/findings").then().statusCode(200)
                .body("feedbackOn", equalTo(today.toString()));
        as(leedsOfficer).get(challenge() + "/findings").then().statusCode(200)
                .body("findings", hasSize(5));
    }

    @Test
    @Order(5)
    void reportIsPublishedForEveryoneIncludingAnonymousCallers() {
        given().when().get(challenge() + "/report").then().statusCode(404)
                .contentType("application/problem+json");

        as(manager).contentType(ContentType.JSON).body(Map.of("title", "Corporate peer challenge: Leeds City Council",
                        "summary", "Leeds knows itself well.", "url", "https://www.local.gov.uk/peer-challenges/leeds.pdf"))
                .when().post(challenge() + "/report").then().statusCode(201)
                .header("Location", startsWith(platform.gatewayUrl() + challenge() + "/report"));

        given().when().get(challenge() + "/report").then().statusCode(200)
                .body("title", equalTo("Corporate peer challenge: Leeds City Council"))
                .body("lastOnSiteDay", equalTo(lastVisitDay.toString()))
                .body("findings", hasSize(5));
    }

    @Test
    @Order(6)
    void leedsPublishesItsActionPlanAnsweringEveryRecommendation() {
        List<Integer> numbers = as(leedsOfficer).get(challenge() + "/findings").then().statusCode(200)
                .extract().jsonPath().getList("findings.recommendations.flatten().number", Integer.class);
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5);

        as(leedsOfficer).contentType(ContentType.JSON).body(Map.of("summary", "How Leeds will act on them.",
                        "actions", numbers.stream().map(n -> Map.of("recommendation", n,
                                "action", "Action on recommendation " + n, "owner", "Chief Executive")).toList()))
                .when().post(challenge() + "/action-plan").then().statusCode(201);
        given().when().get(challenge() + "/action-plan").then().statusCode(200)
                .body("actions", hasSize(5));
    }

    @Test
    @Order(7)
    void managerRecordsTheProgressReview() {
        as(manager).contentType(ContentType.JSON).body(Map.of("summary", "Good progress on governance.",
                        "reviewedOn", today.toString(),
                        "recommendations", List.of(1, 2, 3, 4, 5).stream().map(n -> Map.of("number", n,
                                "status", n == 3 ? "ACHIEVED" : "IN_PROGRESS")).toList()))
                .when().post(challenge() + "/progress-review").then().statusCode(201);

        as(leedsOfficer).get(challenge()).then().statusCode(200)
                .body("stage", equalTo("PROGRESS_REVIEWED"))
                .body("history.to", contains("ENQUIRY", "SCOPING", "POSITION_STATEMENT", "ON_SITE", "FEEDBACK_GIVEN",
                        "REPORT_PUBLISHED", "ACTION_PLAN_PUBLISHED", "PROGRESS_REVIEWED"))
                .body("history.find { it.to == 'POSITION_STATEMENT' }.by", equalTo("officer.leeds"))
                .body("history.find { it.to == 'ACTION_PLAN_PUBLISHED' }.by", equalTo("officer.leeds"));
    }

    @Test
    @Order(10)
    void leedsSeesItsFreeCorporateChallengeUsedAndScrutinySupportOpened() {
        JsonPath offer = as(leedsOfficer).get(PEER_CHALLENGE + "/councils/" + LEEDS + "/offer").then().statusCode(200)
                .extract().jsonPath();
        assertThat(offer.getString("entitlements.find { it.kind == 'FREE_CORPORATE_PEER_CHALLENGE' }.status"))
                .isEqualTo("USED");
        assertThat(offer.getInt("entitlements.find { it.kind == 'FREE_CORPORATE_PEER_CHALLENGE' }.balance.available"))
                .isZero();
        assertThat(offer.getString("entitlements.find { it.kind == 'SCRUTINY_SUPPORT' }.status")).isEqualTo("AVAILABLE");
        assertThat(offer.getInt("entitlements.find { it.kind == 'SCRUTINY_SUPPORT' }.balance.available")).isEqualTo(6);

        as(leedsOfficer).queryParam("entitlement", "FREE_CORPORATE_PEER_CHALLENGE")
                .get(PEER_CHALLENGE + "/councils/" + LEEDS + "/offer/entries").then().statusCode(200)
                .body("items.find { it.movement == 'USE' }.challengeId", equalTo((int) challengeId));
    }

    @Test
    @Order(11)
    void anonymousCallersReadOnlyThePublishedReportAndActionPlan() {
        given().when().get(challenge() + "/report").then().statusCode(200);
        given().when().get(challenge() + "/action-plan").then().statusCode(200);
        for (String unpublished : List.of("", "/findings", "/progress-review", "/team", "/data-pack")) {
            given().when().get(challenge() + unpublished).then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().when().get(PEER_CHALLENGE + "/councils/" + LEEDS + "/offer").then().statusCode(401);
    }

    @Test
    @Order(12)
    void anotherCouncilsOfficerIsRefusedTheChallengeAndTheOffer() {
        for (String part : List.of("", "/findings", "/progress-review", "/team")) {
            as(yorkOfficer).get(challenge() + part).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        as(yorkOfficer).get(PEER_CHALLENGE + "/councils/" + LEEDS + "/offer").then().statusCode(403);
        as(yorkOfficer).get(PEER_CHALLENGE + "/challenges").then().statusCode(200)
                .body("items.id", everyItem(not(equalTo((int) challengeId))));
    }

    @Test
    @Order(13)
    void peerOneSeesTheTeamAndTheirAcceptedSeatButNotTheChallengeRecord() {
        as(peerOne).get(PEER_CHALLENGE + "/peers/me/invitations").then().statusCode(200)
                .body("find { it.challengeId == " + challengeId + " }.status", equalTo("ACCEPTED"));
        as(peerOne).get(challenge() + "/team").then().statusCode(200)
                .body("members.name", hasItem("Cllr Jo Bloggs"));
        as(peerOne).get(challenge()).then().statusCode(403);
        as(manager).get(challenge() + "/team").then().statusCode(200)
                .body("members.find { it.peerId == " + peerOneId + " }.status", equalTo("ACCEPTED"))
                .body("members.findAll { it.status == 'INVITED' }", hasSize(4));
    }

    @Test
    @Order(14)
    void managerSeesEveryDeadlineMet() {
        as(manager).get(challenge()).then().statusCode(200)
                .body("deadlines.metOn", everyItem(notNullValue()))
                .body("deadlines", hasSize(3));
    }

    private long registerPeer(Map<String, Object> profile) {
        Map<String, Object> body = new HashMap<>(profile);
        body.put("inductedOn", "2024-01-15");
        body.put("accreditationExpiresOn", today.plusYears(2).toString());
        return as(manager).contentType(ContentType.JSON).body(body).when().post(PEER_CHALLENGE + "/peers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void moveTo(String token, String stage) {
        as(token).contentType(ContentType.JSON).body(Map.of("stage", stage))
                .when().post(challenge() + "/stage").then().statusCode(200).body("stage", equalTo(stage));
    }

    private String challenge() {
        return PEER_CHALLENGE + "/challenges/" + challengeId;
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
