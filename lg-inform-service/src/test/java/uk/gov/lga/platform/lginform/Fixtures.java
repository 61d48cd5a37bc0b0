package uk.gov.lga.platform.lginform;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.lginform.domain.catalogue.Additivity;
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricDefinition;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricUnit;
import uk.gov.lga.platform.lginform.domain.catalogue.PeriodType;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroupService;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.groups.NewGroup;
import uk.gov.lga.platform.lginform.domain.returns.DataReturnService;
import uk.gov.lga.platform.lginform.domain.returns.EarlySight;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValues;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * The one source of test data: councils by name, callers, a metric of a test class's own, values published and
 * returns submitted straight through the service, requests as council systems send them, and row counts that
 * prove a rejected request stored nothing. The test database lives for the whole run: a test that must know every
 * value of a metric publishes a metric of its own, or periods no other test uses.
 */
public final class Fixtures {

    // Councils, by GSS code. Resource tests name the same ones in @OidcSecurity claims.
    public static final String ADUR = "E07000223";
    public static final String AMBER_VALLEY = "E07000032";
    public static final String ARUN = "E07000224";
    public static final String ASHFIELD = "E07000170";
    public static final String ASHFORD = "E07000105";
    public static final String BABERGH = "E07000200";
    public static final String BARKING_AND_DAGENHAM = "E09000002";
    public static final String BARNET = "E09000003";
    public static final String BASILDON = "E07000066";
    public static final String BASSETLAW = "E07000171";
    public static final String BEXLEY = "E09000004";
    public static final String BLABY = "E07000129";
    public static final String BOLSOVER = "E07000033";
    public static final String BRADFORD = "E08000032";
    public static final String BRENT = "E09000005";
    public static final String BROMLEY = "E09000006";
    public static final String CALDERDALE = "E08000033";
    public static final String CAMBRIDGESHIRE = "E10000003";
    public static final String CHESTERFIELD = "E07000034";
    public static final String CITY_OF_LONDON = "E09000001";
    public static final String DERBYSHIRE = "E10000007";
    public static final String DERBYSHIRE_DALES = "E07000035";
    public static final String DEVON = "E10000008";
    public static final String EAST_SUSSEX = "E10000011";
    public static final String EREWASH = "E07000036";
    public static final String ESSEX = "E10000012";
    public static final String HIGH_PEAK = "E07000037";
    public static final String ISLE_OF_ANGLESEY = "W06000001";
    public static final String KENT = "E10000016";
    public static final String KIRKLEES = "E08000034";
    public static final String LEEDS = "E08000035";
    public static final String MANCHESTER = "E08000003";
    public static final String NORTH_EAST_DERBYSHIRE = "E07000038";
    public static final String SOUTH_DERBYSHIRE = "E07000039";
    public static final String WAKEFIELD = "E08000036";
    public static final String WORCESTERSHIRE = "E10000034";
    public static final String YORK = "E06000014";
    // Councils of a reorganisation: North Yorkshire County Council and its seven districts until 2023-03-31, then the
    // unitary North Yorkshire Council; Cumbria County Council split between Cumberland and Westmorland and Furness.
    public static final String NORTH_YORKSHIRE_COUNTY = "E10000023";
    public static final String CRAVEN = "E07000163";
    public static final String HAMBLETON = "E07000164";
    public static final String HARROGATE = "E07000165";
    public static final String RICHMONDSHIRE = "E07000166";
    public static final String RYEDALE = "E07000167";
    public static final String SCARBOROUGH = "E07000168";
    public static final String SELBY = "E07000169";
    public static final String NORTH_YORKSHIRE = "E06000065";
    public static final String CUMBRIA = "E10000006";
    public static final String CARLISLE = "E07000028";
    public static final String CUMBERLAND = "E06000063";
    public static final String WESTMORLAND_AND_FURNESS = "E06000064";
    public static final String SOMERSET = "E06000066";
    public static final String TAUNTON_DEANE = "E07000190";
    public static final String SOMERSET_WEST_AND_TAUNTON = "E07000246";
    /** A well-formed GSS code that names no council. */
    public static final String NO_COUNCIL = "E99999999";

    // Callers, as domain methods take them; resource tests give the same users with @TestSecurity.
    public static final Caller ADMIN = Caller.user("admin", null, null, Set.of(Roles.PLATFORM_ADMIN));
    public static final Caller LEEDS_OFFICER = officer("officer.leeds", LEEDS);

