package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.Fixtures.Challenges;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.support.security.Roles;
import uk.gov.lga.platform.testsupport.HostileRequests;

import javax.sql.DataSource;
import java.net.URI;
import java.time.LocalDate;

/**
 * Generated hostile input over every operation of the service's document (platform-test-support
 * {@link HostileRequests}): never a 5xx, every 4xx a problem, nothing stored on a 4xx. As anonymous, and as a caller
 * with every role so that authorisation does not hide the input handling. Path parameters are drawn often from a
 * challenge of this test's own council with its report published, so that requests reach real rows.
 */
@QuarkusTest
class HostileInputTest {

    /** This test's own council: the officer's token names it, and it hosts the challenge below. */
    static final String HOST = "E06000280";
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static long challenge;

    @TestHTTPResource("/")
    URI service;

    @Inject
    DataSource database;

    @Inject
    TestClock clock;

    @BeforeEach
    void aChallengeWithItsReportPublished() {
        clock.setToday(TODAY);
        if (challenge == 0) {
            Challenges.openCommonQuarters();
            Challenges.organisation(HOST, OrganisationKind.COUNCIL, "UA", null);
            challenge = Challenges.at(ChallengeStage.REPORT_PUBLISHED, LocalDate.of(2026, 5, 4), ChallengeKind.CORPORATE, HOST);
        }
    }

    @Test
    void anonymousCallersGetProblemsNeverServerErrors() {
        hostile().run("anonymous");
    }

    @Test
    @TestSecurity(user = "hostile", roles = {Roles.COUNCIL_OFFICER, Roles.PEER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER,
            Roles.RADAR_ANALYST, Roles.BENCHMARKING_CLUB, Roles.PLATFORM_ADMIN})
    @OidcSecurity(claims = {@Claim(key = "council", value = HOST), @Claim(key = "azp", value = "hostile-club")})
    void callersWithEveryRoleGetProblemsNeverServerErrors() {
        hostile().run("every role");
    }

    private HostileRequests hostile() {
        String id = Long.toString(challenge);
        return HostileRequests.against(service, database)
                .known("gssCode", HOST).known("code", HOST).known("host", HOST).known("organisation", HOST)
                .known("id", id).known("challengeId", id)
                .known("quarter", "2026-Q3").known("stage", "SCOPING");
    }
}
