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
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.teams.MatchingRule;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposalStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamProposal;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamService;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.COUNTY;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.DISTRICT_A;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.DISTRICT_B;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.FAR_LONDON;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.FAR_NORTH_WEST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.VISIT;

/** Team proposals: proposing and explaining, confirming; the replacement a decline proposes. By caller. */
@QuarkusTest
class TeamProposalResourceTest {

    static final String SEAT = "seats.find { it.seatNo == %d }";
    static final String EXCLUSION = "exclusions.find { it.rule == '%s' }.excluded";

    /** Team state the HTTP caller of a test does not set up is set up through the service, with these callers. */
    static final Caller MANAGER = Caller.user("manager", null, null, Set.of(Roles.CHALLENGE_MANAGER));
    static final Caller PEER_TWO = Caller.user("peer.two", null, null, Set.of(Roles.PEER));
    /** A council that hosts other challenges in these tests, with no peers of the bank. */
    static final String ELSEWHERE = "E06000960";

    @Inject
    TestClock clock;

    @Inject
    TeamService teams;

    StandardBank bank;
    long challenge;

    @BeforeEach
    void aCorporateChallengeOfTheHostOnHousingAndTheStandardBank() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        PeerBank.clear();
        PeerBank.organisations();
        bank = PeerBank.standardBank();
        challenge = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.SCOPING, VISIT,
                List.of("Housing"), HOST);
    }

    @Nested
    class Anonymous {

        @Test
        void everyTeamProposalOperationIsUnauthorized() {
            propose(challenge).then().statusCode(401).contentType("application/problem+json");
            given().get(proposals(challenge)).then().statusCode(401);
            given().get(proposals(challenge) + "/1").then().statusCode(401);
            given().contentType(ContentType.JSON).post(proposals(challenge) + "/1/confirm").then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.host", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = HOST))
    class HostsOwnOfficer {

        @Test
        void cannotProposeReadOrConfirmTeams() {
            propose(challenge).then().statusCode(403).contentType("application/problem+json");
            given().get(proposals(challenge)).then().statusCode(403);
            given().contentType(ContentType.JSON).post(proposals(challenge) + "/1/confirm").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void cannotProposeReadOrConfirmTeams() {
            propose(challenge).then().statusCode(403);
            given().get(proposals(challenge)).then().statusCode(403);
            given().contentType(ContentType.JSON).post(proposals(challenge) + "/1/confirm").then().statusCode(403);
        }
    }

    @Nested
    class OtherRoles {

        @Test
        @TestSecurity(user = "admin", roles = "platform-admin")
        void aPlatformAdminCannotPropose() {
            propose(challenge).then().statusCode(403);
        }

        @Test
        @TestSecurity(user = "adviser", roles = "lga-adviser")
        void anLgaAdviserCannotPropose() {
            propose(challenge).then().statusCode(403);
        }

        @Test
        @TestSecurity(user = "analyst", roles = "radar-analyst")
        void aRadarAnalystCannotPropose() {
            propose(challenge).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void proposesTheBestTeamAndExplainsEachSeat() {
            propose(challenge).then().statusCode(201)
                    .header("Location", startsWith("http")).header("Location", containsString(proposals(challenge) + "/"))
                    .body("status", equalTo("PROPOSED"))
                    .body("fits", equalTo(true))
                    .body("seatsToFill", equalTo(5))
                    .body("candidatesConsidered", equalTo(8))
                    .body("eligible", equalTo(6))
                    .body("seats.peerId", contains((int) bank.lead(), (int) bank.chief(), (int) bank.blue(),
                            (int) bank.officer(), (int) bank.expert()))
                    .body("seats.role", contains("LEAD_MEMBER_PEER", "CHIEF_EXECUTIVE_PEER", "MEMBER_PEER", "OFFICER_PEER", "EXPERT"))
                    .body("shortfalls", hasSize(0))
                    .rootPath(SEAT.formatted(1))
                    .body("name", equalTo("Cllr Ann Lead"))
                    .body("politicalGroup", equalTo("Labour"))
                    .body("scoreParts.leadMemberOfControllingParty", equalTo(20))
                    .body("scoreParts.outsideHostRegion", equalTo(5))
                    .body("scoreParts.sharesTheLoad", equalTo(10))
                    .body("scoreParts.feedback", equalTo(5))
                    .body("score", equalTo(40))
                    .body("rulesMet.rule", contains("NOT_FROM_A_HOST", "NOT_FROM_THE_HOSTS_AREA",
                            "NO_RECENT_CHALLENGE_WITH_A_HOST", "ACCREDITED_ON_EVERY_VISIT_DAY", "AVAILABLE_ON_EVERY_VISIT_DAY",
                            "FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS", "WITHIN_YEARLY_DAY_CAP", "NOT_ALREADY_IN_THE_TEAM", "HAS_NOT_DECLINED"))
                    .body("rulesMet.find { it.rule == 'WITHIN_YEARLY_DAY_CAP' }.detail",
                            equalTo("0 days committed in 2026/27 + 4 of this challenge = 4 of 20"))
                    .rootPath(SEAT.formatted(3))
                    .body("scoreParts.crossParty", equalTo(10))
                    .rootPath(SEAT.formatted(4))
                    .body("covers", contains("Housing"))
                    .body("scoreParts.expertise", equalTo(6))
                    .rootPath("")
                    .body(EXCLUSION.formatted("NOT_FROM_A_HOST"), equalTo(1))
                    .body(EXCLUSION.formatted("ACCREDITED_ON_EVERY_VISIT_DAY"), equalTo(1))
                    .body(EXCLUSION.formatted("AVAILABLE_ON_EVERY_VISIT_DAY"), equalTo(0))
                    .body("exclusions.description", everyItem(endsWith(".")));
        }

        @Test
        void theSameInputsGiveTheSameTeamAndExplanation() {
            Response first = propose(challenge);
            Response second = propose(challenge);

            assertThat(second.jsonPath().getList("seats", Map.class)).isEqualTo(first.jsonPath().getList("seats", Map.class));
            assertThat(second.jsonPath().getList("exclusions", Map.class)).isEqualTo(first.jsonPath().getList("exclusions", Map.class));
            assertThat(second.jsonPath().getInt("score")).isEqualTo(first.jsonPath().getInt("score"));
        }

        @Test
        void whenNoTeamFitsEachRuleSaysHowManyCandidatesItExcludedAndNothingIsSeated() {
            PeerBank.changePeer(bank.chief(), p -> p.accreditationExpiresOn = VISIT.plusDays(1));

            propose(challenge).then().statusCode(201)
                    .body("status", equalTo("NO_TEAM_FITS"))
                    .body("fits", equalTo(false))
                    .body("seats", hasSize(0))
                    .body("eligible", equalTo(5))
                    .body(EXCLUSION.formatted("ACCREDITED_ON_EVERY_VISIT_DAY"), equalTo(2))
                    .body(EXCLUSION.formatted("NOT_FROM_A_HOST"), equalTo(1))
                    .body("shortfalls.rule", contains("CHIEF_EXECUTIVE_PEER"))
                    .body("shortfalls[0].detail", equalTo("no eligible chief-executive peer: 0 eligible of 1 in the bank"));
        }

        @Test
        void aNoTeamFitsProposalCannotBeConfirmed() {
            PeerBank.changePeer(bank.chief(), p -> p.accreditationExpiresOn = VISIT.plusDays(1));
            long proposal = id(propose(challenge));

            confirm(challenge, proposal).then().statusCode(409).body("detail", startsWith("PROPOSAL_OPEN"));
        }

        @Test
        void theSizeOfTheTeamFollowsTheShape() {
            long county = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.COUNTY_WITH_DISTRICTS,
                    ChallengeStage.SCOPING, VISIT, List.of(), HOST);
            PeerBank.peer("Extra One", PeerKind.OFFICER, null, FAR_LONDON, null);
            PeerBank.peer("Extra Two", PeerKind.OFFICER, null, FAR_NORTH_WEST, null);

            propose(county).then().statusCode(201).body("seatsToFill", equalTo(7)).body("seats", hasSize(7));
        }

        @Test
        void peersFromTheHostsCountyAndItsDistrictsAreExcluded() {
            long district = PeerBank.challenge(ChallengeKind.SUBJECT_SPECIFIC, ChallengeShape.SINGLE, ChallengeStage.SCOPING,
                    VISIT, List.of(), DISTRICT_A);
            PeerBank.peer("From The County", PeerKind.OFFICER, null, COUNTY, null);
            PeerBank.peer("From The Other District", PeerKind.OFFICER, null, DISTRICT_B, null);

            propose(district).then().statusCode(201)
                    .body(EXCLUSION.formatted("NOT_FROM_THE_HOSTS_AREA"), equalTo(2))
                    .body("seats.homeOrganisation", everyItem(not(oneOf(COUNTY, DISTRICT_B))));
        }

        @Test
        void peersFromAnOrganisationLinkedToTheHostByARecentChallengeAreExcluded() {
            long past = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.PROGRESS_REVIEWED,
                    LocalDate.of(2023, 5, 8), List.of(), FAR_LONDON);
            PeerBank.acceptedSeat(past, bank.host(), 1);
            long longAgo = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.PROGRESS_REVIEWED,
                    LocalDate.of(2019, 5, 6), List.of(), FAR_NORTH_WEST);
            PeerBank.acceptedSeat(longAgo, bank.host(), 1);

            propose(challenge).then().statusCode(201)
                    .body(EXCLUSION.formatted("NO_RECENT_CHALLENGE_WITH_A_HOST"), equalTo(2))
                    .body("seats.peerId", not(hasItem((int) bank.blue())))
                    .body("seats.peerId", hasItem((int) bank.chief()));
        }

        @Test
        void seatsOnAnotherTeamCountAgainstTheVisitDaysAndTheYearlyCap() {
            long clash = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.SCOPING,
                    VISIT.plusDays(3), List.of(), FAR_NORTH_WEST);
            PeerBank.acceptedSeat(clash, bank.expert(), 1);
            for (int week = 1; week <= 5; week++) {
                long earlier = PeerBank.challenge(ChallengeKind.SUBJECT_SPECIFIC, ChallengeShape.SINGLE,
                        ChallengeStage.SCOPING, VISIT.minusWeeks(week), List.of(), ELSEWHERE);
                PeerBank.acceptedSeat(earlier, bank.near(), 1);
            }

            propose(challenge).then().statusCode(201)
                    .body(EXCLUSION.formatted("FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS"), equalTo(1))
                    .body(EXCLUSION.formatted("WITHIN_YEARLY_DAY_CAP"), equalTo(1));
        }

        @Test
        void confirmingInvitesEverySeatAndSupersedesTheOtherProposals() {
            long first = id(propose(challenge));
            long second = id(propose(challenge));

            confirm(challenge, second).then().statusCode(200)
                    .body("challengeId", equalTo((int) challenge))
                    .body("members", hasSize(5))
                    .body("members.status", everyItem(equalTo("INVITED")))
                    .body("members.peerId", contains((int) bank.lead(), (int) bank.chief(), (int) bank.blue(),
                            (int) bank.officer(), (int) bank.expert()));
            proposal(challenge, first).then().statusCode(200).body("status", equalTo("SUPERSEDED"));
            proposal(challenge, second).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                    .body("confirmedBy", equalTo("manager"));
            confirm(challenge, second).then().statusCode(409).body("detail", startsWith("PROPOSAL_OPEN"));
        }

        @Test
        void aWholeTeamIsNotProposedOnceOneIsInvited() {
            confirm(challenge, id(propose(challenge))).then().statusCode(200);

            propose(challenge).then().statusCode(409).body("detail", startsWith("TEAM_ALREADY_INVITED"));
        }

        @Test
        void aProposalWhosePeerNoLongerMeetsTheRulesIsNotConfirmed() {
            long proposal = id(propose(challenge));
            PeerBank.changePeer(bank.chief(), p -> p.replaceUnavailable(List.of(
                    new DateRange(VISIT, VISIT))));

            confirm(challenge, proposal).then().statusCode(409)
                    .body("detail", startsWith("PROPOSAL_STILL_HOLDS: Cath Chief"))
                    .body("detail", containsString("AVAILABLE_ON_EVERY_VISIT_DAY"));
            team(challenge).then().statusCode(200).body("members", hasSize(0));
        }

        @Test
        void aChallengeOnSiteOrLaterGetsNoNewTeam() {
            PeerBank.changeChallenge(challenge, c -> c.stage = ChallengeStage.ON_SITE);

            propose(challenge).then().statusCode(409).body("detail", startsWith("TEAM_BEFORE_ON_SITE"));
        }

        @Test
        void aChallengeWithoutVisitsHasNoDaysToMatchATeamTo() {
            long undated = PeerBank.challenge(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ChallengeStage.ENQUIRY, null,
                    List.of(), HOST);

            propose(undated).then().statusCode(409).body("detail", startsWith("VISITS_SCHEDULED"));
        }

        @Test
        void anUnknownChallengeOrProposalIsNotFound() {
            propose(999_999_999L).then().statusCode(404).contentType("application/problem+json");
            proposal(challenge, 999_999_999L).then().statusCode(404);
        }

        @Test
        void aSeatThatWasNotDeclinedIsNotReplaced() {
            propose(challenge, 3).then().statusCode(409).body("detail", startsWith("SEAT_VACANT"));
            confirm(challenge, id(propose(challenge))).then().statusCode(200);
            propose(challenge, 3).then().statusCode(409).body("detail", containsString("held by an invited or accepted peer"));
        }

        @Test
        void aNonNumericSeatOrChallengeIsABadRequestNamingIt() {
            given().contentType(ContentType.JSON).queryParam("seat", "three").post(proposals(challenge))
                    .then().statusCode(400).body("errors[0].field", equalTo("seat"));
            given().contentType(ContentType.JSON).post("/challenges/abc/team-proposals")
                    .then().statusCode(400).body("errors[0].field", equalTo("challengeId"));
            propose(challenge, 0).then().statusCode(400).body("errors[0].field", equalTo("seat"));
        }

        @Test
        void listsTheChallengesProposalsOldestFirst() {
            long first = id(propose(challenge));
            long second = id(propose(challenge));

            given().get(proposals(challenge)).then().statusCode(200)
                    .body("id", contains((int) first, (int) second));
        }
    }

    /** A confirmed team's peers answer; a decline proposes the seat's replacement, which a manager confirms. */
    @Nested
    class DeclineAndReplacement {

        long blueInvitation;

        @BeforeEach
        void theStandardTeamIsConfirmed() {
            long proposal = teams.propose(challenge, null, MANAGER).proposal().id;
            blueInvitation = teams.confirm(challenge, proposal, MANAGER).members().stream()
                    .filter(m -> m.peerId() == bank.blue()).findFirst().orElseThrow().invitationId();
        }

        @Test
        @TestSecurity(user = "peer.two", roles = "peer")
        void aDeclineProposesAReplacementForThatSeatOnly() {
            Response declined = MyPeerResourceTest.decline(blueInvitation);

            declined.then().statusCode(200).body("status", equalTo("DECLINED")).body("seatNo", equalTo(3));
            long replacement = declined.jsonPath().getLong("replacementProposalId");
            TeamProposal p = teams.proposal(challenge, replacement, MANAGER).proposal();
            assertThat(p.seatNo).isEqualTo(3);
            assertThat(p.status).isEqualTo(ProposalStatus.PROPOSED);
            assertThat(p.teamSize).isEqualTo(1);
            assertThat(p.seats).singleElement().satisfies(seat -> assertThat(seat.peerId).isEqualTo(bank.near()));
            assertThat(p.proposedBy).isEqualTo("system:replacement after peer.two declined");
            assertThat(p.exclusions).filteredOn(e -> e.rule == MatchingRule.NOT_ALREADY_IN_THE_TEAM)
                    .singleElement().satisfies(e -> assertThat(e.excluded).isEqualTo(4));
            assertThat(p.exclusions).filteredOn(e -> e.rule == MatchingRule.HAS_NOT_DECLINED)
                    .singleElement().satisfies(e -> assertThat(e.excluded).isEqualTo(1));
        }

        @Test
        @TestSecurity(user = "manager", roles = "challenge-manager")
        void confirmingTheReplacementInvitesItsPeerToTheSeat() {
            long replacement = teams.decline(blueInvitation, PEER_TWO).replacementProposalId();

            confirm(challenge, replacement).then().statusCode(200)
                    .body("members.findAll { it.seatNo == 3 }.status", contains("DECLINED", "INVITED"))
                    .body("members.findAll { it.seatNo == 3 }.peerId", contains((int) bank.blue(), (int) bank.near()))
                    .body("members.findAll { it.status == 'INVITED' }", hasSize(5));
        }

        @Test
        @TestSecurity(user = "manager", roles = "challenge-manager")
        void whenNoOneCanTakeTheSeatTheReplacementSaysWhy() {
            PeerBank.changePeer(bank.near(), p -> p.replaceUnavailable(List.of(new DateRange(VISIT, VISIT.plusDays(30)))));

            long replacement = teams.decline(blueInvitation, PEER_TWO).replacementProposalId();

            proposal(challenge, replacement).then().statusCode(200)
                    .body("status", equalTo("NO_TEAM_FITS"))
                    .body("shortfalls.rule", contains("TEAM_SIZE"))
                    .body("shortfalls[0].detail", equalTo("no eligible candidate can take seat 3"))
                    .body(EXCLUSION.formatted("AVAILABLE_ON_EVERY_VISIT_DAY"), equalTo(1));
        }

        @Test
        @TestSecurity(user = "peer.two", roles = "peer")
        void aDeclineOnceTheChallengeIsOnSiteIsAConflict() {
            PeerBank.changeChallenge(challenge, c -> c.stage = ChallengeStage.ON_SITE);

            MyPeerResourceTest.decline(blueInvitation).then().statusCode(409)
                    .body("detail", startsWith("TEAM_BEFORE_ON_SITE"));
        }
    }

    static String proposals(long challenge) {
        return "/challenges/" + challenge + "/team-proposals";
    }

    static Response propose(long challenge) {
        return given().contentType(ContentType.JSON).post(proposals(challenge));
    }

    static Response propose(long challenge, int seat) {
        return given().contentType(ContentType.JSON).queryParam("seat", seat).post(proposals(challenge));
    }

    static Response proposal(long challenge, long proposal) {
        return given().get(proposals(challenge) + "/" + proposal);
    }

    static Response confirm(long challenge, long proposal) {
        return given().contentType(ContentType.JSON).post(proposals(challenge) + "/" + proposal + "/confirm");
    }

    static Response team(long challenge) {
        return given().get("/challenges/" + challenge + "/team");
    }

    static long id(Response response) {
        return response.then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
