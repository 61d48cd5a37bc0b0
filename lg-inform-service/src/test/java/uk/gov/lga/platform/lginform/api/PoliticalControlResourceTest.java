package uk.gov.lga.platform.lginform.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.PoliticalControlChanged;
import uk.gov.lga.platform.lginform.Fixtures;

import java.time.LocalDate;
import java.time.ZoneOffset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.ADUR;
import static uk.gov.lga.platform.lginform.Fixtures.ARUN;
import static uk.gov.lga.platform.lginform.Fixtures.ASHFIELD;
import static uk.gov.lga.platform.lginform.Fixtures.BASILDON;
import static uk.gov.lga.platform.lginform.Fixtures.BASSETLAW;
import static uk.gov.lga.platform.lginform.Fixtures.CUMBRIA;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.NO_COUNCIL;
import static uk.gov.lga.platform.lginform.Fixtures.events;
import static uk.gov.lga.platform.lginform.Fixtures.latestEvent;

/** Political control, by caller: anyone reads it, only a platform admin records it. Each test has a council of its own. */
@QuarkusTest
class PoliticalControlResourceTest {

    static final String CHANGED = PoliticalControlChanged.TYPE;
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void firstRecordThenAChangeArePublishedWithTheControlTheyFollow() {
            long before = events(CHANGED, ADUR);
            put(ADUR, "Conservative", "Conservative", "2023-05-05", true).statusCode(200)
                    .body("gssCode", equalTo(ADUR))
                    .body("current.control", equalTo("Conservative"))
                    .body("current.previousControl", nullValue())
                    .body("current.synthetic", equalTo(true));
            Fixtures.Recorded first = latestEvent(CHANGED, ADUR);
            assertThat(first.topic()).isEqualTo("lginform.councils");
            assertThat(first.envelope().dataAs(PoliticalControlChanged.class)).isEqualTo(new PoliticalControlChanged(ADUR,
                    "Conservative", "Conservative", LocalDate.parse("2023-05-05"), null, true));

            String changedOn = TODAY.minusDays(40).toString();
            put(ADUR, "NO_OVERALL_CONTROL", "Labour", changedOn, true).statusCode(200)
                    .body("current.control", equalTo("NO_OVERALL_CONTROL"))
                    .body("current.previousControl", equalTo("Conservative"))
                    .body("history.effectiveFrom", contains(changedOn, "2023-05-05"))
                    .body("history[1].effectiveUntil", equalTo(TODAY.minusDays(41).toString()));

            assertThat(events(CHANGED, ADUR)).isEqualTo(before + 2);
            PoliticalControlChanged change = latestEvent(CHANGED, ADUR).envelope().dataAs(PoliticalControlChanged.class);
            assertThat(change.previousControl()).isEqualTo("Conservative");
            assertThat(change.isChange()).isTrue();
            assertThat(change.effectiveFrom()).isEqualTo(LocalDate.parse(changedOn));
        }

        @Test
        void theSameRecordAgainChangesNothingAndPublishesNothing() {
            put(ARUN, "Liberal Democrat", null, "2024-05-02", false).statusCode(200);
            long before = events(CHANGED, ARUN);

            put(ARUN, "Liberal Democrat", null, "2024-05-02", false).statusCode(200).body("history", hasSize(1));

            assertThat(events(CHANGED, ARUN)).isEqualTo(before);
        }

        @Test
        void aRecordOnTheCurrentRecordsDayCorrectsIt() {
            put(ASHFIELD, "Labour", "Labour", "2021-05-06", false).statusCode(200);
            put(ASHFIELD, "Independent", "Independent", "2023-05-04", false).statusCode(200);

            put(ASHFIELD, "Ashfield Independents", "Ashfield Independents", "2023-05-04", false).statusCode(200)
                    .body("history", hasSize(2))
                    .body("current.control", equalTo("Ashfield Independents"))
                    .body("current.previousControl", equalTo("Labour"));
        }

        @Test
        void aRecordBeforeTheCurrentOneIsAConflict() {
            put(BASSETLAW, "Labour", "Labour", "2021-05-06", false).statusCode(200);
            put(BASSETLAW, "Independent", "Independent", "2023-05-04", false).statusCode(200);

            put(BASSETLAW, "Conservative", null, "2022-01-01", false).statusCode(409)
                    .body("detail", containsString("recorded in order"));
        }

        @Test
        void aDayInTheFutureOrOutsideTheCouncilsLifeIsNamed() {
            put(BASILDON, "Conservative", null, TODAY.plusDays(1).toString(), false).statusCode(422)
                    .body("errors[0].field", equalTo("effectiveFrom"));
            put(CUMBRIA, "Labour", null, "2023-05-04", false).statusCode(422)
                    .body("errors[0].field", equalTo("effectiveFrom"))
                    .body("errors[0].message", equalTo("council E10000006 did not exist on 2023-05-04: it existed until 2023-03-31"));
        }

        @Test
        void aControlThatIsNoPartysNameIsNamed() {
            given().contentType(ContentType.JSON).body("{\"control\": \"<script>\", \"effectiveFrom\": \"2024-05-02\"}")
                    .when().put(path(BASILDON)).then().statusCode(400)
                    .body("errors[0].field", equalTo("control"));
        }

        @Test
        void unknownCouncilIsA404() {
            put(NO_COUNCIL, "Labour", null, "2024-05-02", false).statusCode(404);
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class CouncilOfficer {

        @Test
        void anOfficerMayNotRecordEvenTheirOwnCouncilsControl() {
            put(LEEDS, "Labour", "Labour", "2024-05-02", false).statusCode(403);
        }

        @Test
        void anOfficerReadsIt() {
            given().when().get(path(LEEDS)).then().statusCode(200).body("gssCode", equalTo(LEEDS));
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void aChallengeManagerMayNotRecordIt() {
            put(LEEDS, "Labour", "Labour", "2024-05-02", false).statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void aClubMayNotRecordIt() {
            put(LEEDS, "Labour", "Labour", "2024-05-02", false).statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerMayNotRecordIt() {
            put(LEEDS, "Labour", "Labour", "2024-05-02", false).statusCode(401);
        }

        @Test
        void anonymousCallerReadsACouncilWithNoRecordAsEmpty() {
            given().when().get(path(CUMBRIA)).then().statusCode(200)
                    .body("name", equalTo("Cumbria"))
                    .body("current", nullValue())
                    .body("history", hasSize(0));
        }

        @Test
        void unknownCouncilIsA404() {
            given().when().get(path(NO_COUNCIL)).then().statusCode(404);
        }
    }

    private static ValidatableResponse put(String council, String control, String leader, String from, boolean synthetic) {
        String body = "{\"control\": \"" + control + "\", " + (leader == null ? "" : "\"leaderParty\": \"" + leader + "\", ")
                + "\"effectiveFrom\": \"" + from + "\", \"synthetic\": " + synthetic + "}";
        return given().contentType(ContentType.JSON).body(body).when().put(path(council)).then();
    }

    private static String path(String council) {
        return "/councils/" + council + "/political-control";
    }
}
