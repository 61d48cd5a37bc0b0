package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank;
import uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.StandardBank;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.FAR_LONDON;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.FAR_SOUTH_WEST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.VISIT;

/** The peer bank kept by challenge managers and platform admins, and feedback on peers after a challenge. By caller. */
@QuarkusTest
class PeerResourceTest {

    static final String MEMBER = """
            {"userName": "cllr.new", "name": "Cllr New Member", "kind": "MEMBER", "politicalGroup": "Green",
             "homeOrganisation": "E06000911", "elements": ["GOVERNANCE_AND_CULTURE", "LOCAL_PRIORITIES_AND_OUTCOMES"],
             "serviceAreas": ["Housing", "Climate emergency"], "metricIds": ["rough-sleeping-rate"],
             "inductedOn": "2025-02-01", "accreditationExpiresOn": "2028-01-31"}""";

    @Inject
    TestClock clock;

    StandardBank bank;
    long challenge;

    @BeforeEach
    void theStandardBankAndAPastChallengeTheOfficerAccepted() {
        clock.setToday(LocalDate.of(2026, 11, 2));
        PeerBank.clear();
        PeerBank.organisations();
        bank = PeerBank.standardBank();
        challenge = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.FEEDBACK_GIVEN, VISIT,
                List.of(), HOST);
        PeerBank.acceptedSeat(challenge, bank.officer(), 4);
    }

    /** Every operation on the bank as a whole, for the role checks. */
    static Stream<Function<RequestSpecification, Response>> bankOperations() {
        return Stream.of(
                r -> r.get("/peers"),
                r -> r.contentType(ContentType.JSON).body(MEMBER).post("/peers"),
                r -> r.contentType(ContentType.JSON).body(MEMBER).put("/peers/1"),
                r -> r.contentType(ContentType.JSON).body("{\"unavailable\": []}").put("/peers/1/availability"),
                r -> r.get("/peers/1/feedback"));
    }

    @Nested
    class Anonymous {

        @ParameterizedTest
        @MethodSource("uk.gov.lga.platform.peerchallenge.api.PeerResourceTest#bankOperations")
        void isUnauthorizedForEveryBankOperation(Function<RequestSpecification, Response> operation) {
            operation.apply(given()).then().statusCode(401).contentType("application/problem+json");
        }

        @Test
        void isUnauthorizedToReadAPeerOrGiveFeedback() {
            given().get("/peers/" + bank.lead()).then().statusCode(401);
            feedback(bank.officer(), 4).then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void addsAMemberPeerAndReadsItBack() {
            Response created = given().contentType(ContentType.JSON).body(MEMBER).post("/peers");

            created.then().statusCode(201)
                    .header("Location", endsWith("/peers/" + created.jsonPath().getLong("id")))
                    .body("name", equalTo("Cllr New Member"))
                    .body("kind", equalTo("MEMBER"))
                    .body("politicalGroup", equalTo("Green"))
                    .body("homeOrganisation.code", equalTo(FAR_SOUTH_WEST))
                    .body("homeOrganisation.name", equalTo("Far South West"))
                    .body("expertise.elements", contains("GOVERNANCE_AND_CULTURE", "LOCAL_PRIORITIES_AND_OUTCOMES"))
                    .body("expertise.serviceAreas", contains("Housing", "Climate emergency"))
                    .body("expertise.metricIds", contains("rough-sleeping-rate"))
                    .body("accreditation.inductedOn", equalTo("2025-02-01"))
                    .body("accreditation.expiresOn", equalTo("2028-01-31"))
                    .body("unavailable", hasSize(0))
                    .body("daysGiven", equalTo(0))
                    .body("feedback.count", equalTo(0))
                    .body("feedback.average", nullValue());
            given().get("/peers/" + created.jsonPath().getLong("id")).then().statusCode(200).body("userName", equalTo("cllr.new"));
        }

        @Test
        void anExpertNeedsASectorAndMayHaveNoHomeOrganisation() {
            given().contentType(ContentType.JSON).body("""
                            {"name": "Dr Sam Expert", "kind": "EXPERT", "expertSector": "CIVIL_SERVICE", "serviceAreas": ["Finance"]}""")
                    .post("/peers").then().statusCode(201)
                    .body("expertSector", equalTo("CIVIL_SERVICE"))
                    .body("homeOrganisation", nullValue());
        }

        @Test
        void eachFieldThatBreaksTheBanksRulesIsNamedAndNothingIsStored() {
            given().contentType(ContentType.JSON).body("""
                            {"name": "Nobody", "kind": "MEMBER", "expertSector": "BUSINESS", "homeOrganisation": "E06000999",
                             "accreditationExpiresOn": "2028-01-31"}""")
                    .post("/peers").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("expertSector", "politicalGroup", "homeOrganisation", "inductedOn"));
            given().contentType(ContentType.JSON).body("""
                            {"name": "Nobody", "kind": "OFFICER", "politicalGroup": "Labour", "inductedOn": "2026-01-01",
                             "accreditationExpiresOn": "2025-01-31"}""")
                    .post("/peers").then().statusCode(422)
                    .body("errors.field", containsInAnyOrder("politicalGroup", "homeOrganisation", "accreditationExpiresOn"));

            given().get("/peers?limit=500").then().statusCode(200).body("items.name", not(hasItem("Nobody")));
        }

        @Test
        void malformedFieldsAreABadRequestNamingEachOne() {
            given().contentType(ContentType.JSON).body("""
                            {"name": " ", "kind": "MEMBER", "politicalGroup": "Labour", "homeOrganisation": "leeds",
                             "metricIds": ["Not A Metric"], "serviceAreas": [""]}""")
                    .post("/peers").then().statusCode(400)
                    .body("errors.field", containsInAnyOrder("name", "homeOrganisation", "metricIds[0]", "serviceAreas[0]"));
            given().contentType(ContentType.JSON).body("{\"name\": \"X\", \"kind\": \"MAYOR\"}")
                    .post("/peers").then().statusCode(400).body("errors[0].field", equalTo("kind"));
            given().contentType(ContentType.JSON).body("{\"name\": \"X\", \"kind\": \"OFFICER\", \"elements\": [\"CHARISMA\"]}")
                    .post("/peers").then().statusCode(400).body("errors[0].field", equalTo("elements[0]"));
        }

        @Test
        void aUserNameLinkedToAnotherPeerIsAConflict() {
            given().contentType(ContentType.JSON).body(MEMBER.replace("cllr.new", "peer.one"))
                    .post("/peers").then().statusCode(409).body("detail", startsWith("USER_NAME_TAKEN"));
        }

        @Test
        void listsTheBankInPagesInIdOrderAndByKind() {
            Response first = given().get("/peers?limit=3");
            first.then().statusCode(200)
                    .body("items.id", contains((int) bank.lead(), (int) bank.chief(), (int) bank.blue()))
                    .body("next", equalTo(String.valueOf(bank.blue())));
            given().get("/peers?limit=3&after=" + bank.blue()).then().statusCode(200)
                    .body("items.id", contains((int) bank.officer(), (int) bank.expert(), (int) bank.near()));
            given().get("/peers?kind=MEMBER").then().statusCode(200)
                    .body("items.name", contains("Cllr Ann Lead", "Cllr Bob Blue"))
                    .body("next", nullValue());
        }

        @Test
        void badListParametersAreNamed() {
            given().get("/peers?kind=mayor").then().statusCode(400).body("errors[0].field", equalTo("kind"));
            given().get("/peers?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
            given().get("/peers?after=x").then().statusCode(400).body("errors[0].field", equalTo("after"));
        }

        @Test
        void replacesAProfile() {
            given().contentType(ContentType.JSON).body("""
                            {"userName": "peer.one", "name": "Olu Officer", "kind": "OFFICER", "homeOrganisation": "E09000911",
                             "serviceAreas": ["Housing", "Planning"], "inductedOn": "2024-01-15", "accreditationExpiresOn": "2030-01-14"}""")
                    .put("/peers/" + bank.officer()).then().statusCode(200)
                    .body("homeOrganisation.code", equalTo(FAR_LONDON))
                    .body("expertise.serviceAreas", contains("Housing", "Planning"))
                    .body("accreditation.expiresOn", equalTo("2030-01-14"));
        }

        @Test
        void replacesAPeersUnavailableDates() {
            given().contentType(ContentType.JSON).body("{\"unavailable\": [{\"from\": \"2027-01-04\", \"to\": \"2027-01-08\"}]}")
                    .put("/peers/" + bank.lead() + "/availability").then().statusCode(200)
                    .body("unavailable.from", contains("2027-01-04"));
            given().get("/peers/" + bank.lead()).then().statusCode(200).body("unavailable[0].to", equalTo("2027-01-08"));
        }

        @Test
        void anUnknownPeerIsNotFound() {
            given().get("/peers/999999999").then().statusCode(404).contentType("application/problem+json");
            given().contentType(ContentType.JSON).body(MEMBER).put("/peers/999999999").then().statusCode(404);
            given().get("/peers/999999999/feedback").then().statusCode(404);
        }

        @Test
        void givesManagerFeedbackOnceAndSeesItInThePeersRecord() {
            feedback(bank.officer(), 4).then().statusCode(201)
                    .header("Location", endsWith("/peers/" + bank.officer() + "/feedback"))
                    .body("source", equalTo("MANAGER"))
                    .body("rating", equalTo(4))
                    .body("givenBy", equalTo("manager"));
            feedback(bank.officer(), 5).then().statusCode(409).body("detail", startsWith("ONE_FEEDBACK_PER_SOURCE"));

            given().get("/peers/" + bank.officer()).then().statusCode(200)
                    .body("feedback.count", equalTo(1))
                    .body("feedback.average", equalTo(4.0f))
                    .body("daysGiven", equalTo(4));
            given().get("/peers/" + bank.officer() + "/feedback").then().statusCode(200)
                    .body("rating", contains(4))
                    .body("comment", contains("Well prepared."));
        }

        @Test
        void feedbackIsOnlyForAPeerWhoWasOnTheTeam() {
            feedback(bank.lead(), 4).then().statusCode(409).body("detail", startsWith("FEEDBACK_ON_THE_TEAM"));
        }

        @Test
        void feedbackWaitsForTheLastVisitDay() {
            clock.setToday(VISIT.plusDays(2));

            feedback(bank.officer(), 4).then().statusCode(409).body("detail", startsWith("FEEDBACK_AFTER_THE_VISIT"));
        }

        @Test
        void aRatingOutsideOneToFiveOrAnUnknownChallengeIsNamed() {
            feedback(bank.officer(), 6).then().statusCode(400).body("errors[0].field", equalTo("rating"));
            given().contentType(ContentType.JSON).body("{\"challengeId\": 999999999, \"rating\": 3}")
                    .post("/peers/" + bank.officer() + "/feedback").then().statusCode(422)
                    .body("errors[0].field", equalTo("challengeId"));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void managesTheBank() {
            given().contentType(ContentType.JSON).body(MEMBER).post("/peers").then().statusCode(201);
            given().get("/peers?kind=MEMBER").then().statusCode(200).body("items.name", hasItem("Cllr New Member"));
            given().get("/peers/" + bank.officer() + "/feedback").then().statusCode(200);
        }

        @Test
        void doesNotGiveFeedback() {
            feedback(bank.officer(), 4).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void readsTheirOwnRecordById() {
            given().get("/peers/" + bank.officer()).then().statusCode(200).body("name", equalTo("Olu Officer"));
        }

        @Test
        void cannotReadSomeoneElsesRecordExistingOrNot() {
            given().get("/peers/" + bank.lead()).then().statusCode(403).contentType("application/problem+json");
            given().get("/peers/999999999").then().statusCode(403);
        }

        @ParameterizedTest
        @MethodSource("uk.gov.lga.platform.peerchallenge.api.PeerResourceTest#bankOperations")
        void isForbiddenEveryBankOperation(Function<RequestSpecification, Response> operation) {
            operation.apply(given()).then().statusCode(403);
        }

        @Test
        void cannotGiveFeedback() {
            feedback(bank.lead(), 4).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "officer.host", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = HOST))
    class HostsOwnOfficer {

        @Test
        void givesHostFeedbackOnTheirTeamsPeer() {
            feedback(bank.officer(), 5).then().statusCode(201).body("source", equalTo("HOST"));
            feedback(bank.officer(), 5).then().statusCode(409);
        }

        @ParameterizedTest
        @MethodSource("uk.gov.lga.platform.peerchallenge.api.PeerResourceTest#bankOperations")
        void isForbiddenEveryBankOperation(Function<RequestSpecification, Response> operation) {
            operation.apply(given()).then().statusCode(403);
        }

        @Test
        void cannotReadAPeer() {
            given().get("/peers/" + bank.officer()).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "officer.london", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = FAR_LONDON))
    class AnotherCouncilsOfficer {

        @Test
        void cannotGiveFeedbackOnAnotherCouncilsChallenge() {
            feedback(bank.officer(), 1).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    class OtherRoles {

        @ParameterizedTest
        @MethodSource("uk.gov.lga.platform.peerchallenge.api.PeerResourceTest#bankOperations")
        @TestSecurity(user = "adviser", roles = "lga-adviser")
        void anLgaAdviserIsForbiddenEveryBankOperation(Function<RequestSpecification, Response> operation) {
            operation.apply(given()).then().statusCode(403);
        }

        @ParameterizedTest
        @MethodSource("uk.gov.lga.platform.peerchallenge.api.PeerResourceTest#bankOperations")
        @TestSecurity(user = "analyst", roles = "radar-analyst")
        void aRadarAnalystIsForbiddenEveryBankOperation(Function<RequestSpecification, Response> operation) {
            operation.apply(given()).then().statusCode(403);
        }

        @ParameterizedTest
        @MethodSource("uk.gov.lga.platform.peerchallenge.api.PeerResourceTest#bankOperations")
        @TestSecurity(user = "club", roles = "benchmarking-club")
        void aBenchmarkingClubIsForbiddenEveryBankOperation(Function<RequestSpecification, Response> operation) {
            operation.apply(given()).then().statusCode(403);
        }
    }

    private Response feedback(long peer, int rating) {
        return given().contentType(ContentType.JSON)
                .body("{\"challengeId\": " + challenge + ", \"rating\": " + rating + ", \"comment\": \"Well prepared.\"}")
                .post("/peers/" + peer + "/feedback");
    }
}
