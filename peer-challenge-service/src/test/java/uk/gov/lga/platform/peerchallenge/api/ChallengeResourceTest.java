package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Challenges;
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ChallengeResourceTest {

    /** Mid-June 2026; the fixtures' challenges were on site from Monday 4 May 2026 to Thursday 7 May. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate VISIT = LocalDate.of(2026, 5, 4);

    /** Councils whose officers the tests sign in as (one per test, so their challenges never meet). */
    static final String READER = "E06000201";
    static final String LISTER = "E06000202";
    static final String POSITION = "E06000203";
    static final String REFUSED = "E06000205";
    static final String SECOND_HOST = "E06000206";
    static final String OTHER = "E06000209";

    @Inject
    TestClock clock;

    @BeforeEach
    void midJune() {
        clock.setToday(TODAY);
        Challenges.openCommonQuarters();
    }

    static String council(String code) {
        return Challenges.organisation(code, OrganisationKind.COUNCIL, "UA", null);
    }

    /** Every operation of a challenge except reading its published report and action plan: method and path. */
    static List<String[]> guarded(long id) {
        return List.of(new String[]{"GET", "/challenges"}, new String[]{"GET", "/challenges/" + id},
                new String[]{"PUT", "/challenges/" + id + "/visits"}, new String[]{"POST", "/challenges/" + id + "/stage"},
                new String[]{"PUT", "/challenges/" + id + "/findings"}, new String[]{"GET", "/challenges/" + id + "/findings"},
                new String[]{"POST", "/challenges/" + id + "/report"}, new String[]{"POST", "/challenges/" + id + "/action-plan"},
                new String[]{"POST", "/challenges/" + id + "/progress-review"},
                new String[]{"GET", "/challenges/" + id + "/progress-review"},
                new String[]{"GET", "/challenges/" + id + "/data-pack"});
    }

    /** A body every write accepts in shape, so a refusal is about the caller, not the body. */
    static final String ANY_BODY = """
            {"visits": [{"startsOn": "2026-09-14", "endsOn": "2026-09-17"}], "stage": "SCOPING",
             "findings": [{"element": "LEADERSHIP"}], "memberChallengeOfPerformanceWeak": false,
             "title": "T", "summary": "S", "actions": [], "recommendations": []}""";

    static int call(String method, String path) {
        return given().contentType(ContentType.JSON).body(ANY_BODY).when().request(method, path).then().extract().statusCode();
    }

    static void everyGuardedOperationAnswers(long id, int status) {
        for (String[] op : guarded(id)) {
            assertThat(call(op[0], op[1])).as(op[0] + " " + op[1]).isEqualTo(status);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void everyOperationButThePublishedDocumentsAsksForAToken() {
            long id = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            everyGuardedOperationAnswers(id, 401);
        }

        @Test
        void readsAPublishedReportWithItsFindings() {
            String host = Challenges.council();
            long id = Challenges.at(ChallengeStage.REPORT_PUBLISHED, VISIT, ChallengeKind.CORPORATE, host);

            given().when().get("/challenges/" + id + "/report").then().statusCode(200)
                    .body("challengeId", equalTo((int) id))
                    .body("title", equalTo("Peer challenge report"))
                    .body("publishedOn", equalTo("2026-05-08"))
                    .body("hosts[0].code", equalTo(host))
                    .body("lastOnSiteDay", equalTo("2026-05-07"))
                    .body("findings.element", contains(ChallengeKind.CORPORATE.elements().stream().map(Element::name).toArray()))
                    .body("findings[0].recommendations[0].number", equalTo(1))
                    .body("findings[0].recommendations[0].status", nullValue());
        }

        @Test
        void readsAPublishedActionPlan() {
            long id = Challenges.at(ChallengeStage.ACTION_PLAN_PUBLISHED, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/challenges/" + id + "/action-plan").then().statusCode(200)
                    .body("actions[0].recommendation", equalTo(1))
                    .body("actions[0].recommendationText", equalTo("A recommendation"))
                    .body("actions[0].owner", equalTo("Chief Executive"));
        }

        @Test
        void aReportOrPlanNotYetPublishedIsNotFoundLikeAnUnknownChallenge() {
            long id = Challenges.at(ChallengeStage.FEEDBACK_GIVEN, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/challenges/" + id + "/report").then().statusCode(404)
                    .contentType("application/problem+json");
            given().when().get("/challenges/" + id + "/action-plan").then().statusCode(404);
            given().when().get("/challenges/999999/report").then().statusCode(404)
                    .body("detail", equalTo("Peer challenge 999999 has no published report."));
        }
    }

    @Nested
    class HostsOwnOfficer {

        @Test
        @TestSecurity(user = "officer.reader", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = READER))
        void readsTheirChallengeWithItsHistoryFindingsReviewAndDataPack() {
            long id = Challenges.at(ChallengeStage.PROGRESS_REVIEWED, VISIT, ChallengeKind.CHILDRENS_SERVICES, council(READER));

            given().when().get("/challenges/" + id).then().statusCode(200)
                    .body("hosts[0].code", equalTo(READER))
                    .body("history.to", contains("ENQUIRY", "SCOPING", "POSITION_STATEMENT", "ON_SITE", "FEEDBACK_GIVEN",
                            "REPORT_PUBLISHED", "ACTION_PLAN_PUBLISHED", "PROGRESS_REVIEWED"))
                    .body("history[0].by", equalTo("manager"));
            given().when().get("/challenges/" + id + "/findings").then().statusCode(200)
                    .body("findings[0].recommendations[0].status", equalTo("ACHIEVED"));
            given().when().get("/challenges/" + id + "/progress-review").then().statusCode(200)
                    .body("recommendations[0].status", equalTo("ACHIEVED"));
            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200);
        }

        @Test
        @TestSecurity(user = "officer.lister", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = LISTER))
        void listsOnlyTheirOwnCouncilsChallenges() {
            long own = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, council(LISTER));
            long theirs = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/challenges").then().statusCode(200)
                    .body("items.id", contains((int) own))
                    .body("items[0].history", nullValue());
            given().when().get("/challenges?host=" + LISTER).then().statusCode(200).body("items.id", contains((int) own));
            given().when().get("/challenges?host=" + council(OTHER)).then().statusCode(403);
            assertThat(theirs).isNotEqualTo(own);
        }

        @Test
        @TestSecurity(user = "officer.position", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = POSITION))
        void submitsTheirPositionStatement() {
            long id = Challenges.at(ChallengeStage.SCOPING, VISIT, ChallengeKind.CHILDRENS_SERVICES, council(POSITION));

            move(id, "POSITION_STATEMENT").then().statusCode(200)
                    .body("stage", equalTo("POSITION_STATEMENT"))
                    .body("history[-1].by", equalTo("officer.position"));
        }

        @Test
        @TestSecurity(user = "officer.planner", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = SECOND_HOST))
        void aSecondHostsOfficerPublishesTheActionPlan() {
            long id = Challenges.at(ChallengeStage.REPORT_PUBLISHED, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council(), council(SECOND_HOST));

            actionPlan(id, "{\"summary\": \"Our plan\", \"actions\": [{\"recommendation\": 1, \"action\": \"Do it\"}]}")
                    .then().statusCode(201)
                    .header("Location", containsString("/challenges/" + id + "/action-plan"))
                    .body("actions[0].number", equalTo(1));
        }

        @Test
        @TestSecurity(user = "officer.refused", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = REFUSED))
        void mayNotMakeTheManagersMoves() {
            long id = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, council(REFUSED));

            move(id, "SCOPING").then().statusCode(403).body("detail", containsString("challenge managers"));
            visits(id, "{\"visits\": [{\"startsOn\": \"2026-09-14\", \"endsOn\": \"2026-09-17\"}]}").then().statusCode(403);
            for (String op : List.of("/findings")) {
                given().contentType(ContentType.JSON).body(ANY_BODY).when().put("/challenges/" + id + op).then().statusCode(403);
            }
            for (String op : List.of("/report", "/progress-review")) {
                given().contentType(ContentType.JSON).body(ANY_BODY).when().post("/challenges/" + id + op).then().statusCode(403);
            }
            given().when().get("/challenges/" + id).then().body("stage", equalTo("ENQUIRY")).body("visits", hasSize(0));
        }
    }

    @Nested
    @TestSecurity(user = "officer.other", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = OTHER))
    class AnotherCouncilsOfficer {

        @Test
        void mayNeitherReadNorChangeAnotherCouncilsChallenge() {
            long id = Challenges.at(ChallengeStage.SCOPING, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            for (String[] op : guarded(id)) {
                if (!op[1].equals("/challenges")) {
                    assertThat(call(op[0], op[1])).as(op[0] + " " + op[1]).isEqualTo(403);
                }
            }
            given().contentType(ContentType.JSON).body("{\"stage\": \"POSITION_STATEMENT\"}")
                    .when().post("/challenges/" + id + "/stage").then().statusCode(403);
        }

        @Test
        void readsAnotherCouncilsPublishedReportLikeAnyone() {
            long id = Challenges.at(ChallengeStage.REPORT_PUBLISHED, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/challenges/" + id + "/report").then().statusCode(200);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void aPeerMayNotReadOrChangeAChallengeOutsideThePublishedDocuments() {
            long id = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            everyGuardedOperationAnswers(id, 403);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void isForbidden() {
            long id = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            everyGuardedOperationAnswers(id, 403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void isForbidden() {
            long id = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            everyGuardedOperationAnswers(id, 403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsEveryChallengeButChangesNone() {
            long id = Challenges.at(ChallengeStage.ACTION_PLAN_PUBLISHED, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/challenges/" + id).then().statusCode(200);
            given().when().get("/challenges/" + id + "/findings").then().statusCode(200);
            given().when().get("/challenges?stage=ACTION_PLAN_PUBLISHED&limit=500").then().statusCode(200)
                    .body("items.id", hasItem((int) id));
            for (String[] op : guarded(id)) {
                if (!op[0].equals("GET")) {
                    assertThat(call(op[0], op[1])).as(op[0] + " " + op[1]).isEqualTo(403);
                }
            }
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsEveryChallengeButChangesNone() {
            long id = Challenges.at(ChallengeStage.FEEDBACK_GIVEN, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/challenges/" + id).then().statusCode(200);
            given().when().get("/challenges/" + id + "/findings").then().statusCode(200);
            for (String[] op : guarded(id)) {
                if (!op[0].equals("GET")) {
                    assertThat(call(op[0], op[1])).as(op[0] + " " + op[1]).isEqualTo(403);
                }
            }
        }
    }

    /** The life of a challenge run by its manager, on the test clock. */
    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void walksAChallengeFromEnquiryToProgressReviewPublishingEachEvent() {
            String host = Challenges.council();
            long id = Challenges.book("2026-Q3", ChallengeKind.CORPORATE, host);
            given().when().get("/challenges/" + id).then().statusCode(200)
                    .body("stage", equalTo("ENQUIRY")).body("nextStage", equalTo("SCOPING"))
                    .body("quarter", equalTo("2026-Q3")).body("bookingId", notNullValue())
                    .body("elements", hasSize(5));

            visits(id, "{\"visits\": [{\"startsOn\": \"2026-09-14\", \"endsOn\": \"2026-09-17\"}]}").then().statusCode(200);
            move(id, "SCOPING").then().statusCode(200).body("nextStage", equalTo("POSITION_STATEMENT"));
            move(id, "POSITION_STATEMENT").then().statusCode(200);
            clock.setToday(LocalDate.of(2026, 9, 14));
            move(id, "ON_SITE").then().statusCode(200).body("nextStage", equalTo("FEEDBACK_GIVEN"));
            clock.setToday(LocalDate.of(2026, 9, 17));
            findings(id, findingsJson(ChallengeKind.CORPORATE, false)).then().statusCode(200)
                    .body("feedbackOn", equalTo("2026-09-17"))
                    .body("findings", hasSize(5))
                    .body("findings[0].recommendations.number", contains(1, 2))
                    .body("findings[1].recommendations.number", contains(3, 4));
            clock.setToday(LocalDate.of(2026, 11, 2));
            report(id).then().statusCode(201).header("Location", containsString("/challenges/" + id + "/report"));
            clock.setToday(LocalDate.of(2027, 1, 20));
            actionPlan(id, actionsFor(10)).then().statusCode(201).body("actions", hasSize(10));
            clock.setToday(LocalDate.of(2027, 7, 1));
            review(id, statusesFor(10)).then().statusCode(201).body("reviewedOn", equalTo("2027-07-01"));

            given().when().get("/challenges/" + id).then().statusCode(200)
                    .body("stage", equalTo("PROGRESS_REVIEWED"))
                    .body("nextStage", nullValue())
                    .body("reportPublished", equalTo(true))
                    .body("history", hasSize(8))
                    .body("deadlines.deadline", contains("REPORT", "ACTION_PLAN", "PROGRESS_REVIEW"))
                    .body("deadlines.metOn", contains("2026-11-02", "2027-01-20", "2027-07-01"))
                    .body("deadlines.overdue", everyItem(equalTo(false)));
            for (String type : List.of("ChallengeBooked", "ChallengeScheduled", "ChallengeCompleted", "ReportPublished",
                    "ActionPlanPublished", "ProgressReviewed")) {
                assertThat(Challenges.events(type, host)).as(type).hasSize(1);
            }
        }

        @Test
        void visitsAreNumberedInDateOrderAndSetTheDeadlinesFromTheLastOnSiteDay() {
            String host = Challenges.council();
            long id = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, host);

            visits(id, """
                    {"visits": [{"startsOn": "2026-11-30", "endsOn": "2026-11-30"},
                                {"startsOn": "2026-10-05", "endsOn": "2026-10-07"}]}""").then().statusCode(200)
                    .body("visits.visitNo", contains(1, 2))
                    .body("visits.startsOn", contains("2026-10-05", "2026-11-30"))
                    .body("deadlines.dueOn", contains("2027-02-28", "2027-04-30", "2027-09-30"));
            assertThat(Challenges.events("ChallengeScheduled", host)).singleElement().asString()
                    .contains("\"lastOnSiteDay\":\"2026-11-30\"").contains("\"reportDueOn\":\"2027-02-28\"")
                    .contains("\"firstOnSiteDay\":\"2026-10-05\"");
        }

        @Test
        void overlappingOrOverlongVisitsAreRefusedNamingEachAndNothingIsStored() {
            long id = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            visits(id, """
                    {"visits": [{"startsOn": "2026-10-05", "endsOn": "2026-10-08"},
                                {"startsOn": "2026-10-08", "endsOn": "2026-10-09"},
                                {"startsOn": "2026-11-02", "endsOn": "2026-11-20"},
                                {"startsOn": "2026-12-10", "endsOn": "2026-12-01"}]}""").then().statusCode(422)
                    .body("errors.field", contains("visits[1].startsOn", "visits[2].endsOn", "visits[3].endsOn"));
            given().when().get("/challenges/" + id).then().body("visits", hasSize(0)).body("deadlines", hasSize(0));
        }

        @Test
        void visitsWithoutDatesAreABadRequestNamingTheField() {
            long id = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            visits(id, "{\"visits\": [{\"startsOn\": \"2026-10-05\"}]}").then().statusCode(400)
                    .body("errors.field", contains("visits[0].endsOn"));
            visits(id, "{\"visits\": []}").then().statusCode(400).body("errors.field", contains("visits"));
        }

        @Test
        void visitsAreFixedOnceFeedbackIsGiven() {
            long id = Challenges.at(ChallengeStage.FEEDBACK_GIVEN, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            visits(id, "{\"visits\": [{\"startsOn\": \"2026-09-14\", \"endsOn\": \"2026-09-17\"}]}").then().statusCode(409)
                    .body("detail", containsString("fixed once feedback is given"));
        }

        @Test
        void anIllegalMoveIsAConflictNamingBothStagesAndChangesNothing() {
            long id = Challenges.at(ChallengeStage.SCOPING, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            move(id, "ON_SITE").then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("at SCOPING cannot move to ON_SITE"));
            move(id, "ENQUIRY").then().statusCode(409).body("detail", containsString("at SCOPING cannot move to ENQUIRY"));
            move(id, "SCOPING").then().statusCode(409);
            given().when().get("/challenges/" + id).then().body("stage", equalTo("SCOPING")).body("history", hasSize(2));
        }

        @Test
        void goingOnSiteWaitsForScheduledVisitsAndTheirFirstDay() {
            long unscheduled = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());
            move(unscheduled, "SCOPING");
            move(unscheduled, "POSITION_STATEMENT");
            move(unscheduled, "ON_SITE").then().statusCode(409).body("detail", containsString("visits are scheduled"));

            long scheduled = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());
            visits(scheduled, "{\"visits\": [{\"startsOn\": \"2026-10-05\", \"endsOn\": \"2026-10-08\"}]}");
            move(scheduled, "SCOPING");
            move(scheduled, "POSITION_STATEMENT");
            move(scheduled, "ON_SITE").then().statusCode(409).body("detail", containsString("2026-10-05"));
            clock.setToday(LocalDate.of(2026, 10, 5));
            move(scheduled, "ON_SITE").then().statusCode(200);
        }

        @Test
        void aStageReachedByRecordingSomethingIsNotABareMove() {
            long id = Challenges.at(ChallengeStage.ON_SITE, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            move(id, "FEEDBACK_GIVEN").then().statusCode(422)
                    .body("errors[0].field", equalTo("stage"))
                    .body("errors[0].message", containsString("PUT /challenges/{id}/findings"));
        }

        @Test
        void aStageThatIsNoStageIsABadRequest() {
            long id = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            move(id, "DONE").then().statusCode(400).body("errors[0].field", equalTo("stage"));
        }

        @Test
        void findingsCoverEveryElementOfTheKindAndNoOtherOrNothingIsStored() {
            long id = Challenges.at(ChallengeStage.ON_SITE, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            findings(id, """
                    {"findings": [{"element": "LEADERSHIP", "strengths": ["Clear"]},
                                  {"element": "LEADERSHIP"},
                                  {"element": "RESPONSE"}],
                     "memberChallengeOfPerformanceWeak": false}""").then().statusCode(422)
                    .body("errors.field", contains("findings[1].element", "findings[2].element", "findings"))
                    .body("errors[2].message", containsString("PRACTICE_AND_QUALITY"));
            given().when().get("/challenges/" + id).then().body("stage", equalTo("ON_SITE"));
            given().when().get("/challenges/" + id + "/findings").then().statusCode(404);
        }

        @Test
        void findingsWaitForTheLastOnSiteDay() {
            String host = Challenges.council();
            long id = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, host);
            visits(id, "{\"visits\": [{\"startsOn\": \"2026-10-05\", \"endsOn\": \"2026-10-08\"}]}");
            move(id, "SCOPING");
            move(id, "POSITION_STATEMENT");
            clock.setToday(LocalDate.of(2026, 10, 7));
            move(id, "ON_SITE");

            findings(id, findingsJson(ChallengeKind.CHILDRENS_SERVICES, false)).then().statusCode(409)
                    .body("detail", containsString("2026-10-08"));
        }

        @Test
        void challengeCompletedSummarisesTheFindingsPerElement() {
            String host = Challenges.council();
            long id = Challenges.at(ChallengeStage.ON_SITE, VISIT, ChallengeKind.CHILDRENS_SERVICES, host);

            findings(id, findingsJson(ChallengeKind.CHILDRENS_SERVICES, false)).then().statusCode(200);

            assertThat(Challenges.events("ChallengeCompleted", host)).singleElement().asString()
                    .contains("\"element\":\"LEADERSHIP\",\"strengths\":1,\"areasToConsider\":1,\"recommendations\":2")
                    .contains("\"memberChallengeOfPerformanceWeak\":false")
                    .doesNotContain("Recommendation one");
        }

        @Test
        void weakMemberChallengeOfPerformanceGrantsEachHostScrutinySupport() {
            String lead = Challenges.council();
            String partner = Challenges.council();
            long id = Challenges.at(ChallengeStage.ON_SITE, VISIT, ChallengeKind.CORPORATE, lead, partner);

            findings(id, findingsJson(ChallengeKind.CORPORATE, true)).then().statusCode(200)
                    .body("memberChallengeOfPerformanceWeak", equalTo(true));

            for (String host : List.of(lead, partner)) {
                assertThat(Ledger.outbox("SupportGranted", host)).singleElement().asString()
                        .contains("SCRUTINY_SUPPORT").contains("\"sourceReference\":\"" + id + "\"");
            }
        }

        @Test
        void anActionPlanAnswersEveryRecommendationByItsNumber() {
            long id = Challenges.at(ChallengeStage.REPORT_PUBLISHED, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            actionPlan(id, "{\"summary\": \"Plan\", \"actions\": [{\"recommendation\": 7, \"action\": \"Something\"}]}")
                    .then().statusCode(422)
                    .body("errors.field", contains("actions[0].recommendation", "actions"))
                    .body("errors[1].message", containsString("[1]"));
            given().when().get("/challenges/" + id).then().body("stage", equalTo("REPORT_PUBLISHED"));
        }

        @Test
        void aProgressReviewGivesEveryRecommendationOneStatus() {
            long id = Challenges.at(ChallengeStage.ACTION_PLAN_PUBLISHED, VISIT, ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            review(id, """
                    {"summary": "Review", "reviewedOn": "2026-06-16",
                     "recommendations": [{"number": 2, "status": "ACHIEVED"}]}""").then().statusCode(422)
                    .body("errors.field", contains("reviewedOn", "recommendations[0].number", "recommendations"));
            review(id, "{\"summary\": \"Review\", \"recommendations\": [{\"number\": 1, \"status\": \"DONE\"}]}")
                    .then().statusCode(400).body("errors[0].field", equalTo("recommendations[0].status"));
            given().when().get("/challenges/" + id + "/progress-review").then().statusCode(404);
        }

        @Test
        void recordingOutOfTurnIsAConflictNamingBothStages() {
            long id = Challenges.at(ChallengeStage.SCOPING, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            report(id).then().statusCode(409).body("detail", containsString("at SCOPING cannot move to REPORT_PUBLISHED"));
            findings(id, findingsJson(ChallengeKind.CHILDRENS_SERVICES, false)).then().statusCode(409)
                    .body("detail", containsString("to FEEDBACK_GIVEN"));
            actionPlan(id, "{\"summary\": \"P\", \"actions\": []}").then().statusCode(409);
            review(id, "{\"summary\": \"R\", \"recommendations\": []}").then().statusCode(409);
        }

        @Test
        void aCancelledChallengeMovesNoFurther() {
            long id = Challenges.at(ChallengeStage.SCOPING, VISIT, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());
            long booking = given().when().get("/challenges/" + id).then().extract().jsonPath().getLong("bookingId");
            Challenges.service(BookingService.class).cancel(booking, Challenges.MANAGER);

            given().when().get("/challenges/" + id).then().statusCode(200)
                    .body("cancelledAt", notNullValue()).body("nextStage", nullValue());
            move(id, "POSITION_STATEMENT").then().statusCode(409).body("detail", containsString("cancelled"));
        }

        @Test
        void anUnknownChallengeIsNotFound() {
            given().when().get("/challenges/999999").then().statusCode(404).contentType("application/problem+json");
            move(999999, "SCOPING").then().statusCode(404);
        }

        @Test
        void listsChallengesByHostAndStagePageByPage() {
            String host = Challenges.council();
            long first = Challenges.at(ChallengeStage.ENQUIRY, VISIT, ChallengeKind.CHILDRENS_SERVICES, host);
            long second = Challenges.at(ChallengeStage.SCOPING, LocalDate.of(2026, 8, 3), ChallengeKind.CHILDRENS_SERVICES, host);

            String next = given().when().get("/challenges?host=" + host + "&limit=1").then().statusCode(200)
                    .body("items.id", contains((int) first)).extract().path("next");
            given().when().get("/challenges?host=" + host + "&limit=1&after=" + next).then()
                    .body("items.id", contains((int) second)).body("next", nullValue());
            given().when().get("/challenges?host=" + host + "&stage=SCOPING").then().body("items.id", contains((int) second));
            given().when().get("/challenges?stage=LATE").then().statusCode(400).body("errors[0].field", equalTo("stage"));
        }
    }

    static Response move(long id, String stage) {
        return given().contentType(ContentType.JSON).body("{\"stage\": \"" + stage + "\"}")
                .when().post("/challenges/" + id + "/stage");
    }

    static Response visits(long id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/challenges/" + id + "/visits");
    }

    static Response findings(long id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/challenges/" + id + "/findings");
    }

    static Response report(long id) {
        return given().contentType(ContentType.JSON)
                .body("{\"title\": \"Corporate peer challenge\", \"summary\": \"A council that knows itself.\", "
                        + "\"url\": \"https://www.local.gov.uk/report.pdf\"}")
                .when().post("/challenges/" + id + "/report");
    }

    static Response actionPlan(long id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/challenges/" + id + "/action-plan");
    }

    static Response review(long id, String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/challenges/" + id + "/progress-review");
    }

    /** Findings for every element of the kind: one strength, one area to consider and two recommendations each. */
    static String findingsJson(ChallengeKind kind, boolean weak) {
        return "{\"findings\": [" + kind.elements().stream().map(e -> "{\"element\": \"" + e + "\", \"strengths\": "
                + "[\"A strength of " + e + "\"], \"areasToConsider\": [\"An area\"], \"recommendations\": "
                + "[\"Recommendation one\", \"Recommendation two\"]}").collect(Collectors.joining(", "))
                + "], \"memberChallengeOfPerformanceWeak\": " + weak + "}";
    }

    static String actionsFor(int recommendations) {
        return "{\"summary\": \"Our plan\", \"actions\": [" + IntStream.rangeClosed(1, recommendations)
                .mapToObj(n -> "{\"recommendation\": " + n + ", \"action\": \"Act on " + n + "\"}")
                .collect(Collectors.joining(", ")) + "]}";
    }

    static String statusesFor(int recommendations) {
        return "{\"summary\": \"Progress\", \"recommendations\": [" + IntStream.rangeClosed(1, recommendations)
                .mapToObj(n -> "{\"number\": " + n + ", \"status\": \"" + (n % 2 == 0 ? "IN_PROGRESS" : "ACHIEVED") + "\"}")
                .collect(Collectors.joining(", ")) + "]}";
    }
}
