package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.LeadershipPlace;
import uk.gov.lga.platform.peerchallenge.domain.PeerChallenge;

import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class OfferResourceTest {

    static final String LEEDS = "E08000035";
    static final String YORK = "E06000014";
    static final String KENT = "E10000016";
    static final String BRISTOL = "E06000023";
    static final String CORNWALL = "E06000052";
    static final String MANCHESTER = "E08000003";
    static final String CARDIFF = "W06000015";
    static final String SHEFFIELD = "E08000019";

    static final String CORPORATE = "entitlements.find { it.kind == 'FREE_CORPORATE_PEER_CHALLENGE' }";
    static final String LEADERSHIP = "entitlements.find { it.kind == 'LEADERSHIP_PROGRAMME_PLACE' }";
    static final String MEMBER_SUPPORT = "entitlements.find { it.kind == 'MEMBER_PEER_SUPPORT' }";
    static final String SCRUTINY = "entitlements.find { it.kind == 'SCRUTINY_SUPPORT' }";

    @Inject
    TestClock clock;

    @BeforeEach
    void midSummer2026() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        offer(LEEDS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void officerReadsTheirOwnCouncilsOffer() {
        offer(LEEDS).then().statusCode(200)
                .body("councilCode", equalTo(LEEDS))
                .body("cycle.start", equalTo("2026-04-01"))
                .body("cycle.end", equalTo("2029-03-31"))
                .body("entitlements.kind", contains("FREE_CORPORATE_PEER_CHALLENGE", "LEADERSHIP_PROGRAMME_PLACE",
                        "MEMBER_PEER_SUPPORT", "SCRUTINY_SUPPORT"))
                .body(CORPORATE + ".status", equalTo("AVAILABLE"))
                .body(CORPORATE + ".allowance", equalTo(1))
                .body(CORPORATE + ".used", equalTo(0))
                .body(CORPORATE + ".description", containsString("three-year cycle"))
                .body(LEADERSHIP + ".status", equalTo("AVAILABLE"))
                .body(LEADERSHIP + ".allowance", equalTo(3))
                .body(LEADERSHIP + ".used", equalTo(0))
                .body(LEADERSHIP + ".years.financialYear", contains("2026/27", "2027/28", "2028/29"))
                .body(LEADERSHIP + ".years.status", contains("AVAILABLE", "AVAILABLE", "AVAILABLE"))
                .body(MEMBER_SUPPORT + ".status", equalTo("NOT_ELIGIBLE"))
                .body(MEMBER_SUPPORT + ".days", equalTo(5))
                .body(MEMBER_SUPPORT + ".note", containsString("political control"))
                .body(SCRUTINY + ".status", equalTo("NOT_ELIGIBLE"))
                .body(SCRUTINY + ".days", equalTo(6))
                .body(SCRUTINY + ".note", containsString("member challenge of performance"));
    }

    @Test
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    void officerCannotReadAnotherCouncilsOffer() {
        offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.nowhere", roles = "council-officer")
    void officerWithoutACouncilClaimIsForbidden() {
        offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void challengeManagerReadsAnyCouncilsOffer() {
        offer(LEEDS).then().statusCode(200).body("councilCode", equalTo(LEEDS));
        offer(CARDIFF).then().statusCode(200).body("councilCode", equalTo(CARDIFF));
    }

    @Test
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    void lgaAdviserReadsAnyCouncilsOffer() {
        offer(YORK).then().statusCode(200).body("councilCode", equalTo(YORK));
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminReadsAnyCouncilsOffer() {
        offer(KENT).then().statusCode(200).body("councilCode", equalTo(KENT));
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void peerIsForbidden() {
        offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystIsForbidden() {
        offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "club", roles = "benchmarking-club")
    void benchmarkingClubIsForbidden() {
        offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void aCodeThatIsNotAGssCodeIsABadRequestNamingTheField() {
        for (String code : new String[]{"leeds", "E0800003", "e08000035", "X08000035"}) {
            offer(code).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("gssCode"));
        }
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void corporateChallengeStartingInTheCycleUsesTheFreeChallenge() {
        challenge(BRISTOL, ChallengeKind.CORPORATE, LocalDate.of(2027, 1, 12));

        offer(BRISTOL).then().statusCode(200)
                .body(CORPORATE + ".status", equalTo("USED"))
                .body(CORPORATE + ".used", equalTo(1))
                .body(CORPORATE + ".note", containsString("2027-01-12"));
        offer(MANCHESTER).then().statusCode(200).body(CORPORATE + ".status", equalTo("AVAILABLE"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void subjectSpecificOrUndatedOrEarlierChallengesLeaveTheFreeChallengeAvailable() {
        challenge(CORNWALL, ChallengeKind.SUBJECT_SPECIFIC, LocalDate.of(2026, 9, 1));
        challenge(CORNWALL, ChallengeKind.CORPORATE, null);
        challenge(CORNWALL, ChallengeKind.CORPORATE, LocalDate.of(2026, 3, 31));

        offer(CORNWALL).then().statusCode(200)
                .body(CORPORATE + ".status", equalTo("AVAILABLE"))
                .body(CORPORATE + ".used", equalTo(0))
                .body(CORPORATE + ".note", nullValue());
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void theFreeChallengeComesBackWhenTheNextCycleStartsOnTheFirstOfApril() {
        challenge(YORK, ChallengeKind.CORPORATE, LocalDate.of(2025, 10, 6));

        clock.setToday(LocalDate.of(2026, 3, 31));
        offer(YORK).then().statusCode(200)
                .body("cycle.start", equalTo("2023-04-01"))
                .body("cycle.end", equalTo("2026-03-31"))
                .body(CORPORATE + ".status", equalTo("USED"))
                .body(LEADERSHIP + ".years.financialYear", contains("2023/24", "2024/25", "2025/26"));

        clock.setToday(LocalDate.of(2026, 4, 1));
        offer(YORK).then().statusCode(200)
                .body("cycle.start", equalTo("2026-04-01"))
                .body("cycle.end", equalTo("2029-03-31"))
                .body(CORPORATE + ".status", equalTo("AVAILABLE"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void theCycleTurnsAtMidnightUkTimeNotUtc() {
        // 23:30 UTC on 31 March 2026 is already 00:30 on 1 April in the UK (British Summer Time).
        clock.setInstant(Instant.parse("2026-03-31T23:30:00Z"));
        offer(LEEDS).then().statusCode(200).body("cycle.start", equalTo("2026-04-01"));
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void leadershipPlacesAreReportedPerFinancialYearOfTheCycle() {
        place(KENT, "2025/26", "Alex Morgan");
        place(KENT, "2026/27", "Priya Shah");
        place(KENT, "2028/29", "Tom Evans");

        offer(KENT).then().statusCode(200)
                .body(LEADERSHIP + ".status", equalTo("AVAILABLE"))
                .body(LEADERSHIP + ".used", equalTo(2))
                .body(LEADERSHIP + ".years", hasSize(3))
                .body(LEADERSHIP + ".years.status", contains("USED", "AVAILABLE", "USED"));

        place(KENT, "2027/28", "Sam Okafor");
        offer(KENT).then().statusCode(200)
                .body(LEADERSHIP + ".status", equalTo("USED"))
                .body(LEADERSHIP + ".used", equalTo(3));
    }

    @Test
    @TestSecurity(user = "officer.sheffield", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = SHEFFIELD))
    void officerSeesTheirPlaceUsedButNotWhoTookIt() {
        place(SHEFFIELD, "2026/27", "Jo Bloggs");
        String body = offer(SHEFFIELD).then().statusCode(200)
                .body(LEADERSHIP + ".years[0].status", equalTo("USED"))
                .extract().asString();
        assertThat(body).doesNotContain("Jo Bloggs");
    }

    private static Response offer(String council) {
        return given().when().get("/councils/" + council + "/offer");
    }

    private static void challenge(String council, ChallengeKind kind, LocalDate startsOn) {
        QuarkusTransaction.requiringNew().run(() -> {
            PeerChallenge c = new PeerChallenge();
            c.councilCode = council;
            c.kind = kind;
            c.stage = startsOn == null ? ChallengeStage.ENQUIRY : ChallengeStage.ON_SITE;
            c.startsOn = startsOn;
            c.persist();
        });
    }

    private static void place(String council, String financialYear, String delegate) {
        QuarkusTransaction.requiringNew().run(() -> {
            LeadershipPlace p = new LeadershipPlace();
            p.councilCode = council;
            p.financialYear = financialYear;
            p.delegateName = delegate;
            p.persist();
        });
    }
}
