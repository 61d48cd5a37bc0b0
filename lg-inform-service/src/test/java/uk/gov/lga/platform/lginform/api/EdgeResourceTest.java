package uk.gov.lga.platform.lginform.api;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardDefinition;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardService;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.returns.DataReturnService;
import uk.gov.lga.platform.lginform.domain.returns.EarlySight;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.testsupport.RawHttp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static uk.gov.lga.platform.lginform.Fixtures.CSV;
import static uk.gov.lga.platform.lginform.Fixtures.postCsv;
import static uk.gov.lga.platform.lginform.Fixtures.postJson;
import static uk.gov.lga.platform.lginform.Fixtures.stored;

/**
 * The edge's refusals inside the service, each class of the hostile-input run (HostileInputTest) said once by name: the
 * platform-support guards take effect here (primitive parameters, byte[] bodies, JSON null, NUL anywhere), the service's
 * own rules hold (periods, CSV lines and exports, early sight, groups, public dashboards; latest in PeriodWindowTest) and
 * the HTTP layer's own refusals answer as problems. Councils of the Tees Valley, which no other test uses.
 */
@QuarkusTest
class EdgeResourceTest {

    static final String MIDDLESBROUGH = "E06000002";
    static final String REDCAR = "E06000003";
    static final String STOCKTON = "E06000004";
    static final String DARLINGTON = "E06000005";
    static final String METRIC = "edge-test-score";
    static final Caller OFFICER = Fixtures.officer("officer.middlesbrough", MIDDLESBROUGH);

    @TestHTTPResource("/")
    URI service;

    @BeforeEach
    void metricOfItsOwn() {
        Fixtures.metric(METRIC, Metric.Polarity.HIGH_IS_GOOD, PeriodType.FINANCIAL_YEAR);
    }

