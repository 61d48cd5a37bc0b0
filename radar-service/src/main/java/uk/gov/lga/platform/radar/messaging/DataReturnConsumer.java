package uk.gov.lga.platform.radar.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.radar.domain.signals.SignalService;
import uk.gov.lga.platform.support.inbox.ProcessedEvents;

/**
 * Listens to LG Inform's published data returns ({@code lginform.returns}): {@link #onMessage} reads the
 * message, {@link #apply} turns each event into a signal once, however often Kafka delivers it.
 */
@ApplicationScoped
public class DataReturnConsumer {

    /** The name this consumer's applied events are remembered under in {@code processed_event}. */
    private static final String CONSUMER = "radar-signals";

    private static final Logger LOG = Logger.getLogger(DataReturnConsumer.class);

    private final ProcessedEvents processed;
    private final SignalService signals;

    @Inject
    public DataReturnConsumer(ProcessedEvents processed, SignalService signals) {
        this.processed = processed;
        this.signals = signals;
    }

    @Incoming("lginform-returns")
    @Blocking // ordered: one council's events are applied in the order they were published
    public void onMessage(String payload) {
        EventEnvelope.Typed<DataReturnPublished> envelope;
        try {
            // This topic carries DataReturnPublished only: read it typed in one pass (a national dataset's
            // events hold thousands of values each).
            envelope = EventEnvelope.readAs(payload, DataReturnPublished.class);
        } catch (IllegalArgumentException e) {
            // A message nobody can read must not stop the radar from hearing the next one.
            LOG.warnf("skipped an unreadable message on lginform.returns: %s", e.getMessage());
            return;
        }
        if (!DataReturnPublished.TYPE.equals(envelope.type())) {
            return;
        }
        if (!apply(envelope)) {
            LOG.debugf("event %s was already applied; skipped", envelope.eventId());
        }
    }

    /** The signal and the mark that the event was applied commit together; false if it already was. */
    @Transactional
    boolean apply(EventEnvelope.Typed<DataReturnPublished> envelope) {
        if (!processed.firstDelivery(envelope.eventId(), CONSUMER)) {
            return false;
        }
        signals.recordDataReturn(envelope);
        return true;
    }
}
