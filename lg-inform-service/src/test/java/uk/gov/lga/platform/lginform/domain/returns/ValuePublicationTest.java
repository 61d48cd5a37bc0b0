package uk.gov.lga.platform.lginform.domain.returns;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.lginform.Fixtures;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS_OFFICER;
import static uk.gov.lga.platform.lginform.Fixtures.customGroup;

/**
 * The history row carries its own publication: exactly one current (latest published) revision per
 * council, metric and period, whatever order returns and early-sight releases arrive in.
 */
@QuarkusTest
class ValuePublicationTest {

    static final String METRIC = "external-debt";

    @Inject
    DataReturnService returns;

    @Inject
    EntityManager em;

    @Test
    void aRevisionBecomesTheOnlyCurrentValue() {
        submit("2001/02", "100", null);
        submit("2001/02", "110", null);

        assertThat(current("2001/02")).containsExactly("2:110");
    }

    @Test
    void aReleasedEarlySightRevisionReplacesTheOlderPublishedOne() {
        submit("2002/03", "200", null);
        long early = submit("2002/03", "210", earlySight());
        assertThat(current("2002/03")).containsExactly("1:200");

        release(early);

        assertThat(current("2002/03")).containsExactly("2:210");
    }

    @Test
    void anEarlySightRevisionReleasedAfterANewerOneStaysHistoryOnly() {
        long early = submit("2003/04", "300", earlySight());
        submit("2003/04", "320", null);

        release(early);

        assertThat(current("2003/04")).containsExactly("2:320");
        assertThat(changeNumbered("2003/04")).isEqualTo(2);
    }

    @Test
    void everyPublishedValueHasItsOwnChangeNumberInPublicationOrder() {
        submit("2004/05", "400", null);
        submit("2004/05", "410", null);

        List<?> seqs = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT change_seq FROM data_value WHERE council_code = :c AND metric_id = :m AND period = '2004/05' "
                                + "ORDER BY revision").setParameter("c", LEEDS).setParameter("m", METRIC).getResultList());
        assertThat(seqs).hasSize(2);
        assertThat(((Number) seqs.get(1)).longValue()).isGreaterThan(((Number) seqs.get(0)).longValue());
    }

    private static long submit(String period, String value, EarlySight earlySight) {
        return Fixtures.submit(LEEDS_OFFICER, METRIC, period, value, earlySight);
    }

    private static EarlySight earlySight() {
        long group = customGroup(LEEDS_OFFICER, "Debt club " + System.nanoTime(), List.of(LEEDS), List.of()).customNumber();
        return new EarlySight(group, Instant.now().plus(1, ChronoUnit.DAYS));
    }

    private void release(long dataReturnId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE data_return SET release_at = now() - interval '1 second' WHERE id = :id")
                .setParameter("id", dataReturnId).executeUpdate());
        assertThat(returns.releaseDue()).isGreaterThanOrEqualTo(1);
    }

    /** revision:value of the current rows of Leeds's external debt for the period. */
    private List<String> current(String period) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT revision || ':' || value FROM data_value WHERE current AND council_code = :c "
                                + "AND metric_id = :m AND period = :p", String.class)
                .setParameter("c", LEEDS).setParameter("m", METRIC).setParameter("p", period).getResultList());
    }

    private long changeNumbered(String period) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(change_seq) FROM data_value WHERE council_code = :c AND metric_id = :m AND period = :p")
                .setParameter("c", LEEDS).setParameter("m", METRIC).setParameter("p", period).getSingleResult()).longValue());
    }
}
