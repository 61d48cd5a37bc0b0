package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Challenges;
import uk.gov.lga.platform.peerchallenge.LgInformStub;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.client.LgInformComparisons;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The data pack with LG Inform up (a stub on the configured port), answering nothing for a council, and down. */
@QuarkusTest
class DataPackResourceTest {

    static final LocalDate VISIT = LocalDate.of(2026, 5, 4);
    static final String HOST_OFFICER_COUNCIL = "E06000241";
    static final String OTHER = "E06000249";

    @Inject
    TestClock clock;

    @Inject
    CircuitBreakerMaintenance circuits;

    @ConfigProperty(name = "quarkus.rest-client.lg-inform.url")
    String lgInformUrl;

    LgInformStub lgInform;

    @BeforeEach
    void midJune() {
        clock.setToday(LocalDate.of(2026, 6, 15));
        Challenges.openCommonQuarters();
        circuits.resetAll();
    }

    @AfterEach
    void lgInformBackToDownAndItsCircuitClosed() {
        if (lgInform != null) {
            lgInform.stop();
            lgInform = null;
        }
        circuits.resetAll();
    }

    static long challengeOf(ChallengeKind kind, String... hosts) {
        return Challenges.at(ChallengeStage.POSITION_STATEMENT, VISIT, kind, hosts);
    }

    /** What LG Inform's comparison endpoint answers for a council, one metric. */
    static String comparisons(String council) {
        return """
                {"gssCode": "%1$s", "name": "Stubshire", "comparisons": [
                  {"metric": {"id": "household-waste-recycled", "title": "Household waste recycled", "unit": "PERCENT",
                              "polarity": "HIGH_IS_GOOD", "periodType": "FINANCIAL_YEAR"},
                   "period": "2024/25", "value": 44.1,
                   "group": {"id": "nearest-neighbours:%1$s", "name": "Nearest neighbours", "members": 16, "inGroup": true,
                             "count": 16, "missing": 0, "min": 30.2, "lowerQuartile": 38.2, "median": 41.5,
                             "upperQuartile": 45.0, "max": 52.3, "mean": 41.7, "mad": 3.1, "rank": 5, "outOf": 16,
                             "quartile": 2, "madDistance": 0.84, "band": "ABOVE", "bandText": "above the middle"},
                   "england": {"id": "all-england", "name": "England", "members": 296, "inGroup": true, "count": 290,
                               "missing": 6, "median": 42.0, "lowerQuartile": 37.0, "upperQuartile": 47.5, "rank": 120,
                               "outOf": 290, "quartile": 2},
                   "travel": {"previousPeriod": "2023/24", "previousValue": 43.0, "change": 1.1, "direction": "IMPROVING"}}]}"""
                .formatted(council);
    }

    @Nested
    class Anonymous {

        @Test
        void asksForAToken() {
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(401);
        }
    }

