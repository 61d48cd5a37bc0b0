package uk.gov.lga.platform.radar.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.support.security.Roles;
import uk.gov.lga.platform.testsupport.HostileRequests;

import javax.sql.DataSource;
import java.net.URI;

import static uk.gov.lga.platform.radar.Fixtures.LEEDS;

/**
 * Generated hostile input over every operation of the service's document (platform-test-support
 * {@link HostileRequests}): never a 5xx, every 4xx a problem, nothing stored on a 4xx. As anonymous, and as a caller
 * with every role so that authorisation does not hide the input handling.
 */
@QuarkusTest
class HostileInputTest {

    @TestHTTPResource("/")
    URI service;

    @Inject
    DataSource database;

    @Test
    void anonymousCallersGetProblemsNeverServerErrors() {
        hostile().run("anonymous");
    }

    @Test
    @TestSecurity(user = "hostile", roles = {Roles.COUNCIL_OFFICER, Roles.PEER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER,
            Roles.RADAR_ANALYST, Roles.BENCHMARKING_CLUB, Roles.PLATFORM_ADMIN})
    @OidcSecurity(claims = {@Claim(key = "council", value = LEEDS), @Claim(key = "azp", value = "hostile-club")})
    void callersWithEveryRoleGetProblemsNeverServerErrors() {
        hostile().run("every role");
    }

    private HostileRequests hostile() {
        return HostileRequests.against(service, database).known("gssCode", LEEDS);
    }
}
