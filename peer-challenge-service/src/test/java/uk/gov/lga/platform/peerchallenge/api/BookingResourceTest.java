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
import uk.gov.lga.platform.peerchallenge.Fixtures;
import uk.gov.lga.platform.peerchallenge.Fixtures.Challenges;
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.offer.Movement;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferEntry;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BookingResourceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    /** Councils whose officers the tests sign in as, one per test. */
    static final String HOSTING = "E06000211";
    static final String GIVING = "E06000212";
    static final String CANCELLING = "E06000213";
    static final String LISTING = "E06000214";
    static final String OTHER = "E06000219";

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

    static String hosting(String quarter, String kind, String... hosts) {
        return "{\"quarter\": \"" + quarter + "\", \"purpose\": \"HOST\", \"hosts\": [" + quoted(hosts) + "], "
                + "\"kind\": \"" + kind + "\", \"shape\": \"" + (hosts.length == 1 ? "SINGLE" : "SUB_REGIONAL") + "\"}";
    }

    static String quoted(String... codes) {
        return String.join(", ", List.of(codes).stream().map(c -> "\"" + c + "\"").toList());
    }

    static Response book(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/bookings");
    }

    static long bookingId(Response response) {
        return response.then().extract().jsonPath().getLong("id");
    }

    @Nested
    class Anonymous {

        @Test
        void everyOperationAsksForAToken() {
            book(hosting("2026-Q4", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(401)
                    .contentType("application/problem+json");
            given().when().get("/bookings").then().statusCode(401);
            given().when().get("/bookings/1").then().statusCode(401);
            given().when().delete("/bookings/1").then().statusCode(401);
        }
    }

    @Nested
    class OwnCouncilOfficer {

        @Test
        @TestSecurity(user = "officer.hosting", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = HOSTING))
        void booksTheirCouncilToHostAndSeesTheChallengeItOpened() {
            Response booked = book(hosting("2026-Q4", "CHILDRENS_SERVICES", council(HOSTING)));

            booked.then().statusCode(201)
                    .header("Location", endsWith("/bookings/" + bookingId(booked)))
                    .body("status", equalTo("CONFIRMED"))
                    .body("organisation.code", equalTo(HOSTING))
                    .body("quarterStartsOn", equalTo("2026-10-01"))
                    .body("bookedBy", equalTo("officer.hosting"))
                    .body("challengeId", notNullValue());
            long challenge = booked.then().extract().jsonPath().getLong("challengeId");
            given().when().get("/challenges/" + challenge).then().statusCode(200).body("stage", equalTo("ENQUIRY"));
            given().when().get("/bookings/" + bookingId(booked)).then().statusCode(200);
        }

        @Test
        @TestSecurity(user = "officer.giving", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = GIVING))
        void givesPeerDaysOfTheirOwnPeers() {
            council(GIVING);
            long own = PeerBank.peer("Gita Giver", PeerKind.OFFICER, null, GIVING, null);
            long stranger = PeerBank.peer("Sam Stranger", PeerKind.OFFICER, null, Challenges.council(), null);

            book("{\"quarter\": \"2026-Q3\", \"purpose\": \"GIVE_PEER_DAYS\", \"council\": \"" + GIVING + "\", "
                    + "\"peerDays\": 6, \"peers\": [" + own + "]}").then().statusCode(201)
                    .body("status", equalTo("CONFIRMED"))
                    .body("peers", contains((int) own))
                    .body("hosts", nullValue())
                    .body("challengeId", nullValue());
            book("{\"quarter\": \"2026-Q3\", \"purpose\": \"GIVE_PEER_DAYS\", \"council\": \"" + GIVING + "\", "
                    + "\"peerDays\": 6, \"peers\": [" + stranger + ", 999999]}").then().statusCode(422)
                    .body("errors.field", contains("peers[0]", "peers[1]"));
        }

        @Test
        @TestSecurity(user = "officer.cancelling", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = CANCELLING))
        void cancelsTheirOwnBookingWhichThenStaysCancelled() {
            long id = bookingId(book(hosting("2026-Q4", "CHILDRENS_SERVICES", council(CANCELLING))));

            given().when().delete("/bookings/" + id).then().statusCode(204);
            given().when().delete("/bookings/" + id).then().statusCode(204);
            given().when().get("/bookings/" + id).then().statusCode(200)
                    .body("status", equalTo("CANCELLED"))
                    .body("cancelledBy", equalTo("officer.cancelling"));
        }

        @Test
        @TestSecurity(user = "officer.listing", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = LISTING))
        void listsOnlyTheirOwnCouncilsBookings() {
            long own = bookingId(book(hosting("2026-Q4", "CHILDRENS_SERVICES", council(LISTING))));
            Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/bookings").then().statusCode(200).body("items.id", contains((int) own));
            given().when().get("/bookings?organisation=" + council(OTHER)).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "officer.other", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = OTHER))
    class AnotherCouncilsOfficer {

        @Test
        void mayNotBookForAnotherCouncilAndNothingIsStored() {
            String host = Challenges.council();

            book(hosting("2026-Q4", "CHILDRENS_SERVICES", host)).then().statusCode(403)
                    .contentType("application/problem+json");
            assertThat(Challenges.events("ChallengeBooked", host)).isEmpty();
        }

        @Test
        void mayNeitherReadNorCancelAnotherCouncilsBooking() {
            long challenge = Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council());
            long booking = bookingOf(challenge);

            given().when().get("/bookings/" + booking).then().statusCode(403);
            given().when().delete("/bookings/" + booking).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void aPeerMayNotBookReadOrCancelBookings() {
            long booking = bookingOf(Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council()));

            book(hosting("2026-Q4", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(403);
            given().when().get("/bookings").then().statusCode(403);
            given().when().get("/bookings/" + booking).then().statusCode(403);
            given().when().delete("/bookings/" + booking).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsEveryBookingButBooksAndCancelsNone() {
            long booking = bookingOf(Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council()));

            given().when().get("/bookings/" + booking).then().statusCode(200);
            given().when().get("/bookings?quarter=2026-Q4&status=CONFIRMED&limit=500").then().statusCode(200)
                    .body("items.id", hasItem((int) booking));
            book(hosting("2026-Q4", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(403);
            given().when().delete("/bookings/" + booking).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsEveryBookingButBooksAndCancelsNone() {
            long booking = bookingOf(Challenges.book("2026-Q4", ChallengeKind.CHILDRENS_SERVICES, Challenges.council()));

            given().when().get("/bookings/" + booking).then().statusCode(200);
            book(hosting("2026-Q4", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(403);
            given().when().delete("/bookings/" + booking).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void isForbidden() {
            book(hosting("2026-Q4", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(403);
            given().when().get("/bookings").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void isForbidden() {
            book(hosting("2026-Q4", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(403);
            given().when().get("/bookings").then().statusCode(403);
        }
    }

    /** The calendar's rules, run by a challenge manager; each test books quarters of its own. */
    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void aFullQuarterPutsBookingsOnItsWaitingListInTheOrderTheyCame() {
            Challenges.capacity("2030-Q1", 1);
            Response first = book(hosting("2030-Q1", "CHILDRENS_SERVICES", Challenges.council()));
            Response second = book(hosting("2030-Q1", "CHILDRENS_SERVICES", Challenges.council()));
            Response third = book(hosting("2030-Q1", "CHILDRENS_SERVICES", Challenges.council()));

            first.then().statusCode(201).body("status", equalTo("CONFIRMED")).body("waitingPosition", nullValue());
            second.then().statusCode(201).body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1))
                    .body("challengeId", nullValue());
            third.then().statusCode(201).body("status", equalTo("WAITING")).body("waitingPosition", equalTo(2));
        }

        @Test
        void cancellingAConfirmedBookingPromotesTheFirstToHaveWaited() {
            Challenges.capacity("2030-Q2", 1);
            String secondHost = Challenges.council();
            long first = bookingId(book(hosting("2030-Q2", "CHILDRENS_SERVICES", Challenges.council())));
            long second = bookingId(book(hosting("2030-Q2", "CHILDRENS_SERVICES", secondHost)));
            long third = bookingId(book(hosting("2030-Q2", "CHILDRENS_SERVICES", Challenges.council())));

            given().when().delete("/bookings/" + first).then().statusCode(204);

            given().when().get("/bookings/" + second).then()
                    .body("status", equalTo("CONFIRMED")).body("challengeId", notNullValue())
                    .body("waitingPosition", nullValue());
            given().when().get("/bookings/" + third).then().body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1));
            assertThat(Challenges.events("ChallengeBooked", secondHost)).singleElement().asString()
                    .contains("\"bookingId\":" + second);
        }

        @Test
        void cancellingAWaitingBookingMovesTheOthersUpAndPromotesNobody() {
            Challenges.capacity("2030-Q3", 1);
            long first = bookingId(book(hosting("2030-Q3", "CHILDRENS_SERVICES", Challenges.council())));
            long second = bookingId(book(hosting("2030-Q3", "CHILDRENS_SERVICES", Challenges.council())));
            long third = bookingId(book(hosting("2030-Q3", "CHILDRENS_SERVICES", Challenges.council())));

            given().when().delete("/bookings/" + second).then().statusCode(204);

            given().when().get("/bookings/" + first).then().body("status", equalTo("CONFIRMED"));
            given().when().get("/bookings/" + third).then().body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1));
        }

        @Test
        void aWaitingBookingTheOfferWouldNowRefuseIsPassedOverAndKeepsWaiting() {
            Challenges.capacity("2030-Q4", 1);
            String meanwhileUsed = Challenges.council();
            long first = bookingId(book(hosting("2030-Q4", "CHILDRENS_SERVICES", Challenges.council())));
            long passedOver = bookingId(book(hosting("2030-Q4", "CORPORATE", meanwhileUsed)));
            long next = bookingId(book(hosting("2030-Q4", "CHILDRENS_SERVICES", Challenges.council())));
            Fixtures.challenge(meanwhileUsed, ChallengeKind.CORPORATE, LocalDate.of(2030, 2, 3));

            given().when().delete("/bookings/" + first).then().statusCode(204);

            given().when().get("/bookings/" + passedOver).then().body("status", equalTo("WAITING"))
                    .body("waitingPosition", equalTo(1));
            given().when().get("/bookings/" + next).then().body("status", equalTo("CONFIRMED"));
        }

        @Test
        void aQuarterNotYetOpenedTakesBookingsOnItsWaitingListOnly() {
            book(hosting("2031-Q1", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(201)
                    .body("status", equalTo("WAITING")).body("waitingPosition", equalTo(1));
        }

        @Test
        void givingPeerDaysIsNeverHeldBackByCapacity() {
            String giver = Challenges.council();
            book("{\"quarter\": \"2031-Q2\", \"purpose\": \"GIVE_PEER_DAYS\", \"council\": \"" + giver + "\", \"peerDays\": 4}")
                    .then().statusCode(201).body("status", equalTo("CONFIRMED"));
        }

        @Test
        void bookingAQuarterThatIsOverIsAConflictNamingTheRule() {
            book(hosting("2026-Q1", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("Booking in the past"))
                    .body("detail", containsString("2026-03-31"));
            book(hosting("2026-Q2", "CHILDRENS_SERVICES", Challenges.council())).then().statusCode(201);
        }

        @Test
        void bookingAHostTwiceInAQuarterIsAConflictNamingTheRule() {
            String host = Challenges.council();
            Challenges.capacity("2027-Q1", 20);
            book(hosting("2027-Q1", "CHILDRENS_SERVICES", host)).then().statusCode(201);

            book(hosting("2027-Q1", "CHILDRENS_SERVICES", host)).then().statusCode(409)
                    .body("detail", containsString("Double booking: " + host));
            book(hosting("2027-Q1", "CHILDRENS_SERVICES", Challenges.council(), host)).then().statusCode(409)
                    .body("detail", containsString("Double booking"));
            book(hosting("2027-Q2", "CHILDRENS_SERVICES", host)).then().statusCode(201);
        }

        @Test
        void aCorporateBookingUsesEachHostsFreeChallengeOfTheCycle() {
            String lead = Challenges.council();
            String partner = Challenges.council();

            book(hosting("2026-Q4", "CORPORATE", lead, partner)).then().statusCode(201).body("status", equalTo("CONFIRMED"));

            for (String host : List.of(lead, partner)) {
                assertThat(Ledger.entries(host)).extracting(e -> e.movement).contains(Movement.USE);
            }
        }

        @Test
        void aSecondCorporateChallengeInTheCycleIsAConflictNamingTheRule() {
            String host = Challenges.council();
            Challenges.capacity("2027-Q3", 20);
            book(hosting("2026-Q4", "CORPORATE", host)).then().statusCode(201);

            book(hosting("2027-Q3", "CORPORATE", host)).then().statusCode(409)
                    .body("detail", containsString("Second free corporate challenge in a cycle"))
                    .body("detail", containsString("2026-04-01 to 2029-03-31"));
            book(hosting("2029-Q2", "CORPORATE", host)).then().statusCode(201);
        }

        @Test
        void aWaitingCorporateBookingAlreadyCountsAsTheCyclesFreeChallenge() {
            String host = Challenges.council();
            book(hosting("2031-Q3", "CORPORATE", host)).then().statusCode(201).body("status", equalTo("WAITING"));

            book(hosting("2031-Q4", "CORPORATE", host)).then().statusCode(409)
                    .body("detail", containsString("booked in 2031-Q3"));
        }

        @Test
        void aCorporateChallengeTheLedgerAlreadyHoldsIsAConflictToo() {
            String host = Challenges.council();
            Fixtures.challenge(host, ChallengeKind.CORPORATE, LocalDate.of(2026, 5, 11));

            book(hosting("2026-Q4", "CORPORATE", host)).then().statusCode(409)
                    .body("detail", containsString("Second free corporate challenge"))
                    .body("detail", containsString("ledger"));
        }

        @Test
        void cancellingACorporateBookingGivesItsFreeChallengeBack() {
            String host = Challenges.council();
            long booking = bookingId(book(hosting("2026-Q4", "CORPORATE", host)));

            given().when().delete("/bookings/" + booking).then().statusCode(204);

            assertThat(Ledger.entries(host)).extracting(e -> e.movement).containsSubsequence(Movement.USE, Movement.RELEASE);
            book(hosting("2027-Q1", "CORPORATE", host)).then().statusCode(201);
        }

        @Test
        void aSubjectSpecificBookingIsChargedToItsLeadHostAtLeastTheTopicsMinimum() {
            Ledger.topic("Planning", "8000.00", true);
            String host = Challenges.council();
            String body = "{\"quarter\": \"2026-Q4\", \"purpose\": \"HOST\", \"hosts\": [\"" + host + "\"], "
                    + "\"kind\": \"SUBJECT_SPECIFIC\", \"shape\": \"SINGLE\", \"topic\": \"Planning\", \"charge\": %s}";

            book(body.formatted("7999.99")).then().statusCode(422)
                    .body("errors[0].field", equalTo("charge"))
                    .body("errors[0].message", containsString("8000.00"));
            assertThat(Ledger.entries(host)).isEmpty();
            book(body.formatted("8500.00")).then().statusCode(201).body("charge", equalTo(8500.00f));
            assertThat(Ledger.entries(host)).extracting((OfferEntry e) -> e.movement).containsExactly(Movement.CHARGE);
        }

        @Test
        void everyWrongFieldIsNamedAtOnceAndNothingIsStored() {
            String county = Challenges.county();
            String foreignDistrict = Challenges.district(Challenges.county());

            book("{\"quarter\": \"2026-Q4\", \"purpose\": \"HOST\", \"hosts\": [\"" + county + "\", \"" + foreignDistrict
                    + "\", \"E06000899\"], \"kind\": \"CORPORATE\", \"shape\": \"COUNTY_WITH_DISTRICTS\", "
                    + "\"topic\": \"Planning\", \"peerDays\": 3}").then().statusCode(422)
                    .body("errors.field", contains("hosts[2]", "topic", "peerDays"));
            assertThat(Challenges.events("ChallengeBooked", county)).isEmpty();
        }

        @Test
        void aCountyBooksWithItsOwnDistricts() {
            String county = Challenges.county();
            String district = Challenges.district(county);

            book("{\"quarter\": \"2026-Q4\", \"purpose\": \"HOST\", \"hosts\": [\"" + county + "\", \"" + district
                    + "\"], \"kind\": \"CHILDRENS_SERVICES\", \"shape\": \"COUNTY_WITH_DISTRICTS\"}").then().statusCode(201)
                    .body("hosts.code", contains(county, district))
                    .body("hosts.lead", contains(true, false));
        }

        @Test
        void aMalformedBookingIsABadRequestNamingEachField() {
            book("{\"quarter\": \"2026-3\", \"purpose\": \"HOST\", \"hosts\": [\"leeds\"], \"kind\": \"CORPORATE\", "
                    + "\"shape\": \"SINGLE\", \"peerDays\": 0}").then().statusCode(400)
                    .body("errors.field", contains("hosts[0]", "peerDays", "quarter"));
            book("{\"quarter\": \"2026-Q4\", \"purpose\": \"LEND\"}").then().statusCode(400)
                    .body("errors[0].field", equalTo("purpose"));
            book("{\"quarter\": \"2010-Q4\", \"purpose\": \"HOST\"}").then().statusCode(400)
                    .body("errors[0].field", equalTo("quarter"));
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyBooksOnce() {
            String host = Challenges.council();
            String body = hosting("2026-Q4", "CHILDRENS_SERVICES", host);

            long first = given().contentType(ContentType.JSON).header("Idempotency-Key", "book-" + host).body(body)
                    .when().post("/bookings").then().statusCode(201).extract().jsonPath().getLong("id");
            given().contentType(ContentType.JSON).header("Idempotency-Key", "book-" + host).body(body)
                    .when().post("/bookings").then().statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .body("id", equalTo((int) first));
            assertThat(Challenges.events("ChallengeBooked", host)).hasSize(1);
        }

        @Test
        void aConfirmedHostBookingPublishesChallengeBookedKeyedByTheLeadHost() {
            String lead = Challenges.council();
            String partner = Challenges.council();
            book(hosting("2026-Q4", "CHILDRENS_SERVICES", lead, partner)).then().statusCode(201);

            assertThat(Challenges.events("ChallengeBooked", lead)).singleElement().asString()
                    .contains("\"hosts\":[\"" + lead + "\",\"" + partner + "\"]")
                    .contains("\"quarter\":\"2026-Q4\"").contains("\"kind\":\"CHILDRENS_SERVICES\"");
            assertThat(Challenges.events("ChallengeBooked", partner)).isEmpty();
        }

        @Test
        void aBookingWhoseChallengeIsOnSiteCannotBeCancelled() {
            long challenge = Challenges.at(ChallengeStage.ON_SITE, LocalDate.of(2026, 5, 4), ChallengeKind.CHILDRENS_SERVICES,
                    Challenges.council());
            long booking = bookingOf(challenge);

            given().when().delete("/bookings/" + booking).then().statusCode(409)
                    .body("detail", containsString("until its team goes on site"));
            given().when().get("/bookings/" + booking).then().body("status", equalTo("CONFIRMED"));
        }

        @Test
        void anUnknownBookingIsNotFound() {
            given().when().get("/bookings/999999").then().statusCode(404);
            given().when().delete("/bookings/999999").then().statusCode(404);
        }

        @Test
        void listsBookingsByQuarterAndStatusPageByPage() {
            Challenges.capacity("2032-Q1", 1);
            long first = bookingId(book(hosting("2032-Q1", "CHILDRENS_SERVICES", Challenges.council())));
            long second = bookingId(book(hosting("2032-Q1", "CHILDRENS_SERVICES", Challenges.council())));

            String next = given().when().get("/bookings?quarter=2032-Q1&limit=1").then().statusCode(200)
                    .body("items.id", contains((int) first)).extract().path("next");
            given().when().get("/bookings?quarter=2032-Q1&limit=1&after=" + next).then()
                    .body("items.id", contains((int) second));
            given().when().get("/bookings?quarter=2032-Q1&status=WAITING").then().body("items.id", contains((int) second));
            given().when().get("/bookings?status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
            given().when().get("/bookings?quarter=2032-Q1&status=CONFIRMED").then()
                    .body("items.id", not(hasItem((int) second)));
        }
    }

    static long bookingOf(long challengeId) {
        return Challenges.bookingOf(challengeId);
    }
}