    /** CSV as council systems send it: UTF-8, said so (REST Assured would otherwise declare ISO-8859-1). */
    public static final String CSV = "text/csv; charset=UTF-8";

    private Fixtures() {
    }

    public static Caller officer(String name, String council) {
        return Caller.user(name, GssCode.of(council), null, Set.of(Roles.COUNCIL_OFFICER));
    }

    /** A benchmarking club calling with client credentials: its user is its client id. */
    public static Caller club(String clientId) {
        return Caller.user(clientId, null, clientId, Set.of(Roles.BENCHMARKING_CLUB));
    }

    /** A metric for one test class alone; created once, whatever the order tests run in. */
    public static void metric(String id, Metric.Polarity polarity, PeriodType periodType) {
        metric(id, polarity, periodType, Additivity.NONE);
    }

    /** As {@link #metric(String, Metric.Polarity, PeriodType)}, declared additive or not. */
    public static void metric(String id, Metric.Polarity polarity, PeriodType periodType, Additivity additivity) {
        MetricService catalogue = Arc.container().instance(MetricService.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            if (catalogue.find(id).isEmpty()) {
                catalogue.create(new MetricDefinition(id, "Test metric " + id, null, Metric.MetricFamily.OUTCOME,
                        MetricUnit.SCORE, polarity, periodType, "tests", null, null, BigDecimal.ZERO, new BigDecimal("1000"), false,
                        additivity));
            }
        });
    }

    /**
     * Publishes values as a national dataset does, for one period. Each line is {@code council metric value},
     * optionally followed by a note: {@code "E08000035 usable-reserves 12.5"}.
     */
    public static void publish(String period, String... lines) {
        List<ReturnedValue> values = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] v = lines[i].trim().split("\\s+", 4);
            values.add(new ReturnedValue("values[" + i + "]", v[0], v[1], period, new BigDecimal(v[2]), null,
                    v.length > 3 ? v[3] : null));
        }
        Arc.container().instance(DataReturnService.class).get().submitNational(ReturnedValues.of(values), ADMIN);
    }

    /** A council's own return of one value, from its officer: published at once, or shared first with early sight. */
    public static long submit(Caller officer, String metric, String period, String value, EarlySight earlySight) {
        ReturnedValues values = ReturnedValues.of(List.of(new ReturnedValue("values[0]", null, metric, period,
                new BigDecimal(value), null, null)));
        return Arc.container().instance(DataReturnService.class).get()
                .submit(officer.council(), values, officer, earlySight).dataReturn().id;
    }

    /** A custom group made by an officer (for their council) or a club, shared with the clubs named. */
    public static GroupId customGroup(Caller owner, String name, List<String> members, List<String> clubs) {
        return Arc.container().instance(CustomGroupService.class).get()
                .create(new NewGroup(name, members.stream().map(GssCode::of).toList(), clubs), owner).group().id();
    }

    public static Response postCsv(String council, String csv) {
        return given().contentType(CSV).body(csv).when().post("/councils/" + council + "/data-returns");
    }

    public static Response postJson(String council, String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/councils/" + council + "/data-returns");
    }

    /** How many events of this type the outbox holds. */
    public static long events(String type) {
        return events(type, "%");
    }

    /** How many events of this type about this council the outbox holds. */
    public static long events(String type, String council) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE event_type = :type AND message_key LIKE :council")
                .setParameter("type", type).setParameter("council", council)
                .getSingleResult()).longValue());
    }

    /** The newest event of this type about this council in the outbox, with its topic. */
    public record Recorded(String topic, EventEnvelope envelope) {
    }

    public static Recorded latestEvent(String type, String council) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager()
                .createNativeQuery("SELECT topic, payload FROM outbox_event WHERE event_type = :type AND message_key = :council "
                        + "ORDER BY id DESC LIMIT 1")
                .setParameter("type", type).setParameter("council", council).getSingleResult());
        return new Recorded((String) row[0], EventEnvelope.fromJson((String) row[1]));
    }

    /** Row counts of everything a submission writes, to prove a rejected one wrote nothing. */
    public record Stored(long returns, long values, long published, long events) {
    }

    public static Stored stored() {
        return new Stored(count("data_return"), count("data_value"), count("data_value WHERE current"), count("outbox_event"));
    }

    /** Rows of a table (and condition), read in a transaction of its own. */
    public static long count(String tableAndCondition) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager()
                .createNativeQuery("SELECT count(*) FROM " + tableAndCondition).getSingleResult()).longValue());
    }

    private static EntityManager entityManager() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
