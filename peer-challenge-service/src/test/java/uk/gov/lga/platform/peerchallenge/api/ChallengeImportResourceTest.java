package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank;
import uk.gov.lga.platform.peerchallenge.Fixtures.Register;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImportService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Recommendation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ChallengeImportResourceTest {

    /** Mid-June 2026, in the cycle that began on 1 April 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final String SOURCE = "Peer challenge register (test)";

    @Inject
    TestClock clock;

    @BeforeEach
    void midJune() {
        clock.setToday(TODAY);
    }

    // --- records as the LGA's spreadsheets have them

    /** A record of the host at the stage, with one four-day visit from {@code firstDay} when the stage needs one. */
    static Map<String, Object> record(String host, ChallengeStage stage, LocalDate firstDay) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("reference", "T-" + UUID.randomUUID());
        r.put("kind", "CORPORATE");
        r.put("hosts", List.of(host));
        r.put("stage", stage.name());
        r.put("enquiredOn", firstDay.minusMonths(6).toString());
        r.put("visits", List.of(Map.of("startsOn", firstDay.toString(), "endsOn", firstDay.plusDays(3).toString())));
        if (stage.compareTo(ChallengeStage.FEEDBACK_GIVEN) >= 0) {
            List<Map<String, Object>> findings = new ArrayList<>();
            for (Element e : ChallengeKind.CORPORATE.elements()) {
                findings.add(Map.of("element", e.name(), "strengths", List.of("Strong on " + e),
                        "recommendations", List.of("Act on " + e)));
            }
            r.put("findings", Map.of("findings", findings, "memberChallengeOfPerformanceWeak", false));
        }
        LocalDate last = firstDay.plusDays(3);
        if (stage.compareTo(ChallengeStage.REPORT_PUBLISHED) >= 0) {
            r.put("report", Map.of("title", "Corporate peer challenge of " + host, "summary", "It knows itself well.",
                    "url", "https://www.local.gov.uk/peer-challenges/" + host + ".pdf"));
            r.put("reportPublishedOn", last.plusMonths(2).toString());
        }
        if (stage.compareTo(ChallengeStage.ACTION_PLAN_PUBLISHED) >= 0) {
            List<Map<String, Object>> actions = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                actions.add(Map.of("recommendation", n, "action", "Action " + n));
            }
            r.put("actionPlan", Map.of("summary", "Our plan.", "actions", actions));
            r.put("actionPlanPublishedOn", last.plusMonths(4).toString());
        }
        if (stage == ChallengeStage.PROGRESS_REVIEWED) {
            List<Map<String, Object>> statuses = new ArrayList<>();
            for (int n = 1; n <= 5; n++) {
                statuses.add(Map.of("number", n, "status", "ACHIEVED"));
            }
            r.put("progressReview", Map.of("summary", "Good progress.", "reviewedOn", last.plusMonths(10).toString(),
                    "recommendations", statuses));
        }
        if (stage.compareTo(ChallengeStage.ON_SITE) < 0) {
            r.remove("visits");
        }
        return r;
    }

    @SafeVarargs
    static Map<String, Object> body(Map<String, Object>... records) {
        return Map.of("source", SOURCE, "challenges", List.of(records));
    }

    static Response post(Object body, String key) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/challenges/imports");
    }

    static long importedWith(String reference) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Recommendation.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM imported_challenge WHERE reference = ?1")
                .setParameter(1, reference).getSingleResult()).longValue());
    }

    static long challengesHostedBy(String host) {
        return Register.hosts(host);
    }

    @Nested
    class Anonymous {

        @Test
        void asksForAToken() {
            post(body(record(Challenges.council(), ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.import", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E06000231"))
    class CouncilOfficer {

        @Test
        void isForbiddenEvenForItsOwnCouncil() {
            String own = Challenges.organisation("E06000231", OrganisationKind.COUNCIL, "UA", null);
            post(body(record(own, ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(403)
                    .contentType("application/problem+json");
            assertThat(challengesHostedBy(own)).isZero();
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void isForbidden() {
            post(body(record(Challenges.council(), ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void isForbidden() {
            post(body(record(Challenges.council(), ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void isForbidden() {
            post(body(record(Challenges.council(), ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void isForbidden() {
            post(body(record(Challenges.council(), ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void isForbidden() {
            post(body(record(Challenges.council(), ChallengeStage.ENQUIRY, TODAY)), null).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void importsRecordsAtEveryStageAndSaysWhatEachBecame() {
            String host = Challenges.council();
            List<Map<String, Object>> records = new ArrayList<>();
            LocalDate first = LocalDate.of(2012, 6, 4);
            for (ChallengeStage stage : ChallengeStage.values()) {
                Map<String, Object> r = record(host, stage, first);
                r.put("kind", "CHILDRENS_SERVICES");
                if (r.containsKey("findings")) {
                    r.put("findings", Map.of("memberChallengeOfPerformanceWeak", false, "findings",
                            ChallengeKind.CHILDRENS_SERVICES.elements().stream().map(e -> Map.of("element", e.name(),
                                    "recommendations", List.of("Act on " + e))).toList()));
                }
                records.add(r);
                first = first.plusYears(1);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object>[] all = records.toArray(new Map[0]);

            Response created = post(body(all), null);

            created.then().statusCode(201).header("Location", startsWith("http"))
                    .body("source", equalTo(SOURCE)).body("importedBy", equalTo("import:admin"))
                    .body("challenges", hasSize(8)).body("stages.PROGRESS_REVIEWED", equalTo(1))
                    .body("challenges.reference", contains(records.stream().map(r -> r.get("reference")).toArray()));
            given().when().get(created.header("Location")).then().statusCode(200).body("challenges", hasSize(8));
            given().when().get("/challenges?host=" + host + "&limit=500").then().statusCode(200)
                    .body("items", hasSize(8)).body("items.stage", contains(Arrays.stream(ChallengeStage.values())
                            .map(Enum::name).toArray()));
        }

        @Test
        void importedHistoryKeepsItsDatesDeadlinesAndFindings() {
            String host = Challenges.council();
            Map<String, Object> r = record(host, ChallengeStage.ACTION_PLAN_PUBLISHED, LocalDate.of(2013, 3, 4));

            long id = ((Number) post(body(r), null).then().statusCode(201).extract().path("challenges[0].challengeId"))
                    .longValue();

            given().when().get("/challenges/" + id).then().statusCode(200)
                    .body("visits[0].startsOn", equalTo("2013-03-04")).body("feedbackOn", equalTo("2013-03-07"))
                    .body("history.to", contains("ENQUIRY", "SCOPING", "POSITION_STATEMENT", "ON_SITE", "FEEDBACK_GIVEN",
                            "REPORT_PUBLISHED", "ACTION_PLAN_PUBLISHED"))
                    .body("history.by", everyItem(equalTo("import:admin")))
                    .body("history[3].at", startsWith("2013-03-04"))
                    .body("deadlines.deadline", contains("REPORT", "ACTION_PLAN", "PROGRESS_REVIEW"))
                    .body("deadlines.metOn", contains("2013-05-07", "2013-07-07", null));
            given().when().get("/challenges/" + id + "/findings").then().statusCode(200).body("findings", hasSize(5));
        }

        @Test
        void overdueImportedDeadlinesAreListedOverdue() {
            Map<String, Object> r = record(Challenges.council(), ChallengeStage.FEEDBACK_GIVEN, LocalDate.of(2025, 10, 6));

            long id = ((Number) post(body(r), null).then().statusCode(201).extract().path("challenges[0].challengeId"))
                    .longValue();

            given().when().get("/deadlines?due=overdue&limit=500").then().statusCode(200)
                    .body("items.findAll { it.challengeId == " + id + " }.deadline", contains("REPORT", "ACTION_PLAN"));
        }

        @Test
        void anImportedCorporateChallengeOfTheCycleCountsInTakeUp() {
            int before = given().when().get("/take-up").then().statusCode(200).extract().path("councils.withCorporateChallenge");

            post(body(record(Challenges.council(), ChallengeStage.FEEDBACK_GIVEN, LocalDate.of(2026, 5, 4))), null)
                    .then().statusCode(201);

            given().when().get("/take-up").then().statusCode(200)
                    .body("councils.withCorporateChallenge", equalTo(before + 1));
        }

        @Test
        void aBadLineIsNamedAndNothingIsStored() {
            Map<String, Object> good = record(Challenges.council(), ChallengeStage.PROGRESS_REVIEWED, LocalDate.of(2014, 5, 5));
            Map<String, Object> bad = record("E06000999", ChallengeStage.FEEDBACK_GIVEN, LocalDate.of(2015, 5, 5));
            bad.remove("findings");

            post(body(good, bad), null).then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains("challenges[1].hosts[0]", "challenges[1].findings"));

            assertThat(importedWith((String) good.get("reference"))).isZero();
        }

        @Test
        void aPartBeyondTheStageIsRefused() {
            Map<String, Object> r = record(Challenges.council(), ChallengeStage.REPORT_PUBLISHED, LocalDate.of(2016, 5, 2));
            r.put("stage", "ON_SITE");

            post(body(r), null).then().statusCode(422)
                    .body("errors.field", contains("challenges[0].findings", "challenges[0].report",
                            "challenges[0].reportPublishedOn"));
        }

        @Test
        void aTeamNamesPeersOfTheBankInSeatsTheyFit() {
            PeerBank.organisations();
            long member = PeerBank.peer("Cllr Import Test", PeerKind.MEMBER, "Labour", PeerBank.FAR_LONDON, null);
            Map<String, Object> r = record(Challenges.council(), ChallengeStage.PROGRESS_REVIEWED, LocalDate.of(2017, 5, 8));
            r.put("team", List.of(Map.of("peerId", member, "role", "CHIEF_EXECUTIVE_PEER", "status", "ACCEPTED"),
                    Map.of("peerId", Long.MAX_VALUE, "role", "EXPERT", "status", "ACCEPTED")));

            post(body(r), null).then().statusCode(422)
                    .body("errors.field", contains("challenges[0].team[0].role", "challenges[0].team[1].peerId"));

            r.put("team", List.of(Map.of("peerId", member, "role", "LEAD_MEMBER_PEER", "status", "ACCEPTED")));
            long id = ((Number) post(body(r), null).then().statusCode(201).extract().path("challenges[0].challengeId"))
                    .longValue();
            given().when().get("/challenges/" + id + "/team").then().statusCode(200)
                    .body("members.peerId", contains((int) member)).body("members.status", contains("ACCEPTED"));
        }

        @Test
        void aReplayWithTheSameKeyIsNotAppliedTwice() {
            String host = Challenges.council();
            Map<String, Object> body = body(record(host, ChallengeStage.REPORT_PUBLISHED, LocalDate.of(2018, 9, 3)));
            String key = "import-" + UUID.randomUUID();

            long first = ((Number) post(body, key).then().statusCode(201).extract().path("id")).longValue();
            post(body, key).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo((int) first));

            assertThat(challengesHostedBy(host)).isEqualTo(1);
        }

        @Test
        void aRecordImportedBeforeIsAConflictNamingItsReference() {
            Map<String, Object> r = record(Challenges.council(), ChallengeStage.SCOPING, TODAY);
            post(body(r), "first-" + UUID.randomUUID()).then().statusCode(201);

            post(body(r), "second-" + UUID.randomUUID()).then().statusCode(409)
                    .body("errors.field", contains("challenges[0].reference"));
        }

        @Test
        void aSecondFreeCorporateChallengeInACycleIsRefused() {
            String host = Challenges.council();
            post(body(record(host, ChallengeStage.PROGRESS_REVIEWED, LocalDate.of(2015, 3, 2))), null).then().statusCode(201);

            post(body(record(host, ChallengeStage.FEEDBACK_GIVEN, LocalDate.of(2016, 3, 7))), null).then().statusCode(409)
                    .body("errors.field", contains("challenges[0].hosts[0]"));
            post(body(record(host, ChallengeStage.FEEDBACK_GIVEN, LocalDate.of(2017, 10, 2)),
                    record(host, ChallengeStage.FEEDBACK_GIVEN, LocalDate.of(2018, 3, 5))), null).then().statusCode(422)
                    .body("errors.field", contains("challenges[1].hosts[0]"));
            assertThat(challengesHostedBy(host)).isEqualTo(1);
        }

        @Test
        void generatedReferencesAndDatesAreImportedExactlyOrRefusedNamingTheField() {
            GeneratedStrings generated = new GeneratedStrings();
            String host = Challenges.council();
            long hosted = 0;
            for (int i = 0; i < 60; i++) {
                Map<String, Object> r = record(host, ChallengeStage.SCOPING, TODAY);
                String reference = generated.variantOf("PC-2015-" + generated.nextInt(1_000_000), "0123456789-./_ ");
                String enquiredOn = generated.variantOf("2026-0" + (1 + generated.nextInt(9)) + "-1" + generated.nextInt(10),
                        "0123456789-");
                r.put("reference", reference);
                r.put("enquiredOn", enquiredOn);
                r.put("kind", "SUBJECT_SPECIFIC");
                r.put("topic", "Import topic");
                Ledger.topic("Import topic", "5000.00", true);

                Response answer = post(body(r), null);

                String input = reference + " / " + enquiredOn;
                if (answer.statusCode() == 201) {
                    assertThat(answer.<String>path("challenges[0].reference")).as(generated.describe(input)).isEqualTo(reference);
                    hosted++;
                } else {
                    assertThat(answer.statusCode()).as(generated.describe(input)).isBetween(400, 499);
                    assertThat(answer.contentType()).as(generated.describe(input)).startsWith("application/problem+json");
                }
                // a refused record stores nothing (its reference may hold a NUL, which no query can name)
                assertThat(challengesHostedBy(host)).as(generated.describe(input)).isEqualTo(hosted);
            }
        }
    }

    @Nested
    class AnonymousReader {

        @Test
        void readsAnImportedPublishedReport() {
            ChallengeImportRequest request = new ObjectMapper().findAndRegisterModules().convertValue(
                    body(record(Challenges.council(), ChallengeStage.REPORT_PUBLISHED, LocalDate.of(2019, 1, 7))),
                    ChallengeImportRequest.class);
            long id = Challenges.service(ChallengeImportService.class).importChallenges(SOURCE, request.toHistorical(),
                    Caller.user("admin", null, null, Set.of(Roles.PLATFORM_ADMIN))).challenges().get(0).challengeId();

            given().when().get("/challenges/" + id + "/report").then().statusCode(200)
                    .body("title", startsWith("Corporate peer challenge"));
        }
    }
}
