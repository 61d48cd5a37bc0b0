package uk.gov.lga.platform.lginform.api;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardDefinition;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardService;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;
import uk.gov.lga.platform.testsupport.HostileRequests;

import javax.sql.DataSource;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;

/**
 * Generated hostile input over every operation of the service's document (platform-test-support
 * {@link HostileRequests}): never a 5xx, every 4xx a problem, nothing stored on a 4xx. As anonymous, and as a caller
 * with every role (an officer of a council no other test uses) so that authorisation does not hide the input handling.
 */
@QuarkusTest
class HostileInputTest {

    /** A council, metric and period of this test alone: generated requests that succeed touch nothing else's data. */
    static final String HARTLEPOOL = "E06000001";
    static final String METRIC = "hostile-input-score";
    static final String PERIOD = "1999/00";
    static GroupId group;
    static long dashboard;
    static long dataReturn;

    @TestHTTPResource("/")
    URI service;

    @Inject
    DataSource database;

    @BeforeEach
    void dataOfItsOwn() {
        if (group != null) {
            return;
        }
        Caller officer = Fixtures.officer("officer.hartlepool", HARTLEPOOL);
        Fixtures.metric(METRIC, Metric.Polarity.HIGH_IS_GOOD, PeriodType.FINANCIAL_YEAR);
        group = Fixtures.customGroup(officer, "Hostile input", List.of(HARTLEPOOL, LEEDS), List.of());
        dataReturn = Fixtures.submit(officer, METRIC, PERIOD, "12.5", null);
        dashboard = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(DashboardService.class).get()
                .create(new DashboardDefinition("Hostile input", HARTLEPOOL, List.of(METRIC), true, group.toString()), officer).id);
    }

    @Test
    void anonymousCallersGetProblemsNeverServerErrors() {
        hostile().run("anonymous");
    }

    @Test
    @TestSecurity(user = "hostile", roles = {Roles.COUNCIL_OFFICER, Roles.PEER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER,
            Roles.RADAR_ANALYST, Roles.BENCHMARKING_CLUB, Roles.PLATFORM_ADMIN})
    @OidcSecurity(claims = {@Claim(key = "council", value = HARTLEPOOL), @Claim(key = "azp", value = "hostile-club")})
    void callersWithEveryRoleGetProblemsNeverServerErrors() {
        hostile().run("every role");
    }

    private HostileRequests hostile() {
        String releaseAt = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return HostileRequests.against(service, database)
                .known("gssCode", HARTLEPOOL, LEEDS)
                .known("id", METRIC, group.toString(), "all-england", Long.toString(dashboard), Long.toString(dataReturn))
                .known("metric", METRIC).known("metrics", METRIC).known("period", PERIOD, "latest")
                .known("council", HARTLEPOOL).known("councilCode", HARTLEPOOL).known("members", HARTLEPOOL, LEEDS)
                .known("area", HARTLEPOOL, "all-england", group.toString()).known("group", "all-england", group.toString())
                .known("comparisonGroup", "all-england", group.toString()).known("earlySightGroup", group.toString())
                .known("releaseAt", releaseAt).known("value", "12.5").known("status", "FINAL", "PROVISIONAL")
                .known("csv", "metric,period,value,status,note", "council,metric,period,value,note");
    }
}
