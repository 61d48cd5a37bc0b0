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
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.peerchallenge.Fixtures.Register;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.support.ids.GssCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
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
    static final String USE_TWO_DAYS = "{\"days\": 2, \"usedOn\": \"2026-06-10\", "
            + "\"reason\": \"Two days of mentoring for the new leader.\"}";
    /** A well-formed code no council has. */
    static final String UNKNOWN = "E06000799";
    static final String OWN_OFFICER_COUNCIL = "E06000780";
    /** A council with an entry in its ledger, read by the role tests (the councils above keep an untouched ledger). */
    static final String LEDGERED = "E06000787";

    @Inject
    TestClock clock;

    @BeforeEach
    void midSummer2026() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        Register.councils();
    }

    @Nested
    class Anonymous {

        @Test
        void isUnauthorized() {
            offer(LEEDS).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"));
        }

        @Test
        void isUnauthorizedForTheEntriesAndEveryRecording() {
            entries(LEEDS, "").then().statusCode(401).contentType("application/problem+json");
            useMemberSupport(LEEDS, USE_TWO_DAYS).then().statusCode(401).contentType("application/problem+json");
            useScrutinySupport(LEEDS, USE_TWO_DAYS).then().statusCode(401).contentType("application/problem+json");
            takePlace(LEEDS, "2026/27").then().statusCode(401).contentType("application/problem+json");
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

        @Test
        @TestSecurity(user = "officer.own", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = OWN_OFFICER_COUNCIL))
        void readsTheirOwnLedgerWithWhoWhenWhyAndSource() {
            Register.council(OWN_OFFICER_COUNCIL, "Own Officer Unitary", "UA", "Test Region Offer");
            grantMemberSupport(OWN_OFFICER_COUNCIL, LocalDate.of(2026, 5, 8));

            entries(OWN_OFFICER_COUNCIL, "").then().statusCode(200)
                    .body("items", hasSize(1))
                    .rootPath("items[0]")
                    .body("organisationCode", equalTo(OWN_OFFICER_COUNCIL))
                    .body("entitlement", equalTo("MEMBER_PEER_SUPPORT"))
                    .body("movement", equalTo("GRANT"))
                    .body("quantity", equalTo(5))
                    .body("expiresOn", equalTo("2027-05-08"))
                    .body("recordedBy", equalTo("system:fixtures"))
                    .body("recordedAt", notNullValue())
                    .body("reason", containsString("2026-05-08"))
                    .body("sourceEventId", notNullValue());
        }

        @Test
        @TestSecurity(user = "officer.own", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = OWN_OFFICER_COUNCIL))
        void mayNotRecordUsesOrPlacesForTheirOwnCouncil() {
            Register.council(OWN_OFFICER_COUNCIL, "Own Officer Unitary", "UA", "Test Region Offer");

            useMemberSupport(OWN_OFFICER_COUNCIL, USE_TWO_DAYS).then().statusCode(403).contentType("application/problem+json");
            takePlace(OWN_OFFICER_COUNCIL, "2026/27").then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        @TestSecurity(user = "officer.gone", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = UNKNOWN))
        void anOfficerOfACouncilTheRegisterDoesNotKnowFindsNoOffer() {
            offer(UNKNOWN).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString(UNKNOWN));
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

        @Test
        void isForbiddenTheOtherCouncilsEntriesAndEachEntry() {
            long entry = firstEntryOf(LEDGERED);
            entries(LEDGERED, "").then().statusCode(403).contentType("application/problem+json");
            given().get("/councils/" + LEDGERED + "/offer/entries/" + entry).then().statusCode(403)
                    .contentType("application/problem+json");
        }

        @Test
        void isForbiddenRatherThanToldWhetherAnUnknownCouncilExists() {
            offer(UNKNOWN).then().statusCode(403);
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

        @Test
        void anUnknownOrganisationIsNotFoundOnEveryOfferEndpoint() {
            offer(UNKNOWN).then().statusCode(404).contentType("application/problem+json");
            entries(UNKNOWN, "").then().statusCode(404).contentType("application/problem+json");
            given().get("/councils/" + UNKNOWN + "/offer/entries/1").then().statusCode(404);
            useMemberSupport(UNKNOWN, USE_TWO_DAYS).then().statusCode(404).contentType("application/problem+json");
            useScrutinySupport(UNKNOWN, USE_TWO_DAYS).then().statusCode(404).contentType("application/problem+json");
            takePlace(UNKNOWN, "2026/27").then().statusCode(404).contentType("application/problem+json");
        }

        @Test
        void anEntryOfAnotherCouncilIsNotFoundUnderThisOne() {
            long entry = firstEntryOf(LEDGERED);
            given().get("/councils/" + YORK + "/offer/entries/" + entry).then().statusCode(404);
            given().get("/councils/" + LEDGERED + "/offer/entries/" + entry).then().statusCode(200)
                    .body("id", equalTo((int) entry));
        }

        @Test
        void pagesOfEntriesRunNewestFirstWithoutRepeatsOrGaps() {
            String council = "E06000781";
            Register.council(council, "Paged Unitary", "UA", "Test Region Offer");
            for (int year = 2020; year <= 2026; year++) {
                place(council, year + "/" + (year + 1 - 2000), "Delegate " + year);
            }
            List<Integer> all = entries(council, "?limit=100").then().statusCode(200).extract().path("items.id");
            assertThat(all).hasSize(14).isSortedAccordingTo(Comparator.reverseOrder());

            List<Integer> paged = new ArrayList<>();
            String after = "";
            do {
                Response page = entries(council, "?limit=4" + after);
                page.then().statusCode(200).body("items.size()", lessThanOrEqualTo(4));
                paged.addAll(page.path("items.id"));
                String next = page.path("next");
                after = next == null ? null : "&after=" + next;
            } while (after != null);
            assertThat(paged).isEqualTo(all);
        }

        @Test
        void entriesCanBeOfOneEntitlement() {
            String council = "E06000782";
            Register.council(council, "Filtered Unitary", "UA", "Test Region Offer");
            place(council, "2026/27", "Jo Bloggs");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));

            entries(council, "?entitlement=MEMBER_PEER_SUPPORT").then().statusCode(200)
                    .body("items.entitlement", contains("MEMBER_PEER_SUPPORT"));
            entries(council, "?entitlement=PLACES").then().statusCode(400)
                    .body("errors[0].field", containsString("entitlement"));
            entries(council, "?after=0").then().statusCode(400);
            entries(council, "?limit=501").then().statusCode(400);
        }

        @Test
        void mayNotRecordLeadershipPlacesForAYearOutsideTheOffer() {
            takePlace(LEEDS, "2029/30").then().statusCode(422)
                    .body("errors[0].field", equalTo("financialYear"));
            takePlace(LEEDS, "2010/11").then().statusCode(422);
            takePlace(LEEDS, "2026/28").then().statusCode(422);
            given().contentType("application/json").body("{\"financialYear\": \"26/27\", \"delegateName\": \"Jo\"}")
                    .post("/councils/" + LEEDS + "/offer/leadership-places").then().statusCode(400)
                    .body("errors[0].field", containsString("financialYear"));
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsAnyCouncilsOffer() {
            offer(YORK).then().statusCode(200).body("councilCode", equalTo(YORK));
        }

        @Test
        void readsAnyCouncilsEntriesButRecordsNothing() {
            long entry = firstEntryOf(LEDGERED);
            entries(LEDGERED, "").then().statusCode(200).body("items.id", hasItem((int) entry));
            useMemberSupport(LEEDS, USE_TWO_DAYS).then().statusCode(403);
            takePlace(LEEDS, "2026/27").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void readsAnyCouncilsOffer() {
            offer(KENT).then().statusCode(200).body("councilCode", equalTo(KENT));
        }

        @Test
        void recordsALeadershipPlaceButNotSupportDays() {
            String council = "E06000783";
            Register.council(council, "Admin Unitary", "UA", "Test Region Offer");

            takePlace(council, "2026/27").then().statusCode(201)
                    .header("Location", endsWith("/councils/" + council + "/offer/entries/" + entriesOf(council).get(0)))
                    .body("entitlement", equalTo("LEADERSHIP_PROGRAMME_PLACE"))
                    .body("movement", equalTo("USE"))
                    .body("financialYear", equalTo("2026/27"))
                    .body("recordedBy", equalTo("admin"));
            useMemberSupport(council, USE_TWO_DAYS).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        void isForbiddenTheEntriesAndEveryRecording() {
            entries(LEEDS, "").then().statusCode(403).contentType("application/problem+json");
            useMemberSupport(LEEDS, USE_TWO_DAYS).then().statusCode(403);
            takePlace(LEEDS, "2026/27").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        void isForbiddenTheEntries() {
            entries(LEEDS, "").then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void isForbidden() {
            offer(LEEDS).then().statusCode(403).contentType("application/problem+json");
        }

        @Test
        void isForbiddenTheEntries() {
            entries(LEEDS, "").then().statusCode(403).contentType("application/problem+json");
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

        @Test
        void everyEntitlementCarriesItsBalanceFromTheLedger() {
            challenge(MANCHESTER, ChallengeKind.CORPORATE, LocalDate.of(2026, 10, 5));

            offer(MANCHESTER).then().statusCode(200)
                    .rootPath(CORPORATE + ".balance")
                    .body("granted", equalTo(1)).body("used", equalTo(1)).body("released", equalTo(0))
                    .body("expired", equalTo(0)).body("available", equalTo(0))
                    .rootPath(LEADERSHIP + ".balance")
                    .body("granted", equalTo(3)).body("available", equalTo(3))
                    .rootPath(MEMBER_SUPPORT + ".balance")
                    .body("granted", equalTo(0)).body("available", equalTo(0))
                    .rootPath(SCRUTINY + ".balance")
                    .body("granted", equalTo(0)).body("available", equalTo(0));
        }

        @Test
        void aPlaceTakenThroughTheApiIsUsedInTheOfferAndASecondIsAConflict() {
            String council = "E06000784";
            Register.council(council, "Places Unitary", "UA", "Test Region Offer");

            takePlace(council, "2027/28").then().statusCode(201).body("recordedBy", equalTo("manager"));
            takePlace(council, "2027/28").then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("One subsidised leadership-programme place per council per financial year"));
            offer(council).then().statusCode(200)
                    .body(LEADERSHIP + ".years.status", contains("AVAILABLE", "USED", "AVAILABLE"));
        }

        @Test
        void theChargesOfTheCyclesSubjectSpecificChallengesAreListed() {
            String council = "E06000785";
            Register.council(council, "Charged Unitary", "UA", "Test Region Offer");
            Ledger.topic("Planning", "7500.00", true);
            long challenge = Ledger.challengeOf(council, ChallengeKind.SUBJECT_SPECIFIC);
            Ledger.inTransaction(l -> {
                l.chargeSubjectSpecific(GssCode.of(council), challenge, "Planning", new BigDecimal("8000"), Ledger.FIXTURES);
                return null;
            });

            offer(council).then().statusCode(200)
                    .body("charges", hasSize(1))
                    .body("charges[0].challengeId", equalTo((int) challenge))
                    .body("charges[0].topic", equalTo("Planning"))
                    .body("charges[0].amount", equalTo(8000.00f))
                    .body("charges[0].chargedOn", equalTo("2026-06-15"))
                    .body("entitlements.kind", not(hasItem("SUBJECT_SPECIFIC_CHALLENGE")));
        }

        @Test
        void aFindingOfWeakMemberChallengeMakesScrutinySupportAvailable() {
            String council = "E06000786";
            Register.council(council, "Scrutiny Unitary", "UA", "Test Region Offer");
            long challenge = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            Ledger.inTransaction(l -> {
                l.grantScrutinySupport(GssCode.of(council), challenge, LocalDate.of(2026, 6, 12), null);
                return null;
            });

            offer(council).then().statusCode(200)
                    .rootPath(SCRUTINY)
                    .body("status", equalTo("AVAILABLE"))
                    .body("days", equalTo(6))
                    .body("balance.available", equalTo(6))
                    .body("balance.expiresOn", nullValue())
                    .body("note", containsString("member challenge of performance weak"));
            useScrutinySupport(council, "{\"days\": 2, \"usedOn\": \"2026-06-14\", \"reason\": \"Scrutiny review.\"}")
                    .then().statusCode(201)
                    .body("entitlement", equalTo("SCRUTINY_SUPPORT"))
                    .body("balance.available", equalTo(4));
        }
    }

    /** Member peer support through the API, recorded by a challenge manager, with the days going by. */
    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class MemberPeerSupport {

        @Test
        void aChangeOfControlMakesFiveDaysAvailableForTwelveMonths() {
            String council = council("E06000790");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));

            offer(council).then().statusCode(200)
                    .rootPath(MEMBER_SUPPORT)
                    .body("status", equalTo("AVAILABLE"))
                    .body("days", equalTo(5))
                    .body("balance.granted", equalTo(5))
                    .body("balance.available", equalTo(5))
                    .body("balance.expiresOn", equalTo("2027-05-08"))
                    .body("note", containsString("political control"));
        }

        @Test
        void usedDaysComeOffTheBalanceAndTheAnswerSaysWhatIsLeft() {
            String council = council("E06000791");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));

            Response used = useMemberSupport(council, USE_TWO_DAYS);
            used.then().statusCode(201)
                    .header("Location", endsWith("/councils/" + council + "/offer/entries/" + entriesOf(council).get(0)))
                    .body("organisationCode", equalTo(council))
                    .body("entitlement", equalTo("MEMBER_PEER_SUPPORT"))
                    .body("days", equalTo(2))
                    .body("entries", hasSize(1))
                    .body("entries[0].movement", equalTo("USE"))
                    .body("entries[0].effectiveOn", equalTo("2026-06-10"))
                    .body("entries[0].recordedBy", equalTo("manager"))
                    .body("entries[0].reason", equalTo("Two days of mentoring for the new leader."))
                    .body("balance.used", equalTo(2))
                    .body("balance.available", equalTo(3));
            offer(council).then().body(MEMBER_SUPPORT + ".balance.available", equalTo(3));
        }

        @Test
        void moreDaysThanAreLeftIsAConflictNamingTheRuleAndStoresNothing() {
            String council = council("E06000792");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));

            useMemberSupport(council, "{\"days\": 6, \"reason\": \"Too many.\"}").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString("cannot be used beyond its balance"))
                    .body("detail", containsString("5 days left"));
            assertThat(entriesOf(council)).hasSize(1);
        }

        @Test
        void daysCannotBeUsedOnceTheirTwelveMonthsAreOver() {
            String council = council("E06000793");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));
            clock.setToday(LocalDate.of(2027, 5, 8));

            useMemberSupport(council, "{\"days\": 1, \"reason\": \"Too late.\"}").then().statusCode(409)
                    .body("detail", containsString("expired on 2027-05-08"));
            offer(council).then().rootPath(MEMBER_SUPPORT)
                    .body("status", equalTo("EXPIRED"))
                    .body("balance.expired", equalTo(5))
                    .body("balance.available", equalTo(0));
        }

        @Test
        void aCouncilWhoseControlNeverChangedHasNoDaysToUse() {
            useMemberSupport(council("E06000794"), USE_TWO_DAYS).then().statusCode(409)
                    .body("detail", containsString("must be granted before it is used"));
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyUsesTheDaysOnce() {
            String council = council("E06000795");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));

            Response first = useMemberSupport(council, USE_TWO_DAYS, "use-2026-06-10");
            Response retry = useMemberSupport(council, USE_TWO_DAYS, "use-2026-06-10");

            first.then().statusCode(201);
            retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                    .header("Location", equalTo(first.header("Location")));
            assertThat(entriesOf(council)).hasSize(2);
            offer(council).then().body(MEMBER_SUPPORT + ".balance.available", equalTo(3));
            useMemberSupport(council, "{\"days\": 1, \"reason\": \"Another.\"}", "use-2026-06-10").then().statusCode(422);
        }

        @Test
        void badInputIsABadRequestNamingEachFieldAndStoresNothing() {
            String council = council("E06000796");
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));

            useMemberSupport(council, "{\"days\": 0}").then().statusCode(400)
                    .body("errors.field", hasItems(containsString("days"), containsString("reason")));
            useMemberSupport(council, "{\"days\": \"two\", \"reason\": \"x\"}").then().statusCode(400)
                    .body("errors[0].field", containsString("days"));
            useMemberSupport(council, "{\"days\": 1, \"reason\": \"x\", \"usedOn\": \"2026-06-16\"}").then()
                    .statusCode(422).body("errors[0].field", equalTo("usedOn"));
            for (String reason : new String[]{"", "   ", "\t\n "}) {
                useMemberSupport(council, "{\"days\": 1, \"reason\": " + json(reason) + "}").then().statusCode(400);
            }
            useMemberSupport(council, "{\"days\": 1, \"reason\": " + json("x".repeat(501)) + "}").then().statusCode(400);
            assertThat(entriesOf(council)).hasSize(1);
        }

        private String council(String code) {
            Register.council(code, "Support Unitary " + code, "UA", "Test Region Offer");
            return code;
        }
    }

    private static Response offer(String council) {
        return given().when().get("/councils/" + council + "/offer");
    }

    private static Response entries(String council, String query) {
        return given().when().get("/councils/" + council + "/offer/entries" + query);
    }

    private static Response useMemberSupport(String council, String body) {
        return useMemberSupport(council, body, null);
    }

    private static Response useMemberSupport(String council, String body, String idempotencyKey) {
        var request = given().contentType("application/json").body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/councils/" + council + "/offer/member-peer-support/uses");
    }

    private static Response useScrutinySupport(String council, String body) {
        return given().contentType("application/json").body(body).post("/councils/" + council + "/offer/scrutiny-support/uses");
    }

    private static Response takePlace(String council, String financialYear) {
        return given().contentType("application/json")
                .body("{\"financialYear\": \"" + financialYear + "\", \"delegateName\": \"Jo Bloggs\"}")
                .post("/councils/" + council + "/offer/leadership-places");
    }

    private static void grantMemberSupport(String council, LocalDate changedOn) {
        Ledger.inTransaction(l -> l.grantMemberPeerSupport(GssCode.of(council), changedOn, UUID.randomUUID(),
                "Political control changed from Labour to Conservative on " + changedOn + ".", Ledger.FIXTURES));
    }

    /** The council's entry ids, newest first. */
    private static List<Long> entriesOf(String council) {
        return Ledger.entries(council).stream().map(e -> e.id).sorted(Comparator.reverseOrder()).toList();
    }

    /** The council's first entry: a grant of member peer support, made when it has none yet. */
    private static long firstEntryOf(String council) {
        Register.council(council, "Ledgered Unitary", "UA", "Test Region Offer");
        if (Ledger.entries(council).isEmpty()) {
            grantMemberSupport(council, LocalDate.of(2026, 5, 8));
        }
        return Ledger.entries(council).get(0).id;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                .replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }
}
