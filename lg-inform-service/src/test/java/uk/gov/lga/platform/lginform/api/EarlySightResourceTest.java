package uk.gov.lga.platform.lginform.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.StoredData;
import uk.gov.lga.platform.lginform.domain.DataReturnService;
import uk.gov.lga.platform.lginform.domain.EarlySight;
import uk.gov.lga.platform.lginform.domain.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.ReturnedValues;
import uk.gov.lga.platform.lginform.domain.ValueStatus;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroups;
import uk.gov.lga.platform.lginform.domain.groups.GroupViewer;

import java.math.BigDecimal;
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

/** Early sight: shared with a group's councils and clubs until the release date, then published by itself. */
@QuarkusTest
class EarlySightResourceTest {

    static final String LEEDS = "E08000035";
    static final String WAKEFIELD = "E08000036";
    static final String METRIC = "overspend-against-budget";
    static final String CLUB = "benchmarking-club-demo";
    static String group;
    static long earlyReturn;

    @Inject
    CustomGroups groups;

    @Inject
    DataReturnService returns;

    @Inject
    EntityManager em;

    @BeforeEach
    void leedsSharesAReturnWithWakefieldAndAClub() {
        if (group != null) {
            return;
        }
        group = "custom:" + groups.create(new CustomGroups.NewGroup("West Yorkshire finance club", List.of(LEEDS, WAKEFIELD),
                List.of(CLUB)), new GroupViewer("officer.leeds", LEEDS, null, false)).id;
        earlyReturn = returns.submit(LEEDS, ReturnedValues.of(List.of(new ReturnedValue("values[0]", null, METRIC, "2014/15",
                        new BigDecimal("3.5"), ValueStatus.PROVISIONAL, null))), "officer.leeds",
                new EarlySight(Long.parseLong(group.substring(7)), Instant.now().plus(1, ChronoUnit.HOURS))).dataReturn().id;
    }

    @Test
    void earlySightValuesAreNotPublished() {
        given().queryParam("metric", METRIC).queryParam("period", "2014/15").queryParam("area", LEEDS)
                .when().get("/values").then().statusCode(200).body("items", empty());
    }

    @Test
    @TestSecurity(user = "officer.wakefield", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = WAKEFIELD))
    void officerOfAnotherCouncilInTheGroupSeesThem() {
        given().queryParam("metric", METRIC).when().get("/early-sight/values").then().statusCode(200)
                .body("findAll { it.period == '2014/15' }.councilCode", contains(LEEDS))
                .body("[0].group", equalTo(group))
                .body("[0].releaseAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E06000014"))
    void officerOfACouncilOutsideTheGroupSeesNothing() {
        given().queryParam("metric", METRIC).when().get("/early-sight/values").then().statusCode(200).body("", empty());
    }

    @Test
    @TestSecurity(user = "service-account-" + CLUB, roles = "benchmarking-club")
    @OidcSecurity(claims = @Claim(key = "azp", value = CLUB))
    void clubTheGroupNamesSeesThem() {
        given().queryParam("metric", METRIC).when().get("/early-sight/values").then().statusCode(200)
                .body("findAll { it.period == '2014/15' }", hasSize(1));
    }

    @Test
    @TestSecurity(user = "service-account-other-club", roles = "benchmarking-club")
    @OidcSecurity(claims = @Claim(key = "azp", value = "other-club"))
    void otherClubSeesNothing() {
        given().queryParam("metric", METRIC).when().get("/early-sight/values").then().statusCode(200).body("", empty());
    }

    @Test
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    void radarAnalystSeesNothing() {
        given().queryParam("metric", METRIC).when().get("/early-sight/values").then().statusCode(200).body("", empty());
    }

    @Test
    void anonymousCallerIsUnauthorized() {
        given().when().get("/early-sight/values").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void officerPostsAnEarlySightReturnWithoutPublishingIt() {
        StoredData before = StoredData.now();
        given().contentType("text/csv").queryParam("earlySightGroup", group)
                .queryParam("releaseAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .body("metric,period,value\n" + METRIC + ",2013/14,1.5\n")
                .when().post("/councils/" + LEEDS + "/data-returns")
                .then().statusCode(201)
                .body("earlySight.group", equalTo(group))
                .body("earlySight.releasedAt", org.hamcrest.Matchers.nullValue());
        StoredData after = StoredData.now();
        assertThat(after.values()).isEqualTo(before.values() + 1);
        assertThat(after.published()).as("not published before its release").isEqualTo(before.published());
        assertThat(after.events()).as("no DataReturnPublished before its release").isEqualTo(before.events());
    }

    @Test
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = "E06000014"))
    void groupWithoutTheCouncilCannotCarryItsEarlySight() {
        given().contentType("text/csv").queryParam("earlySightGroup", group)
                .queryParam("releaseAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .body("metric,period,value\n" + METRIC + ",2013/14,1\n")
                .when().post("/councils/E06000014/data-returns")
                .then().statusCode(422).body("errors[0].field", equalTo("earlySightGroup"));
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void releaseDateInThePastIsNamed() {
        StoredData before = StoredData.now();
        given().contentType("text/csv").queryParam("earlySightGroup", group).queryParam("releaseAt", "2020-01-01T00:00:00Z")
                .body("metric,period,value\n" + METRIC + ",2013/14,1\n")
                .when().post("/councils/" + LEEDS + "/data-returns")
                .then().statusCode(422).body("errors.field", contains("releaseAt"));
        assertThat(StoredData.now()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    void releaseDateWithoutAGroupIsNamed() {
        given().contentType("text/csv").queryParam("releaseAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())
                .body("metric,period,value\n" + METRIC + ",2013/14,1\n")
                .when().post("/councils/" + LEEDS + "/data-returns")
                .then().statusCode(422).body("errors.field", contains("earlySightGroup"));
    }

    @Test
    void atItsReleaseDateTheReturnIsPublishedWithItsEvent() {
        long released = returns.submit(LEEDS, ReturnedValues.of(List.of(new ReturnedValue("values[0]", null, METRIC, "2012/13",
                        new BigDecimal("2.25"), ValueStatus.FINAL, null))), "officer.leeds",
                new EarlySight(Long.parseLong(group.substring(7)), Instant.now().plus(1, ChronoUnit.DAYS))).dataReturn().id;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE data_return SET release_at = now() - interval '1 second' WHERE id = :id")
                .setParameter("id", released).executeUpdate());
        StoredData before = StoredData.now();

        assertThat(returns.releaseDue()).isGreaterThanOrEqualTo(1);

        given().queryParam("metric", METRIC).queryParam("period", "2012/13").queryParam("area", LEEDS)
                .when().get("/values").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].value", equalTo(2.25f));
        assertThat(StoredData.now().events()).isGreaterThan(before.events());
    }
}
