package uk.gov.lga.platform.lginform;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.lginform.domain.DataReturnService;
import uk.gov.lga.platform.lginform.domain.ReturnedValue;
import uk.gov.lga.platform.lginform.domain.ReturnedValues;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Publishes values as a national dataset does, straight through the service; and reads the events it wrote. */
public final class NationalData {

    private NationalData() {
    }

    /** Each line is {@code council metric value}, all for one period. */
    public static void publish(String period, String... lines) {
        List<ReturnedValue> values = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] v = lines[i].trim().split("\\s+");
            values.add(new ReturnedValue("values[" + i + "]", v[0], v[1], period, new BigDecimal(v[2]), null, null));
        }
        Arc.container().instance(DataReturnService.class).get().submitNational(ReturnedValues.of(values), "admin");
    }

    /** How many events of this type the outbox holds. */
    public static long events(String type) {
        return events(type, "%");
    }

    /** How many events of this type about this council the outbox holds. */
    public static long events(String type, String council) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("SELECT count(*) FROM outbox_event WHERE event_type = :type AND message_key LIKE :council")
                .setParameter("type", type).setParameter("council", council)
                .getSingleResult()).longValue());
    }
}
