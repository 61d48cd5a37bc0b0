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
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;

import java.time.Instant;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.peerchallenge.Fixtures.BRISTOL;
import static uk.gov.lga.platform.peerchallenge.Fixtures.CARDIFF;
import static uk.gov.lga.platform.peerchallenge.Fixtures.CORNWALL;
import static uk.gov.lga.platform.peerchallenge.Fixtures.KENT;
import static uk.gov.lga.platform.peerchallenge.Fixtures.LEEDS;
import static uk.gov.lga.platform.peerchallenge.Fixtures.MANCHESTER;
import static uk.gov.lga.platform.peerchallenge.Fixtures.SHEFFIELD;
import static uk.gov.lga.platform.peerchallenge.Fixtures.YORK;
import static uk.gov.lga.platform.peerchallenge.Fixtures.challenge;
import static uk.gov.lga.platform.peerchallenge.Fixtures.place;

@QuarkusTest
class OfferResourceTest {

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

    @Nested
    class Anonymous {

        @Test
        void isUnauthorized() {
            offer(LEEDS).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
    }

    /** Two officers, each reading their own council, so the place one stores is not in the offer the other reads. */
    @Nested
    class OwnCouncilOfficer {

        @Test
        @TestSecurity(user = "officer.leeds", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
        void readsTheirOwnCouncilsOffer() {
            offer(LEEDS).then().statusCode(200)
                    .body("councilCode", equalTo(LEEDS))
                    .body("cycle.start", equalTo("2026-04-01"))
                    .body("cycle.end", equalTo("2029-03-31"))
                    .body("entitlements.kind", contains("FREE_CORPORATE_PEER_CHALLENGE", "LEADERSHIP_PROGRAMME_PLACE",
                            "MEMBER_PEER_SUPPORT", "SCRUTINY_SUPPORT"))
                    .rootPath(CORPORATE)
                    .body("status", equalTo("AVAILABLE"))
                    .body("allowance", equalTo(1))
                    .body("used", equalTo(0))
                    .body("description", containsString("three-year cycle"))
                    .rootPath(LEADERSHIP)
                    .body("status", equalTo("AVAILABLE"))
                    .body("allowance", equalTo(3))
                    .body("used", equalTo(0))
                    .body("years.financialYear", contains("2026/27", "2027/28", "2028/29"))
                    .body("years.status", contains("AVAILABLE", "AVAILABLE", "AVAILABLE"))
                    .rootPath(MEMBER_SUPPORT)
                    .body("status", equalTo("NOT_ELIGIBLE"))
                    .body("days", equalTo(5))
                    .body("note", containsString("political control"))
                    .rootPath(SCRUTINY)
                    .body("status", equalTo("NOT_ELIGIBLE"))
                    .body("days", equalTo(6))
                    .body("note", containsString("member challenge of performance"));
        }

        @Test
        @TestSecurity(user = "officer.sheffield", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = SHEFFIELD))
        void seesTheirPlaceUsedButNotWhoTookIt() {
            place(SHEFFIELD, "2026/27", "Jo Bloggs");
            String body = offer(SHEFFIELD).then().statusCode(200)
                    .body(LEADERSHIP + ".years[0].status", equalTo("USED"))
                    .extract().asString();
            assertThat(body).doesNotContain("Jo Bloggs");
        }
    }

    @Nested
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    class AnotherCouncilsOfficer {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "officer.nowhere", roles = "council-officer")
    class OfficerWithoutACouncilClaim {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void readsAnyCouncilsOffer() {
            offer(LEEDS).then().statusCode(200).body("councilCode", equalTo(LEEDS));
            offer(CARDIFF).then().statusCode(200).body("councilCode", equalTo(CARDIFF));
        }

        @Test
        void aCodeThatIsNotAGssCodeIsABadRequestNamingTheField() {
            for (String code : new String[]{"leeds", "E0800003", "e08000035", "X08000035"}) {
                offer(code).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("gssCode"));
            }
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsAnyCouncilsOffer() {
            offer(YORK).then().statusCode(200).body("councilCode", equalTo(YORK));
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsAnyCouncilsOffer() {
            offer(KENT).then().statusCode(200).body("councilCode", equalTo(KENT));
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }
    }

    /** What the entitlements say as challenges and places are recorded and the days go by, read by a challenge manager. */
    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class Entitlements {

        @Test
        void corporateChallengeStartingInTheCycleUsesTheFreeChallenge() {
            challenge(BRISTOL, ChallengeKind.CORPORATE, LocalDate.of(2027, 1, 12));

            offer(BRISTOL).then().statusCode(200)
                    .rootPath(CORPORATE)
                    .body("status", equalTo("USED"))
                    .body("used", equalTo(1))
                    .body("note", containsString("2027-01-12"));
            offer(MANCHESTER).then().statusCode(200).body(CORPORATE + ".status", equalTo("AVAILABLE"));
        }

        @Test
        void subjectSpecificOrUndatedOrEarlierChallengesLeaveTheFreeChallengeAvailable() {
            challenge(CORNWALL, ChallengeKind.SUBJECT_SPECIFIC, LocalDate.of(2026, 9, 1));
            challenge(CORNWALL, ChallengeKind.CORPORATE, null);
            challenge(CORNWALL, ChallengeKind.CORPORATE, LocalDate.of(2026, 3, 31));

            offer(CORNWALL).then().statusCode(200)
                    .rootPath(CORPORATE)
                    .body("status", equalTo("AVAILABLE"))
                    .body("used", equalTo(0))
                    .body("note", nullValue());
        }

        @Test
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
        void theCycleTurnsAtMidnightUkTimeNotUtc() {
            // 23:30 UTC on 31 March 2026 is already 00:30 on 1 April in the UK (British Summer Time).
            clock.setInstant(Instant.parse("2026-03-31T23:30:00Z"));
            offer(LEEDS).then().statusCode(200).body("cycle.start", equalTo("2026-04-01"));
        }

        @Test
        void leadershipPlacesAreReportedPerFinancialYearOfTheCycle() {
            place(KENT, "2025/26", "Alex Morgan");
            place(KENT, "2026/27", "Priya Shah");
            place(KENT, "2028/29", "Tom Evans");

            offer(KENT).then().statusCode(200)
                    .rootPath(LEADERSHIP)
                    .body("status", equalTo("AVAILABLE"))
                    .body("used", equalTo(2))
                    .body("years", hasSize(3))
                    .body("years.status", contains("USED", "AVAILABLE", "USED"));

            place(KENT, "2027/28", "Sam Okafor");
            offer(KENT).then().statusCode(200)
                    .rootPath(LEADERSHIP)
                    .body("status", equalTo("USED"))
                    .body("used", equalTo(3));
        }
    }

    private static Response offer(String council) {
        return given().when().get("/councils/" + council + "/offer");
    }
}
