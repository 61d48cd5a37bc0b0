package uk.gov.lga.platform.radar.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.radar.domain.ReadAudit;
import uk.gov.lga.platform.radar.domain.SignalService;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.lga.platform.radar.RadarEvents.dataReturn;

@QuarkusTest
class SignalResourceTest {

    static final String WIGAN = "E08000010";

    @Inject
    SignalService signals;

    @BeforeEach
    void wiganHasASignal() {
        if (QuarkusTransaction.requiringNew().call(() -> uk.gov.lga.platform.radar.domain.Signal.count("councilCode", WIGAN)) == 0) {
            signals.recordDataReturn(dataReturn(WIGAN, "2024/25"));
        }
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystSeesTheSignals() {
        given().when().get("/councils/" + WIGAN + "/signals")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("DATA_RETURN"))
                .body("[0].period", equalTo("2024/25"));
    }

    @Test
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    void lgaAdviserSeesTheSignals() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void everyReadIsAudited() {
        long before = audits("analyst");
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(200);
        assertThat(audits("analyst")).isEqualTo(before + 1);
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.wigan", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = WIGAN))
    void councilOfficerCannotSeeEvenTheirOwnCouncilsRadar() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E08000035"))
    void anotherCouncilsOfficerIsForbidden() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "manager", roles = "challenge-manager")
    void challengeManagerIsForbidden() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "peer.one", roles = "peer")
    void peerIsForbidden() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "club", roles = "benchmarking-club")
    void benchmarkingClubIsForbidden() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "platform-admin")
    void platformAdminIsForbidden() {
        given().when().get("/councils/" + WIGAN + "/signals").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void codeThatIsNotAGssCodeIsABadRequest() {
        given().when().get("/councils/leeds/signals").then().statusCode(400)
                .body("errors[0].field", equalTo("gssCode"));
    }

    private static long audits(String reader) {
        return QuarkusTransaction.requiringNew().call(() -> ReadAudit.count("reader", reader));
    }
}
