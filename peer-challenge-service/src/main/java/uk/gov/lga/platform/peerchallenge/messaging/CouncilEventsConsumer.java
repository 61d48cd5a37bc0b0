package uk.gov.lga.platform.peerchallenge.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.events.CouncilRegistered;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.PoliticalControlChanged;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferService;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationService;
import uk.gov.lga.platform.support.inbox.ProcessedEvents;
import uk.gov.lga.platform.support.security.Caller;

import java.util.List;

/**
 * Listens to LG Inform's councils register ({@code lginform.councils}): {@link #onMessage} reads the message,
 * {@link #apply} applies each event once, however often Kafka delivers it. {@code CouncilRegistered} keeps the
 * register's copy; {@code PoliticalControlChanged} records the control and, for a change, grants member peer
 * support. Other types on the topic (ContextualDataChanged) are not this service's concern.
 */
@ApplicationScoped
public class CouncilEventsConsumer {

    /** The name this consumer's applied events are remembered under in {@code processed_event}. */
    static final String CONSUMER = "peer-challenge-councils";

    /** Who the register's copy and the grants it causes are recorded as. */
    static final Caller REGISTER = Caller.system("lginform.councils");

    private static final Logger LOG = Logger.getLogger(CouncilEventsConsumer.class);

    private final ProcessedEvents processed;
    private final OrganisationService organisations;
    private final OfferService offers;

    @Inject
    public CouncilEventsConsumer(ProcessedEvents processed, OrganisationService organisations, OfferService offers) {
        this.processed = processed;
        this.organisations = organisations;
        this.offers = offers;
    }

    @Incoming("lginform-councils")
    @Blocking // ordered: one council's events are applied in the order they were published
    public void onMessage(String payload) {
        EventEnvelope envelope;
        try {
            envelope = EventEnvelope.fromJson(payload);
        } catch (IllegalArgumentException e) {
            // A message nobody can read must not stop the register from hearing the next one.
            LOG.warnf("skipped an unreadable message on lginform.councils: %s", e.getMessage());
            return;
        }
        if (!CouncilRegistered.TYPE.equals(envelope.type()) && !PoliticalControlChanged.TYPE.equals(envelope.type())) {
            return;
        }
        try {
            if (!apply(envelope)) {
                LOG.debugf("event %s was already applied; skipped", envelope.eventId());
            }
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipped event %s on lginform.councils whose data is not a %s: %s", envelope.eventId(),
                    envelope.type(), e.getMessage());
        }
    }

    /** The change and the mark that the event was applied commit together; false if it already was. */
    @Transactional
    boolean apply(EventEnvelope envelope) {
        if (CouncilRegistered.TYPE.equals(envelope.type())) {
            CouncilRegistered council = envelope.dataAs(CouncilRegistered.class);
            if (!processed.firstDelivery(envelope.eventId(), CONSUMER)) {
                return false;
            }
            List<String> problems = organisations.registerCouncil(council);
            if (!problems.isEmpty()) {
                LOG.warnf("skipped CouncilRegistered %s for %s: %s", envelope.eventId(), council.gssCode(), problems);
            }
        } else {
            PoliticalControlChanged change = envelope.dataAs(PoliticalControlChanged.class);
            if (!processed.firstDelivery(envelope.eventId(), CONSUMER)) {
                return false;
            }
            offers.politicalControlChanged(change, envelope.eventId(), REGISTER);
        }
        return true;
    }
}