    @Nested
    @TestSecurity(user = "officer.pack", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = HOST_OFFICER_COUNCIL))
    class HostsOwnOfficer {

        @Test
        void readsTheirChallengesDataPack() {
            String host = Challenges.organisation(HOST_OFFICER_COUNCIL, OrganisationKind.COUNCIL, "UA", null);
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, host);
            lgInform = LgInformStub.start(lgInformUrl).answers(host, comparisons(host));

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200)
                    .body("available", equalTo(true))
                    .body("hosts[0].comparisons", hasSize(1));
        }
    }

    @Nested
    @TestSecurity(user = "officer.other", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = OTHER))
    class AnotherCouncilsOfficer {

        @Test
        void isForbidden() {
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "peer.one", roles = "peer")
    class Peer {

        @Test
        void isForbidden() {
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "adviser", roles = "lga-adviser")
    class LgaAdviser {

        @Test
        void readsAnyChallengesDataPack() {
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200);
        }
    }

    @Nested
    @TestSecurity(user = "manager", roles = "challenge-manager")
    class ChallengeManager {

        @Test
        void withLgInformUpEachHostIsComparedWithItsNearestNeighboursOnTheConfiguredMetrics() {
            String host = Challenges.council();
            long id = challengeOf(ChallengeKind.CORPORATE, host);
            lgInform = LgInformStub.start(lgInformUrl).answers(host, comparisons(host));

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200)
                    .body("challengeId", equalTo((int) id))
                    .body("available", equalTo(true))
                    .body("reason", nullValue())
                    .body("metrics[0]", equalTo("reserves-share-of-nre"))
                    .rootPath("hosts[0]")
                    .body("code", equalTo(host))
                    .body("name", equalTo("Stubshire"))
                    .body("available", equalTo(true))
                    .body("comparisons[0].metric", equalTo("household-waste-recycled"))
                    .body("comparisons[0].value", equalTo(44.1f))
                    .body("comparisons[0].neighbours.group", equalTo("nearest-neighbours:" + host))
                    .body("comparisons[0].neighbours.median", equalTo(41.5f))
                    .body("comparisons[0].neighbours.rank", equalTo(5))
                    .body("comparisons[0].neighbours.band", equalTo("above the middle"))
                    .body("comparisons[0].england.median", equalTo(42.0f))
                    .body("comparisons[0].direction", equalTo("IMPROVING"));
            assertThat(lgInform.requests()).singleElement().asString()
                    .startsWith("/councils/" + host + "/comparisons?")
                    .contains("metric=reserves-share-of-nre,spend-per-head,")
                    .contains("group=nearest-neighbours:" + host);
        }

        @Test
        void aHostLgInformHasNoComparisonForIsMarkedWithWhy() {
            String known = Challenges.council();
            String unknown = Challenges.council();
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, known, unknown);
            lgInform = LgInformStub.start(lgInformUrl).answers(known, comparisons(known));

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200)
                    .body("available", equalTo(false))
                    .body("reason", containsString(unknown))
                    .body("hosts.available", contains(true, false))
                    .body("hosts[1].reason", containsString("404"))
                    .body("hosts[1].comparisons", hasSize(0));
        }

        @Test
        void aFireAndRescueHostHasNoComparisonsWithoutTheLackMakingThePackUnavailable() {
            String fire = Challenges.fireAuthority();
            long id = challengeOf(ChallengeKind.FIRE_AND_RESCUE, fire);
            lgInform = LgInformStub.start(lgInformUrl);

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200)
                    .body("available", equalTo(true))
                    .body("hosts[0].available", equalTo(false))
                    .body("hosts[0].reason", containsString("fire and rescue"));
            assertThat(lgInform.requests()).isEmpty();
        }

        @Test
        void withNothingListeningThePackSaysLgInformIsDownAndTheChallengeStillWorks() {
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, Challenges.council());

            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200)
                    .body("available", equalTo(false))
                    .body("reason", containsString("LG Inform could not be reached"))
                    .body("hosts[0].available", equalTo(false));
            given().when().get("/challenges/" + id).then().statusCode(200);
            given().contentType("application/json").body("{\"stage\": \"ON_SITE\"}")
                    .when().post("/challenges/" + id + "/stage").then().statusCode(200);
        }

        @Test
        void whileItsCircuitIsOpenLgInformIsNotAskedEvenWhenBack() {
            long id = challengeOf(ChallengeKind.CHILDRENS_SERVICES, Challenges.council(), Challenges.council());
            given().when().get("/challenges/" + id + "/data-pack").then().body("available", equalTo(false));
            assertThat(circuits.currentState(LgInformComparisons.CIRCUIT)).isEqualTo(CircuitBreakerState.OPEN);

            lgInform = LgInformStub.start(lgInformUrl);
            given().when().get("/challenges/" + id + "/data-pack").then().statusCode(200)
                    .body("available", equalTo(false));
            assertThat(lgInform.requests()).isEmpty();
        }
    }
}
