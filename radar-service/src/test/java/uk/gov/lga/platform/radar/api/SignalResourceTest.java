package uk.gov.lga.platform.radar.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.radar.domain.signals.SignalService;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.lga.platform.radar.Fixtures.LEEDS;
import static uk.gov.lga.platform.radar.Fixtures.WIGAN;
import static uk.gov.lga.platform.radar.Fixtures.dataReturn;
import static uk.gov.lga.platform.radar.Fixtures.readsBy;
import static uk.gov.lga.platform.radar.Fixtures.signalsOf;

@QuarkusTest
class SignalResourceTest {

    @Inject
    SignalService signals;

    @BeforeEach
    void wiganHasASignal() {
        if (signalsOf(WIGAN) == 0) {
            signals.recordDataReturn(dataReturn(WIGAN, "2024/25"));
        }
    }

    @Nested
    class Anonymous {

        @Test
        void isUnauthorized() {
            signalsOfWigan().then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void seesTheSignals() {
            signalsOfWigan().then().statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].kind", equalTo("DATA_RETURN"))
                    .body("[0].period", equalTo("2024/25"));
        }

        @Test
        void everyReadIsAudited() {
            long before = readsBy("analyst");
            signalsOfWigan().then().statusCode(200);
            assertThat(readsBy("analyst")).isEqualTo(before + 1);
        }

        @Test
        void codeThatIsNotAGssCodeIsABadRequest() {
            given().when().get("/councils/leeds/signals").then().statusCode(400)
                    .body("errors[0].field", equalTo("gssCode"));
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void seesTheSignals() {
            signalsOfWigan().then().statusCode(200).body("", hasSize(1));
        }
    }

    @Nested
    @TestSecurity(user = "officer.wigan", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = WIGAN))
    class OwnCouncilOfficer {

        @Test
        void cannotSeeEvenTheirOwnCouncilsRadar() {
            signalsOfWigan().then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class AnotherCouncilsOfficer {

        @Test
        void isForbidden() {
            signalsOfWigan().then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void isForbidden() {
            signalsOfWigan().then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void isForbidden() {
            signalsOfWigan().then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "club", roles = "benchmarking-club")
    class BenchmarkingClub {

        @Test
        void isForbidden() {
            signalsOfWigan().then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void isForbidden() {
            signalsOfWigan().then().statusCode(403);
        }
    }

    private static Response signalsOfWigan() {
        return given().when().get("/councils/" + WIGAN + "/signals");
    }
}
