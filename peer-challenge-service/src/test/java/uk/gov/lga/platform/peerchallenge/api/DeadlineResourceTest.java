package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Challenges;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineJob;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineService;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class DeadlineResourceTest {

    /** Mid-June 2026: a challenge on site in early January is three months past its report deadline. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Inject
    TestClock clock;

    @Inject
    DeadlineJob job;

    @BeforeEach
    void midJune() {
        clock.setToday(TODAY);
    }

    /** The GPath of a challenge's deadlines in a page of deadlines. */
    static String of(long challengeId) {
        return "items.findAll { it.challengeId == " + challengeId + " }";
    }

    static long feedbackGivenAfterAVisitFrom(LocalDate firstDay) {
        return Challenges.at(ChallengeStage.FEEDBACK_GIVEN, firstDay, ChallengeKind.CHILDRENS_SERVICES, Challenges.council());
    }

    static String leadHostOf(long challengeId) {
        return given().when().get("/challenges/" + challengeId).then().extract().path("hosts[0].code");
    }

    @Nested
    class Anonymous {

        @Test
        void asksForAToken() {
            given().when().get("/deadlines").then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.deadlines", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E06000231"))
    class CouncilOfficer {

        @Test
        void isForbidden() {
            given().when().get("/deadlines").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void isForbidden() {
            given().when().get("/deadlines?due=upcoming").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void isForbidden() {
            given().when().get("/deadlines").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsTheOverdueDeadlines() {
            long id = feedbackGivenAfterAVisitFrom(LocalDate.of(2026, 1, 5));

            given().when().get("/deadlines?due=overdue&limit=500").then().statusCode(200)
                    .body(of(id) + ".deadline", contains("REPORT", "ACTION_PLAN"));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsTheUpcomingDeadlines() {
            given().when().get("/deadlines?due=upcoming").then().statusCode(200);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void unmetDeadlinesPastTheirDayAreListedOverdueWithTheDaysSince() {
            long id = feedbackGivenAfterAVisitFrom(LocalDate.of(2026, 1, 5));

            given().when().get("/deadlines?limit=500").then().statusCode(200)
                    .rootPath(of(id))
                    .body("deadline", contains("REPORT", "ACTION_PLAN"))
                    .body("dueOn", contains("2026-04-08", "2026-06-08"))
                    .body("daysOverdue", contains(68, 7))
                    .body("stage", everyItem(equalTo("FEEDBACK_GIVEN")))
                    .body("lastOnSiteDay", everyItem(equalTo("2026-01-08")))
                    .body("hosts[0][0].lead", equalTo(true));
        }

        @Test
        void upcomingListsTheDeadlinesFallingDueWithinThirtyDays() {
            long id = feedbackGivenAfterAVisitFrom(LocalDate.of(2026, 3, 23));

            given().when().get("/deadlines?due=upcoming&limit=500").then().statusCode(200)
                    .body(of(id) + ".deadline", contains("REPORT"))
                    .body(of(id) + ".dueOn", contains("2026-06-26"))
                    .body(of(id) + ".daysOverdue", contains(-11));
            given().when().get("/deadlines?due=overdue&limit=500").then().body(of(id), empty());
        }

        @Test
        void aMetDeadlineIsNoLongerListed() {
            long id = Challenges.at(ChallengeStage.REPORT_PUBLISHED, LocalDate.of(2026, 1, 5), ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/deadlines?limit=500").then().body(of(id) + ".deadline", contains("ACTION_PLAN"));
            given().when().get("/challenges/" + id).then()
                    .body("deadlines[0].metOn", equalTo("2026-01-09"))
                    .body("deadlines[0].overdue", equalTo(false))
                    .body("deadlines[1].overdue", equalTo(true));
        }

        @Test
        void theJobAnnouncesEachMissedDeadlineOnce() {
            long id = feedbackGivenAfterAVisitFrom(LocalDate.of(2026, 1, 5));
            String host = leadHostOf(id);

            job.run();
            job.run();

            assertThat(Challenges.events("DeadlineMissed", host)).hasSize(2)
                    .anySatisfy(e -> assertThat(e).contains("\"deadline\":\"REPORT\"").contains("\"dueOn\":\"2026-04-08\""))
                    .anySatisfy(e -> assertThat(e).contains("\"deadline\":\"ACTION_PLAN\"").contains("\"stage\":\"FEEDBACK_GIVEN\""));
            given().when().get("/challenges/" + id).then()
                    .body("deadlines[0].missedAnnouncedAt", notNullValue())
                    .body("deadlines[1].missedAnnouncedAt", notNullValue())
                    .body("deadlines[2].missedAnnouncedAt", nullValue());
        }

        @Test
        void aDeadlineMovedByNewVisitsIsAnnouncedAgainOnlyWhenMissedAgain() {
            long id = Challenges.at(ChallengeStage.ON_SITE, LocalDate.of(2026, 1, 19), ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());
            String host = leadHostOf(id);
            job.run();
            assertThat(Challenges.events("DeadlineMissed", host)).hasSize(1);

            given().contentType(ContentType.JSON).body("{\"visits\": [{\"startsOn\": \"2026-06-08\", \"endsOn\": \"2026-06-11\"}]}")
                    .when().put("/challenges/" + id + "/visits").then().statusCode(200)
                    .body("deadlines[0].dueOn", equalTo("2026-09-11"))
                    .body("deadlines[0].missedAnnouncedAt", nullValue());
            job.run();
            assertThat(Challenges.events("DeadlineMissed", host)).hasSize(1);

            clock.setToday(LocalDate.of(2026, 9, 12));
            job.run();
            assertThat(Challenges.events("DeadlineMissed", host)).hasSize(2).last().asString()
                    .contains("\"dueOn\":\"2026-09-11\"");
        }

        @Test
        void aCancelledChallengesDeadlinesAreNeitherListedNorAnnounced() {
            long id = Challenges.at(ChallengeStage.POSITION_STATEMENT, LocalDate.of(2026, 1, 26),
                    ChallengeKind.CHILDRENS_SERVICES, Challenges.council());
            String host = leadHostOf(id);
            Challenges.service(BookingService.class).cancel(Challenges.bookingOf(id), Challenges.MANAGER);

            given().when().get("/deadlines?limit=500").then().body(of(id), empty());
            job.run();
            assertThat(Challenges.events("DeadlineMissed", host)).isEmpty();
        }

        @Test
        void onlyTheServicesOwnJobAnnouncesMissedDeadlines() {
            assertThatThrownBy(() -> Challenges.service(DeadlineService.class).announceMissed(Challenges.MANAGER))
                    .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(403));
            assertThat(Challenges.service(DeadlineService.class).announceMissed(Caller.system("test"))).isNotNegative();
        }

        @Test
        void pagesFollowOneAnotherInDueOrder() {
            long first = feedbackGivenAfterAVisitFrom(LocalDate.of(2026, 2, 2));
            long second = feedbackGivenAfterAVisitFrom(LocalDate.of(2026, 2, 9));

            String next = given().when().get("/deadlines?limit=1").then().statusCode(200)
                    .body("items", hasSize(1)).extract().path("next");
            assertThat(next).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]+");
            List<String> days = new ArrayList<>();
            String after = null;
            do {
                var page = given().when().get("/deadlines?limit=2" + (after == null ? "" : "&after=" + after)).then()
                        .statusCode(200).extract().jsonPath();
                days.addAll(page.getList("items.dueOn"));
                after = page.getString("next");
            } while (after != null);
            assertThat(days).isSorted().contains("2026-05-05", "2026-05-12");
            assertThat(first).isNotEqualTo(second);
        }

        @Test
        void aDueOrCursorThatIsNeitherIsABadRequestNamingIt() {
            given().when().get("/deadlines?due=soon").then().statusCode(400).body("errors[0].field", equalTo("due"));
            given().when().get("/deadlines?after=yesterday").then().statusCode(400).body("errors[0].field", equalTo("after"));
            given().when().get("/deadlines?after=2026-13-45_1").then().statusCode(400).body("errors[0].field", equalTo("after"));
        }

        @Test
        void withNothingOverdueOfItsOwnAChallengeIsNotListed() {
            long id = Challenges.at(ChallengeStage.SCOPING, LocalDate.of(2026, 6, 1), ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());

            given().when().get("/deadlines?due=overdue&limit=500").then().body(of(id), empty());
            given().when().get("/deadlines?due=upcoming&limit=500").then().body(of(id), empty());
            given().when().get("/challenges/" + id).then().body("deadlines.dueOn",
                    containsInAnyOrder("2026-09-04", "2026-11-04", "2027-04-04"));
        }
    }
}
