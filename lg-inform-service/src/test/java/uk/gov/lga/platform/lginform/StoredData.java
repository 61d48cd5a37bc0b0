package uk.gov.lga.platform.lginform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import io.quarkus.arc.Arc;

/** Row counts of everything a submission writes, to prove a rejected one wrote nothing. */
public record StoredData(long returns, long values, long published, long events) {

    public static StoredData now() {
        return QuarkusTransaction.requiringNew().call(() -> {
            EntityManager em = Arc.container().instance(EntityManager.class).get();
            return new StoredData(count(em, "data_return"), count(em, "data_value"), count(em, "data_value WHERE current"),
                    count(em, "outbox_event"));
        });
    }

    private static long count(EntityManager em, String table) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table).getSingleResult()).longValue();
    }
}
