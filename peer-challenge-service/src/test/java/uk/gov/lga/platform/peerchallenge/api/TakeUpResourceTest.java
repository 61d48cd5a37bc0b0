package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Register;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.lga.platform.peerchallenge.Fixtures.LEEDS;
import static uk.gov.lga.platform.peerchallenge.Fixtures.challenge;

/**
 * Take-up of the offer. The register is shared by every test of the run, so the aggregate is checked on a region
 * only these tests use (Test Region Take-up) and, for the totals, as differences.
 */
@QuarkusTest
class TakeUpResourceTest {

    static final String REGION = "Test Region Take-up";
    static final String HOSTED = "E06000770";
    static final String NOT_HOSTED = "E06000771";
    static final String SUBJECT_ONLY = "E07000772";
    static final String LAST_CYCLE = "E07000773";
    static final String ABOLISHED = "E07000774";
    static final String WELSH = "W06000775";

    @Inject
    TestClock clock;

    @BeforeEach
    void aRegionOfSixCouncils() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        Register.council(HOSTED, "Hosting Unitary", "UA", REGION);
        Register.council(NOT_HOSTED, "Quiet Unitary", "UA", REGION);
        Register.council(SUBJECT_ONLY, "Subject District", "NMD", REGION);
        Register.council(LAST_CYCLE, "Last Cycle District", "NMD", REGION);
        Register.council(ABOLISHED, "Abolished District", "NMD", REGION);
        Register.ended(ABOLISHED, LocalDate.of(2023, 3, 31));
        Register.council(WELSH, "Welsh Principal Area", "WPA", REGION);
    }

    @Nested
    class Anonymous {

        @Test
        void readsTheShareOfEnglishCouncilsWithACorporateChallengeInTheCycle() {
            hostedOnce();

            JsonPath takeUp = given().get("/take-up").then().statusCode(200)
                    .body("asOf", equalTo("2026-06-15"))
                    .body("cycle.start", equalTo("2026-04-01"))
                    .body("cycle.end", equalTo("2029-03-31"))
                    .extract().jsonPath();

            Map<String, Object> region = takeUp.getMap("byRegion.find { it.name == '" + REGION + "' }");
            assertThat(region).containsEntry("councils", 4).containsEntry("withCorporateChallenge", 1)
                    .containsEntry("percentage", 25.0f);
            assertThat(takeUp.getInt("councils.councils")).isEqualTo(sum(takeUp.getList("byType.councils")))
                    .isEqualTo(sum(takeUp.getList("byRegion.councils")));
            assertThat(takeUp.getInt("councils.withCorporateChallenge"))
                    .isEqualTo(sum(takeUp.getList("byRegion.withCorporateChallenge")));
        }

        @Test
        void anotherCorporateChallengeInTheCycleRaisesTheShareByOne() {
            hostedOnce();
            JsonPath before = given().get("/take-up").then().extract().jsonPath();
            String council = "E06000776";
            Register.council(council, "Later Host", "UA", "Test Region Take-up Later");
            JsonPath between = given().get("/take-up").then().extract().jsonPath();
            challenge(council, ChallengeKind.CORPORATE, LocalDate.of(2028, 11, 6));
            JsonPath after = given().get("/take-up").then().extract().jsonPath();

            assertThat(between.getInt("councils.councils")).isEqualTo(before.getInt("councils.councils") + 1);
            assertThat(after.getInt("councils.withCorporateChallenge"))
                    .isEqualTo(between.getInt("councils.withCorporateChallenge") + 1);
            assertThat(after.getInt("byType.find { it.name == 'UA' }.withCorporateChallenge"))
                    .isEqualTo(between.getInt("byType.find { it.name == 'UA' }.withCorporateChallenge") + 1);
        }

        @Test
        void namesNoCouncilAndSaysHowPeerDaysAreCounted() {
            String body = given().get("/take-up").then().statusCode(200)
                    .body("peerDays.given", notNullValue())
                    .body("peerDays.received", notNullValue())
                    .body("peerDays.note", containsString("accepted team seat"))
                    .extract().asString();
            assertThat(body).doesNotContain(HOSTED).doesNotContain("Hosting Unitary");
        }

        @Test
        void mayNotReadOneCouncilsTakeUp() {
            given().get("/take-up/councils/" + HOSTED).then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "officer.hosted", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = HOSTED))
    class OwnCouncilOfficer {

        @Test
        void mayNotReadTheirOwnCouncilsTakeUp() {
            given().get("/take-up/councils/" + HOSTED).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void mayNotReadOneCouncilsTakeUp() {
            given().get("/take-up/councils/" + HOSTED).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void readsOneCouncilsCorporateChallengesNewestFirst() {
            hostedOnce();

            given().get("/take-up/councils/" + HOSTED).then().statusCode(200)
                    .body("code", equalTo(HOSTED))
                    .body("name", equalTo("Hosting Unitary"))
                    .body("region", equalTo(REGION))
                    .body("corporateChallengeInCycle", equalTo(true))
                    .body("corporateChallenges.startsOn", contains("2026-10-05"))
                    .body("corporateChallenges[0].leadHost", equalTo(true))
                    .body("peerDays.given", equalTo(0))
                    .body("peerDays.received", equalTo(0));
            given().get("/take-up/councils/" + LAST_CYCLE).then().statusCode(200)
                    .body("corporateChallengeInCycle", equalTo(false))
                    .body("corporateChallenges.startsOn", contains("2025-09-01"));
        }

        @Test
        void peerDaysCountEachAcceptedSeatForTheDaysOnSiteGivenByTheHomeAndReceivedByTheLeadHost() {
            String host = "E06000777";
            String giver = "E06000778";
            Register.council(host, "Receiving Unitary", "UA", "Test Region Take-up Days");
            Register.council(giver, "Giving Unitary", "UA", "Test Region Take-up Days");
            challenge(host, ChallengeKind.CORPORATE, LocalDate.of(2026, 5, 11));
            long challenge = Register.hostedChallenges(host).get(0);
            acceptedSeat(challenge, 1, giver, "ACCEPTED");
            acceptedSeat(challenge, 2, giver, "ACCEPTED");
            acceptedSeat(challenge, 3, null, "ACCEPTED");
            acceptedSeat(challenge, 4, giver, "DECLINED");

            given().get("/take-up/councils/" + giver).then().statusCode(200)
                    .body("peerDays.given", equalTo(8))
                    .body("peerDays.received", equalTo(0));
            given().get("/take-up/councils/" + host).then().statusCode(200)
                    .body("peerDays.given", equalTo(0))
                    .body("peerDays.received", equalTo(12));
        }

        @Test
        void anUnknownCouncilIsNotFoundAndAMalformedCodeABadRequest() {
            given().get("/take-up/councils/E06000799").then().statusCode(404).contentType("application/problem+json");
            given().get("/take-up/councils/leeds").then().statusCode(400).body("errors[0].field", equalTo("gssCode"));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsOneCouncilsTakeUp() {
            Register.councils();
            given().get("/take-up/councils/" + LEEDS).then().statusCode(200).body("code", equalTo(LEEDS));
        }
    }

    /** Only HOSTED of the region's existing English councils hosts a corporate challenge starting in this cycle. */
    private static void hostedOnce() {
        if (Register.hosts(HOSTED) == 0) {
            challenge(HOSTED, ChallengeKind.CORPORATE, LocalDate.of(2026, 10, 5));
            challenge(SUBJECT_ONLY, ChallengeKind.SUBJECT_SPECIFIC, LocalDate.of(2026, 9, 7));
            challenge(LAST_CYCLE, ChallengeKind.CORPORATE, LocalDate.of(2025, 9, 1));
            challenge(ABOLISHED, ChallengeKind.CORPORATE, LocalDate.of(2022, 9, 1));
            challenge(WELSH, ChallengeKind.CORPORATE, LocalDate.of(2026, 11, 2));
        }
    }

    /**
     * A seat of the challenge's team taken by a peer from {@code home} (an expert, with none, when null), written
     * straight into the peers feature's tables: what a confirmed proposal and the peer's answer leave behind.
     */
    private static void acceptedSeat(long challenge, int seat, String home, String status) {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = PeerChallenge.getEntityManager();
            Number peer = (Number) em.createNativeQuery("""
                            INSERT INTO peer (name, kind, expert_sector, political_group, home_organisation, created_at, updated_at)
                            VALUES (:name, :kind, :sector, :grp, :home, now(), now()) RETURNING id""")
                    .setParameter("name", "Seat " + seat + " of " + challenge)
                    .setParameter("kind", home == null ? "EXPERT" : "MEMBER")
                    .setParameter("sector", home == null ? "BUSINESS" : null)
                    .setParameter("grp", home == null ? null : "Labour")
                    .setParameter("home", home)
                    .getSingleResult();
            Number proposal = (Number) em.createNativeQuery("""
                            INSERT INTO team_proposal (challenge_id, status, team_size, candidates_considered, eligible, score,
                                                       proposed_by, proposed_at, confirmed_by, confirmed_at)
                            VALUES (:challenge, 'CONFIRMED', 4, 4, 4, 0, 'manager', now(), 'manager', now()) RETURNING id""")
                    .setParameter("challenge", challenge)
                    .getSingleResult();
            em.createNativeQuery("""
                            INSERT INTO team_seat (challenge_id, seat_no, peer_id, role, status, proposal_id, invited_at, answered_at)
                            VALUES (:challenge, :seat, :peer, :role, :status, :proposal, now(), now())""")
                    .setParameter("challenge", challenge).setParameter("seat", seat)
                    .setParameter("peer", peer.longValue()).setParameter("role", home == null ? "EXPERT" : "MEMBER_PEER")
                    .setParameter("status", status).setParameter("proposal", proposal.longValue())
                    .executeUpdate();
        });
    }

    private static int sum(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).sum();
    }
}
