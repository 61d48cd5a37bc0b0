package uk.gov.lga.platform.lginform.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.returns.DataReturnService;
import uk.gov.lga.platform.lginform.domain.returns.EarlySight;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.lga.platform.lginform.Fixtures.CSV;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS_OFFICER;
import static uk.gov.lga.platform.lginform.Fixtures.WAKEFIELD;
import static uk.gov.lga.platform.lginform.Fixtures.YORK;
import static uk.gov.lga.platform.lginform.Fixtures.customGroup;
import static uk.gov.lga.platform.lginform.Fixtures.stored;
import static uk.gov.lga.platform.lginform.Fixtures.submit;

/**
 * Early sight: shared with a group's councils and clubs until the release date, then published by itself.
 * Leeds shares a return with Wakefield and a club; tests are grouped by caller.
 */
@QuarkusTest
class EarlySightResourceTest {

    static final String METRIC = "overspend-against-budget";
    static final String CLUB = "benchmarking-club-demo";
    static GroupId group;

    @Inject
    DataReturnService returns;

    @Inject
    EntityManager em;

    @BeforeEach
    void leedsSharesAReturnWithWakefieldAndAClub() {
        if (group != null) {
            return;
        }
        group = customGroup(LEEDS_OFFICER, "West Yorkshire finance club", List.of(LEEDS, WAKEFIELD), List.of(CLUB));
        submit(LEEDS_OFFICER, METRIC, "2014/15", "3.5", new EarlySight(group.customNumber(), Instant.now().plus(1, ChronoUnit.HOURS)));
    }

    @Nested
    @TestSecurity(user = "officer.wakefield", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = WAKEFIELD))
    class OfficerOfAnotherCouncilInTheGroup {

        @Test
        void officerOfAnotherCouncilInTheGroupSeesThem() {
            earlyValues().body("findAll { it.period == '2014/15' }.councilCode", contains(LEEDS))
                    .body("[0].group", equalTo(group.toString()))
                    .body("[0].releaseAt", notNullValue());
        }
    }

    @Nested
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    class OfficerOfACouncilOutsideTheGroup {

        @Test
        void officerOfACouncilOutsideTheGroupSeesNothing() {
            earlyValues().body("", empty());
        }

        @Test
        void groupWithoutTheCouncilCannotCarryItsEarlySight() {
            postEarly(YORK, group.toString(), Instant.now().plus(2, ChronoUnit.DAYS).toString(), "2013/14,1")
                    .statusCode(422).body("errors[0].field", equalTo("earlySightGroup"));
        }
    }

    @Nested
    @TestSecurity(user = "service-account-" + CLUB, roles = "benchmarking-club")
    @OidcSecurity(claims = @Claim(key = "azp", value = CLUB))
    class ClubTheGroupNames {

        @Test
        void clubTheGroupNamesSeesThem() {
            earlyValues().body("findAll { it.period == '2014/15' }", hasSize(1));
        }
    }

    @Nested
    @TestSecurity(user = "service-account-other-club", roles = "benchmarking-club")
    @OidcSecurity(claims = @Claim(key = "azp", value = "other-club"))
    class OtherClub {

        @Test
        void otherClubSeesNothing() {
            earlyValues().body("", empty());
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void radarAnalystSeesNothing() {
            earlyValues().body("", empty());
        }
    }

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class LeedsOfficer {

        @Test
        void officerPostsAnEarlySightReturnWithoutPublishingIt() {
            Fixtures.Stored before = stored();
            postEarly(LEEDS, group.toString(), Instant.now().plus(2, ChronoUnit.DAYS).toString(), "2013/14,1.5")
                    .statusCode(201)
                    .body("earlySight.group", equalTo(group.toString()))
                    .body("earlySight.releasedAt", nullValue());
            Fixtures.Stored after = stored();
            assertThat(after.values()).isEqualTo(before.values() + 1);
            assertThat(after.published()).as("not published before its release").isEqualTo(before.published());
            assertThat(after.events()).as("no DataReturnPublished before its release").isEqualTo(before.events());
        }

        @Test
        void releaseDateInThePastIsNamed() {
            Fixtures.Stored before = stored();
            postEarly(LEEDS, group.toString(), "2020-01-01T00:00:00Z", "2013/14,1")
                    .statusCode(422).body("errors.field", contains("releaseAt"));
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void releaseDateWithoutAGroupIsNamed() {
            postEarly(LEEDS, null, Instant.now().plus(1, ChronoUnit.DAYS).toString(), "2013/14,1")
                    .statusCode(422).body("errors.field", contains("earlySightGroup"));
        }
    }

    @Nested
    class Anonymous {

        @Test
        void earlySightValuesAreNotPublished() {
            given().queryParam("metric", METRIC).queryParam("period", "2014/15").queryParam("area", LEEDS)
                    .when().get("/values").then().statusCode(200).body("items", empty());
        }

        @Test
        void anonymousCallerIsUnauthorized() {
            given().when().get("/early-sight/values").then().statusCode(401);
        }

        @Test
        void atItsReleaseDateTheReturnIsPublishedWithItsEvent() {
            long released = submit(LEEDS_OFFICER, METRIC, "2012/13", "2.25",
                    new EarlySight(group.customNumber(), Instant.now().plus(1, ChronoUnit.DAYS)));
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "UPDATE data_return SET release_at = now() - interval '1 second' WHERE id = :id")
                    .setParameter("id", released).executeUpdate());
            Fixtures.Stored before = stored();

            assertThat(returns.releaseDue()).isGreaterThanOrEqualTo(1);

            given().queryParam("metric", METRIC).queryParam("period", "2012/13").queryParam("area", LEEDS)
                    .when().get("/values").then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].value", equalTo(2.25f));
            assertThat(stored().events()).isGreaterThan(before.events());
        }
    }

    private static ValidatableResponse earlyValues() {
        return given().queryParam("metric", METRIC).when().get("/early-sight/values").then().statusCode(200);
    }

    /** A council's CSV return of one value of the metric ({@code period,value}), with early sight asked for. */
    private static ValidatableResponse postEarly(String council, String earlySightGroup, String releaseAt, String periodAndValue) {
        var request = given().contentType(CSV).queryParam("releaseAt", releaseAt)
                .body("metric,period,value\n" + METRIC + "," + periodAndValue + "\n");
        if (earlySightGroup != null) {
            request.queryParam("earlySightGroup", earlySightGroup);
        }
        return request.when().post("/councils/" + council + "/data-returns").then();
    }
}
