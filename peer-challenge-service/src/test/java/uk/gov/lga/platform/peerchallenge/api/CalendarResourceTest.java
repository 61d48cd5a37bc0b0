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
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingPurpose;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingService;
import uk.gov.lga.platform.peerchallenge.domain.calendar.NewBooking;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Quarter;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class CalendarResourceTest {

    static final String OFFICER_COUNCIL = "E06000221";

    @Inject
    TestClock clock;

    @BeforeEach
    void midJune() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    static Response setCapacity(String quarter, String body) {
        return given().contentType(ContentType.JSON).body(body).when().put("/calendar/" + quarter);
    }

    /** A booking made straight through the service as a challenge manager: the calendar's own tests read it. */
    static long book(String quarter, BookingPurpose purpose, String council) {
        NewBooking booking = purpose == BookingPurpose.HOST
                ? new NewBooking(Quarter.parse(quarter, "quarter"), purpose, List.of(council), ChallengeKind.CHILDRENS_SERVICES,
                        ChallengeShape.SINGLE, null, List.of(), List.of(), null, null, null, List.of())
                : new NewBooking(Quarter.parse(quarter, "quarter"), purpose, List.of(), null, null, null, List.of(), List.of(),
                        null, council, 5, List.of());
        return Challenges.service(BookingService.class).book(booking, Challenges.MANAGER).id();
    }

    @Nested
    class Anonymous {

        @Test
        void everyOperationAsksForAToken() {
            given().when().get("/calendar").then().statusCode(401).contentType("application/problem+json");
            given().when().get("/calendar/2026-Q3").then().statusCode(401);
            setCapacity("2026-Q3", "{\"hostCapacity\": 3}").then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.calendar", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = OFFICER_COUNCIL))
    class CouncilOfficer {

        @Test
        void readsTheCalendarOfTheCycleRunningToday() {
            given().when().get("/calendar").then().statusCode(200)
                    .body("cycleStart", equalTo("2026-04-01"))
                    .body("cycleEnd", equalTo("2029-03-31"))
                    .body("quarters", hasSize(12))
                    .body("quarters[0].quarter", equalTo("2026-Q2"))
                    .body("quarters[0].startsOn", equalTo("2026-04-01"))
                    .body("quarters[11].quarter", equalTo("2029-Q1"));
        }

        @Test
        void mayNotSetACapacity() {
            setCapacity("2033-Q1", "{\"hostCapacity\": 3}").then().statusCode(403);
            given().when().get("/calendar/2033-Q1").then().statusCode(200).body("capacitySet", equalTo(false));
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void readsTheCalendarButSetsNothing() {
            given().when().get("/calendar/2026-Q3").then().statusCode(200);
            setCapacity("2033-Q1", "{\"hostCapacity\": 3}").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void readsTheCalendarButSetsNothing() {
            given().when().get("/calendar").then().statusCode(200);
            setCapacity("2033-Q1", "{\"hostCapacity\": 3}").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsTheCalendarButSetsNothing() {
            given().when().get("/calendar?cycle=2023").then().statusCode(200);
            setCapacity("2033-Q1", "{\"hostCapacity\": 3}").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsTheCalendarButSetsNothing() {
            given().when().get("/calendar").then().statusCode(200);
            setCapacity("2033-Q1", "{\"hostCapacity\": 3}").then().statusCode(403);
        }
    }

    /** Each test works on quarters of its own (2033 and later), which no other test books. */
    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void opensAQuarterWithItsCapacity() {
            setCapacity("2033-Q2", "{\"hostCapacity\": 12}").then().statusCode(200)
                    .body("quarter", equalTo("2033-Q2"))
                    .body("startsOn", equalTo("2033-04-01"))
                    .body("endsOn", equalTo("2033-06-30"))
                    .body("hostCapacity", equalTo(12))
                    .body("capacitySet", equalTo(true))
                    .body("available", equalTo(12))
                    .body("updatedBy", equalTo("manager"))
                    .body("updatedAt", notNullValue());
            given().when().get("/calendar/2033-Q2").then().body("hostCapacity", equalTo(12));
        }

        @Test
        void aQuarterNotYetOpenedHasNoCapacity() {
            given().when().get("/calendar/2033-Q3").then().statusCode(200)
                    .body("hostCapacity", equalTo(0)).body("capacitySet", equalTo(false))
                    .body("updatedBy", nullValue());
        }

        @Test
        void countsConfirmedAndWaitingHostsAndPeerDaysOffered() {
            Challenges.capacity("2033-Q4", 1);
            book("2033-Q4", BookingPurpose.HOST, Challenges.council());
            book("2033-Q4", BookingPurpose.HOST, Challenges.council());
            book("2033-Q4", BookingPurpose.GIVE_PEER_DAYS, Challenges.council());

            given().when().get("/calendar/2033-Q4").then().statusCode(200)
                    .body("hostsConfirmed", equalTo(1))
                    .body("waiting", equalTo(1))
                    .body("available", equalTo(0))
                    .body("peerDaysOffered", equalTo(5));
        }

        @Test
        void raisingTheCapacityPromotesTheWaitingListFirstComeFirst() {
            long first = book("2034-Q1", BookingPurpose.HOST, Challenges.council());
            long second = book("2034-Q1", BookingPurpose.HOST, Challenges.council());
            long third = book("2034-Q1", BookingPurpose.HOST, Challenges.council());

            setCapacity("2034-Q1", "{\"hostCapacity\": 2}").then().statusCode(200)
                    .body("hostsConfirmed", equalTo(2)).body("waiting", equalTo(1));

            given().when().get("/bookings/" + first).then().body("status", equalTo("CONFIRMED"));
            given().when().get("/bookings/" + second).then().body("status", equalTo("CONFIRMED"));
            given().when().get("/bookings/" + third).then().body("status", equalTo("WAITING"))
                    .body("waitingPosition", equalTo(1));
        }

        @Test
        void aCapacityBelowTheConfirmedChallengesIsAConflictNamingTheRule() {
            Challenges.capacity("2034-Q2", 2);
            book("2034-Q2", BookingPurpose.HOST, Challenges.council());
            book("2034-Q2", BookingPurpose.HOST, Challenges.council());

            setCapacity("2034-Q2", "{\"hostCapacity\": 1}").then().statusCode(409)
                    .body("detail", containsString("Capacity below confirmed bookings"));
            given().when().get("/calendar/2034-Q2").then().body("hostCapacity", equalTo(2));
        }

        @Test
        void aQuarterThatIsOverKeepsItsCapacity() {
            setCapacity("2026-Q1", "{\"hostCapacity\": 4}").then().statusCode(409)
                    .body("detail", containsString("Quarter in the past"));
        }

        @Test
        void theCalendarOfAnotherCycleIsNamedByTheYearItStarts() {
            given().when().get("/calendar?cycle=2011").then().statusCode(200)
                    .body("cycleStart", equalTo("2011-04-01"))
                    .body("quarters[0].quarter", equalTo("2011-Q2"))
                    .body("quarters[0].past", equalTo(true));
            given().when().get("/calendar?cycle=2025").then().statusCode(400).body("errors[0].field", equalTo("cycle"));
            given().when().get("/calendar?cycle=twenty").then().statusCode(400).body("errors[0].field", equalTo("cycle"));
        }

        @Test
        void aQuarterThatIsNotAQuarterIsABadRequestNamingIt() {
            for (String quarter : List.of("2026-Q5", "2026Q3", "26-Q3", "2011-Q1")) {
                given().when().get("/calendar/" + quarter).then().statusCode(400)
                        .body("errors[0].field", equalTo("quarter"));
            }
        }

        @Test
        void aCapacityOutOfRangeIsABadRequestNamingTheField() {
            setCapacity("2034-Q3", "{\"hostCapacity\": -1}").then().statusCode(400)
                    .body("errors.field", contains("hostCapacity"));
            setCapacity("2034-Q3", "{}").then().statusCode(400).body("errors.field", contains("hostCapacity"));
            given().when().get("/calendar/2034-Q3").then().body("capacitySet", equalTo(false));
        }
    }
}
