package uk.gov.lga.platform.radar.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import io.smallrye.reactive.messaging.annotations.Blocking;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.radar.domain.SignalService;

/** Listens to LG Inform's published data returns ({@code lginform.returns}). */
@ApplicationScoped
public class DataReturnConsumer {

    private static final Logger LOG = Logger.getLogger(DataReturnConsumer.class);

    @Inject
    SignalService signals;

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
        if (!signals.recordDataReturn(envelope)) {
            LOG.debugf("event %s was already applied; skipped", envelope.eventId());
        }
    }
}