    static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(Problem.MEDIA_TYPE).body("status", equalTo(status));
    }

    RawHttp.Reply raw(String method, String target, List<String> headers, byte[] body) throws Exception {
        return RawHttp.exchange(service.getHost(), service.getPort(), RawHttp.head(method, target, service.getPort(), headers, body),
                body, 1 << 20);
    }

    static String financialYear(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return String.format("%04d/%02d", start, (start + 1) % 100);
    }

    @Nested
    class Anyone {

        @Test
        void aNumericParameterThatIsNotAnAsciiNumberIs400NamingIt() {
            for (String limit : List.of("abc", "\u0661\u0660", "1e3", "99999999999")) {
                problem(given().queryParam("limit", limit).get("/councils").then(), 400).body("errors.field", hasItem("limit"));
            }
        }

        @Test
        void aBooleanParameterIsTrueOrFalseNotMaybe() {
            problem(given().queryParam("discontinued", "maybe").get("/metrics").then(), 400)
                    .body("errors.field", hasItem("discontinued"));
        }

        @Test
        void aControlCharacterInThePathQueryOrAHeaderIs400NotADatabaseError() throws Exception {
            problem(given().urlEncodingEnabled(false).get("/councils/E0800003%00").then(), 400);
            problem(given().urlEncodingEnabled(false).get("/values?metric=a%00b").then(), 400).body("errors.field", hasItem("metric"));
            // A control character in a header is not HTTP: the decoder refuses it (a bare 400) before the service runs;
            // RequestGuard would refuse it too, as a problem, wherever a decoder let one through.
            RawHttp.Reply header = raw("GET", "/councils", List.of("Idempotency-Key: a\u0001b"), null);
            assertThat(header.status()).isEqualTo(400);
            assertThat(header.isDecoderRefusal() || header.header("Content-Type").startsWith(Problem.MEDIA_TYPE)).isTrue();
        }

        @Test
        void aPercentThatIsNotAnEscapeAfterDecodingIs400() {
            problem(given().urlEncodingEnabled(false).get("/councils/%25").then(), 400);
        }

        @Test
        void aPathNoRouteServesIsA404Problem() {
            problem(given().get("/no/such/thing").then(), 404);
        }

        @Test
        void refusalsOfTheHttpLayerAreProblemsToo() throws Exception {
            RawHttp.Reply tooLarge = raw("POST", "/data-returns", List.of("Content-Type: text/csv", "Content-Length: 5000000"), null);
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
            RawHttp.Reply longTarget = raw("GET", "/councils?after=" + "E".repeat(9000), List.of(), null);
            assertThat(longTarget.status()).isEqualTo(414);
            assertThat(longTarget.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
            RawHttp.Reply bigHeaders = raw("GET", "/councils", List.of("X-Padding: " + "x".repeat(40_000)), null);
            assertThat(bigHeaders.status()).isEqualTo(431);
            assertThat(bigHeaders.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
        }

        @Test
        void openDataIsADownloadCachedForFiveMinutesAndGzippedWhenAsked() {
            given().header("Accept-Encoding", "gzip").get("/open-data/values").then().statusCode(200)
                    .header("Content-Encoding", "gzip")
                    .header("Content-Disposition", "attachment; filename=\"lg-inform-open-data.csv\"")
                    .header("Cache-Control", "public, max-age=300");
            given().header("Accept-Encoding", "gzip").accept(ContentType.JSON).get("/councils").then().statusCode(200)
                    .header("Content-Encoding", "gzip");
        }
    }

    @Nested
    @TestSecurity(user = "officer.middlesbrough", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = MIDDLESBROUGH))
    class CouncilOfficer {

        @Test
        void aJsonNullBodyIs400AndStoresNothing() {
            Fixtures.Stored before = stored();
            problem(postJson(MIDDLESBROUGH, "null").then(), 400);
            problem(postJson(MIDDLESBROUGH, " null\n").then(), 400);
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void aUtf16BodyIsRefusedBeforeAnyReaderSeesIt() {
            byte[] utf16 = ("{\"period\":\"2020/21\",\"values\":[{\"metric\":\"" + METRIC + "\",\"value\":1}]}")
                    .getBytes(StandardCharsets.UTF_16LE);
            problem(given().contentType("application/json").body(utf16).post("/councils/" + MIDDLESBROUGH + "/data-returns").then(), 400)
                    .body("errors[0].field", equalTo("body"));
        }

        @Test
        void nulInAJsonStringOrACsvBodyIsRefusedAndStoresNothing() {
            Fixtures.Stored before = stored();
            problem(postJson(MIDDLESBROUGH, "{\"period\":\"2020/21\",\"values\":[{\"metric\":\"" + METRIC
                    + "\",\"value\":1,\"note\":\"a\\u0000b\"}]}").then(), 400);
            problem(postCsv(MIDDLESBROUGH, "metric,period,value,note\n" + METRIC + ",2020/21,1,a\u0000b\n").then(), 400);
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void duplicateKeysASecondDocumentAndANumberForAnEnumAreRefused() {
            String value = "{\"metric\":\"" + METRIC + "\",\"value\":1}";
            problem(postJson(MIDDLESBROUGH, "{\"period\":\"2020/21\",\"period\":\"2021/22\",\"values\":[" + value + "]}").then(), 400);
            problem(postJson(MIDDLESBROUGH, "{\"period\":\"2020/21\",\"values\":[" + value + "]} {}").then(), 400);
            problem(postJson(MIDDLESBROUGH, "{\"period\":\"2020/21\",\"values\":[{\"metric\":\"" + METRIC
                    + "\",\"value\":1,\"status\":1}]}").then(), 400);
        }

        @Test
        void csvErrorsNameTheLinesOfTheSourceAfterAQuotedLineBreak() {
            problem(postCsv(MIDDLESBROUGH, "metric,period,value,note\n" + METRIC + ",2020/21,1,\"two\nlines\"\n"
                    + METRIC + ",2019/20,\u0661\u0662,\n" + METRIC + ",2018/19,1e999999999,\n").then(), 422)
                    .body("errors.field", equalTo(List.of("line 4: value", "line 5: value")));
        }

        @Test
        void aPeriodThatHasNotBegunIsRefusedUnlessTheMetricTakesForecasts() {
            LocalDate today = LocalDate.now();
            String current = financialYear(today);
            String next = financialYear(today.plusYears(1));
            problem(postCsv(MIDDLESBROUGH, "metric,period,value\n" + METRIC + "," + next + ",1\n" + METRIC + ",9999/00,1\n").then(), 422)
                    .body("errors.field", equalTo(List.of("line 2: period", "line 3: period")))
                    .body("errors[0].message", containsString("has not begun"));
            postCsv(MIDDLESBROUGH, "metric,period,value\n" + METRIC + "," + current + ",1\n").then().statusCode(201);
        }

        @Test
        void exportsDefuseNotesThatASpreadsheetWouldRunIncludingTabAndCarriageReturn() {
            // JSON keeps a note's leading tab or carriage return (CSV cells are trimmed).
            postJson(MIDDLESBROUGH, "{\"values\":[{\"metric\":\"" + METRIC + "\",\"period\":\"2015/16\",\"value\":1,\"note\":\"\\tTAB\"},"
                    + "{\"metric\":\"" + METRIC + "\",\"period\":\"2014/15\",\"value\":1,\"note\":\"\\rCR\"},"
                    + "{\"metric\":\"" + METRIC + "\",\"period\":\"2013/14\",\"value\":1,\"note\":\"=1+1\"}]}").then().statusCode(201);
            String export = given().queryParam("metric", METRIC).queryParam("area", MIDDLESBROUGH).get("/open-data/values")
                    .then().statusCode(200).extract().asString();
            assertThat(export).contains(",'\tTAB", ",\"'\rCR\"", ",'=1+1");
            String page = given().accept(CSV).queryParam("metric", METRIC).queryParam("area", MIDDLESBROUGH).get("/values")
                    .then().statusCode(200).extract().asString();
            assertThat(page).contains("\"'\tTAB\"", "\"'\rCR\"", "\"'=1+1\"");
        }

        @Test
        void aCustomGroupThatAPendingEarlySightReturnUsesIs409UntilTheReturnIsReleased() {
            GroupId group = Fixtures.customGroup(OFFICER, "Tees early sight", List.of(MIDDLESBROUGH, REDCAR), List.of());
            long pending = Fixtures.submit(OFFICER, METRIC, "2012/13", "4",
                    new EarlySight(group.customNumber(), Instant.now().plus(1, ChronoUnit.HOURS)));
            problem(given().delete("/comparison-groups/" + group).then(), 409)
                    .body("errors[0].message", containsString("data return " + pending));
            QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(jakarta.persistence.EntityManager.class).get()
                    .createNativeQuery("UPDATE data_return SET release_at = now() - interval '1 minute' WHERE id = " + pending)
                    .executeUpdate());
            Arc.container().instance(DataReturnService.class).get().releaseDue();
            given().delete("/comparison-groups/" + group).then().statusCode(204);
            assertThat(Fixtures.count("data_return WHERE id = " + pending + " AND early_sight_group_id IS NULL "
                    + "AND release_at IS NOT NULL AND released_at IS NOT NULL")).isEqualTo(1);
        }
    }

    @Nested
    class EarlySightAndAdvisers {

        static long pending;

        @BeforeEach
        void aReturnSharedWithTheTeesValley() {
            if (pending == 0) {
                Caller officer = Fixtures.officer("officer.stockton", STOCKTON);
                GroupId group = Fixtures.customGroup(officer, "Tees finance", List.of(STOCKTON, DARLINGTON), List.of());
                pending = Fixtures.submit(officer, METRIC, "2011/12", "7",
                        new EarlySight(group.customNumber(), Instant.now().plus(1, ChronoUnit.DAYS)));
            }
        }

        @Test
        @TestSecurity(user = "adviser", roles = "lga-adviser")
        void anAdviserDoesNotSeeAPendingEarlySightReturnAnywhere() {
            problem(given().get("/councils/" + STOCKTON + "/data-returns/" + pending).then(), 404);
            given().get("/councils/" + STOCKTON + "/data-returns").then().statusCode(200)
                    .body("items.id", not(hasItem((int) pending)));
            given().queryParam("council", STOCKTON).get("/early-sight/values").then().statusCode(200)
                    .body("councilCode", not(hasItem(STOCKTON)));
        }

        @Test
        @TestSecurity(user = "officer.darlington", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = DARLINGTON))
        void anOfficerOfAnotherCouncilOfTheGroupSeesItsValues() {
            given().queryParam("council", STOCKTON).get("/early-sight/values").then().statusCode(200)
                    .body("councilCode", hasItem(STOCKTON));
        }

        @Test
        @TestSecurity(user = "officer.stockton", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = STOCKTON))
        void theSubmittingCouncilReadsItsPendingReturn() {
            given().get("/councils/" + STOCKTON + "/data-returns/" + pending).then().statusCode(200);
        }
    }

    @Nested
    class PublicDashboards {

        static long dashboard;

        @BeforeEach
        void aPublicDashboardComparedWithACustomGroup() {
            if (dashboard == 0) {
                Caller officer = Fixtures.officer("officer.darlington", DARLINGTON);
                GroupId group = Fixtures.customGroup(officer, "Darlington's private benchmark", List.of(DARLINGTON, STOCKTON,
                        REDCAR), List.of());
                dashboard = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(DashboardService.class).get()
                        .create(new DashboardDefinition("Darlington in public", DARLINGTON, List.of(METRIC), true,
                                group.toString()), officer).id);
            }
        }

        @Test
        void anyoneReadsItsComparisonsWithoutTheGroupsNameOrId() {
            given().get("/dashboards/" + dashboard).then().statusCode(200)
                    .body("comparisonGroup", nullValue())
                    .body("panels[0].comparison.group.id", nullValue())
                    .body("panels[0].comparison.group.name", equalTo(ComparisonView.UNNAMED_GROUP))
                    .body("panels[0].comparison.group.members", equalTo(3));
        }

        @Test
        @TestSecurity(user = "officer.darlington", roles = "council-officer")
        @OidcSecurity(claims = @Claim(key = "council", value = DARLINGTON))
        void itsOwnCouncilSeesTheGroupByName() {
            given().get("/dashboards/" + dashboard).then().statusCode(200)
                    .body("comparisonGroup", startsWith("custom:"))
                    .body("panels[0].comparison.group.name", equalTo("Darlington's private benchmark"));
        }
    }
}
