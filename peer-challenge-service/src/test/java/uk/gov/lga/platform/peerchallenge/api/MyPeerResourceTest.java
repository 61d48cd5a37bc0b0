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
import uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank;
import uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.StandardBank;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamDetails;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamService;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.FAR_SOUTH_WEST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.VISIT;

/**
 * A peer's own record, availability and invitations ({@code /peers/me}). {@code peer.one} is the standard bank's
 * officer, invited to seat 4 of the standard team; {@code peer.two} its Conservative member, on seat 3.
 */
@QuarkusTest
class MyPeerResourceTest {

    static final Caller MANAGER = Caller.user("manager", null, null, Set.of(Roles.CHALLENGE_MANAGER));

    @Inject
    TestClock clock;

    @Inject
    TeamService teams;

    StandardBank bank;
    long challenge;
    long officerInvitation;

    @BeforeEach
    void peerOneIsInvitedToTheStandardTeam() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        PeerBank.clear();
        PeerBank.organisations();
        bank = PeerBank.standardBank();
        challenge = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.SCOPING, VISIT,
                List.of("Housing"), HOST);
        TeamDetails team = teams.confirm(challenge, teams.propose(challenge, null, MANAGER).proposal().id, MANAGER);
        officerInvitation = team.members().stream().filter(m -> m.peerId() == bank.officer())
                .findFirst().orElseThrow().invitationId();
    }

    @Nested
    class Anonymous {

        @Test
        void everyOwnRecordOperationIsUnauthorized() {
            given().get("/peers/me").then().statusCode(401).contentType("application/problem+json");
            given().get("/peers/me/availability").then().statusCode(401);
            putAvailability("{\"unavailable\": []}").then().statusCode(401);
            given().get("/peers/me/invitations").then().statusCode(401);
            accept(officerInvitation).then().statusCode(401);
            decline(officerInvitation).then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class TheLinkedPeer {

        @Test
        void readsTheirOwnRecord() {
            given().get("/peers/me").then().statusCode(200)
                    .body("id", equalTo((int) bank.officer()))
                    .body("userName", equalTo("peer.one"))
                    .body("name", equalTo("Olu Officer"))
                    .body("homeOrganisation.code", equalTo(FAR_SOUTH_WEST))
                    .body("homeOrganisation.name", equalTo("Far South West"))
                    .body("daysGiven", equalTo(0));
        }

        @Test
        void replacesTheirUnavailableDatesAndReadsThemBackInOrder() {
            putAvailability("""
                    {"unavailable": [{"from": "2026-12-21", "to": "2027-01-01"}, {"from": "2026-08-03", "to": "2026-08-14"},
                                     {"from": "2026-08-03", "to": "2026-08-14"}]}""").then().statusCode(200)
                    .body("peerId", equalTo((int) bank.officer()))
                    .body("unavailable.from", contains("2026-08-03", "2026-12-21"));

            given().get("/peers/me/availability").then().statusCode(200)
                    .body("unavailable.to", contains("2026-08-14", "2027-01-01"));

            putAvailability("{\"unavailable\": []}").then().statusCode(200).body("unavailable", hasSize(0));
        }

        @Test
        void aRangeEndingBeforeItStartsIsNamedAndNothingIsStored() {
            putAvailability("""
                    {"unavailable": [{"from": "2026-08-03", "to": "2026-08-14"}, {"from": "2026-09-10", "to": "2026-09-01"}]}""")
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("unavailable[1].to"));

            given().get("/peers/me/availability").then().statusCode(200).body("unavailable", hasSize(0));
        }

        @Test
        void malformedAvailabilityIsABadRequestNamingTheField() {
            putAvailability("{\"unavailable\": [{\"from\": \"2026-02-30\", \"to\": \"2026-03-01\"}]}")
                    .then().statusCode(400).body("errors[0].field", equalTo("unavailable[0].from"));
            putAvailability("{\"unavailable\": [{\"from\": \"2026-03-01\"}]}")
                    .then().statusCode(400).body("errors[0].field", equalTo("unavailable[0].to"));
            putAvailability("{}").then().statusCode(400).body("errors[0].field", equalTo("unavailable"));
        }

        @Test
        void seesTheirInvitationWithTheChallengeTheyAreInvitedTo() {
            given().get("/peers/me/invitations").then().statusCode(200)
                    .body("", hasSize(1))
                    .rootPath("[0]")
                    .body("id", equalTo((int) officerInvitation))
                    .body("challengeId", equalTo((int) challenge))
                    .body("kind", equalTo("CORPORATE"))
                    .body("hosts.code", contains(HOST))
                    .body("hosts.name", contains("Host Unitary"))
                    .body("visits[0].from", equalTo(VISIT.toString()))
                    .body("visits[0].to", equalTo(VISIT.plusDays(3).toString()))
                    .body("seatNo", equalTo(4))
                    .body("role", equalTo("OFFICER_PEER"))
                    .body("status", equalTo("INVITED"))
                    .body("answeredAt", nullValue());
        }

        @Test
        void acceptsTheirInvitationOnce() {
            accept(officerInvitation).then().statusCode(200)
                    .body("status", equalTo("ACCEPTED"))
                    .body("answeredAt", notNullValue());

            accept(officerInvitation).then().statusCode(409)
                    .body("detail", startsWith("INVITATION_OPEN"));
        }

        @Test
        void withdrawsFromAnAcceptedSeatBeforeTheVisit() {
            accept(officerInvitation).then().statusCode(200);

            decline(officerInvitation).then().statusCode(200)
                    .body("status", equalTo("DECLINED"))
                    .body("replacementProposalId", notNullValue());
            decline(officerInvitation).then().statusCode(409);
        }

        @Test
        void anUnknownInvitationIsNotFound() {
            accept(999999999L).then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "peer.two", roles = "peer")
    class AnotherPeer {

        @Test
        void cannotAnswerSomeoneElsesInvitation() {
            accept(officerInvitation).then().statusCode(403)
                    .contentType("application/problem+json");
            decline(officerInvitation).then().statusCode(403);
        }

        @Test
        void seesOnlyTheirOwnInvitations() {
            given().get("/peers/me/invitations").then().statusCode(200)
                    .body("seatNo", contains(3))
                    .body("role", contains("MEMBER_PEER"));
        }
    }

    @Nested
    @TestSecurity(user = "peer.nobody", roles = "peer")
    class APeerWithoutARecord {

        @Test
        void hasNoRecordAvailabilityOrInvitations() {
            given().get("/peers/me").then().statusCode(404).contentType("application/problem+json");
            given().get("/peers/me/availability").then().statusCode(404);
            given().get("/peers/me/invitations").then().statusCode(404);
        }

        @Test
        void cannotAnswerAnInvitation() {
            accept(officerInvitation).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void hasNoOwnPeerRecord() {
            given().get("/peers/me").then().statusCode(403);
            accept(officerInvitation).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "officer.host", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = HOST))
    class CouncilOfficer {

        @Test
        void hasNoOwnPeerRecord() {
            given().get("/peers/me/invitations").then().statusCode(403);
            putAvailability("{\"unavailable\": []}").then().statusCode(403);
        }
    }

    static Response accept(long invitation) {
        return given().contentType(ContentType.JSON).post("/peers/me/invitations/" + invitation + "/accept");
    }

    static Response decline(long invitation) {
        return given().contentType(ContentType.JSON).post("/peers/me/invitations/" + invitation + "/decline");
    }

    static Response putAvailability(String body) {
        return given().contentType(ContentType.JSON).body(body).put("/peers/me/availability");
    }
}
