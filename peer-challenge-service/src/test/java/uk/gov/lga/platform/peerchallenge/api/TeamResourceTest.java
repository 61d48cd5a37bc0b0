package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
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
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamService;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.FAR_LONDON;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.VISIT;

/**
 * Who sees a challenge's team ({@code GET /challenges/{id}/team}): managers everything; the hosts' officers and the
 * team's peers names and roles only. The standard team is confirmed and {@code peer.one} (seat 4) has accepted.
 */
@QuarkusTest
class TeamResourceTest {

    static final Caller MANAGER = Caller.user("manager", null, null, Set.of(Roles.CHALLENGE_MANAGER));
    static final Caller PEER_ONE = Caller.user("peer.one", null, null, Set.of(Roles.PEER));

    @Inject
    TestClock clock;

    @Inject
    TeamService teams;

    StandardBank bank;
    long challenge;

    @BeforeEach
    void theStandardTeamIsConfirmedAndPeerOneAccepted() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        PeerBank.clear();
        PeerBank.organisations();
        bank = PeerBank.standardBank();
        challenge = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.SCOPING, VISIT,
                List.of("Housing"), HOST);
        var team = teams.confirm(challenge, teams.propose(challenge, null, MANAGER).proposal().id, MANAGER);
        teams.accept(team.members().stream().filter(m -> m.peerId() == bank.officer()).findFirst().orElseThrow().invitationId(),
                PEER_ONE);
    }

    @Nested
    class Anonymous {

        @Test
        void isUnauthorized() {
            team(challenge).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void seesEverySeatWithItsPeerInvitationAndStatus() {
            team(challenge).then().statusCode(200)
                    .body("challengeId", equalTo((int) challenge))
                    .body("members.seatNo", contains(1, 2, 3, 4, 5))
                    .body("members.name", contains("Cllr Ann Lead", "Cath Chief", "Cllr Bob Blue", "Olu Officer", "Exa Expert"))
                    .body("members.role", contains("LEAD_MEMBER_PEER", "CHIEF_EXECUTIVE_PEER", "MEMBER_PEER", "OFFICER_PEER", "EXPERT"))
                    .body("members.status", contains("INVITED", "INVITED", "INVITED", "ACCEPTED", "INVITED"))
                    .body("members.peerId", contains((int) bank.lead(), (int) bank.chief(), (int) bank.blue(),
                            (int) bank.officer(), (int) bank.expert()));
        }

        @Test
        void anUnknownChallengeIsNotFound() {
            team(999_999_999L).then().statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void seesEverySeat() {
            team(challenge).then().statusCode(200).body("members.invitationId", everyItem(notNullValue()));
        }
    }

    @Nested
    @TestSecurity(user = "officer.host", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = HOST))
    class HostsOwnOfficer {

        @Test
        void seesOnlyTheNamesAndRolesOfTheTeam() {
            team(challenge).then().statusCode(200)
                    .body("members.name", contains("Cllr Ann Lead", "Cath Chief", "Cllr Bob Blue", "Olu Officer", "Exa Expert"))
                    .body("members.role", hasSize(5))
                    .body("members", everyItem(not(hasKey("peerId"))))
                    .body("members", everyItem(not(hasKey("invitationId"))))
                    .body("members", everyItem(not(hasKey("status"))));
        }

        @Test
        void anUnknownChallengeIsForbiddenNotRevealed() {
            team(999_999_999L).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "officer.london", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = FAR_LONDON))
    class AnotherCouncilsOfficer {

        @Test
        void isForbidden() {
            team(challenge).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class APeerOnTheTeam {

        @Test
        void seesTheNamesAndRolesOfTheirTeam() {
            team(challenge).then().statusCode(200)
                    .body("members.name", hasSize(5))
                    .body("members", everyItem(not(hasKey("peerId"))));
        }
    }

    @Nested
    @TestSecurity(user = "peer.three", roles = "peer")
    class APeerNotOnTheTeam {

        @Test
        void isForbidden() {
            PeerBank.changePeer(bank.near(), p -> p.userName = "peer.three");

            team(challenge).then().statusCode(403);
        }
    }

    @Nested
    class OtherRoles {

        @Test
        @TestSecurity(user = "adviser", roles = "lga-adviser")
        void anLgaAdviserIsForbidden() {
            team(challenge).then().statusCode(403);
        }

        @Test
        @TestSecurity(user = "club", roles = "benchmarking-club")
        void aBenchmarkingClubIsForbidden() {
            team(challenge).then().statusCode(403);
        }
    }

    static Response team(long challenge) {
        return given().get("/challenges/" + challenge + "/team");
    }
}
