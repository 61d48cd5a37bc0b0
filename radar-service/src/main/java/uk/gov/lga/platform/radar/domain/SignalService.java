package uk.gov.lga.platform.radar.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.support.inbox.ProcessedEvents;

import java.time.Instant;
import java.util.List;

/** Turns what other services publish into signals, and lets radar roles read them (audited). */
@ApplicationScoped
public class SignalService {

    static final String CONSUMER = "radar-signals";

    @Inject
    ProcessedEvents processed;

    /** Records a data-return signal once per event, however often Kafka delivers it. */
    @Transactional
    public boolean recordDataReturn(EventEnvelope.Typed<DataReturnPublished> envelope) {
        if (!processed.firstDelivery(envelope.eventId(), CONSUMER)) {
            return false;
        }
        DataReturnPublished published = envelope.data();
        Signal signal = new Signal();
        signal.councilCode = published.councilCode();
        signal.kind = "DATA_RETURN";
        signal.source = envelope.source();
        signal.sourceEventId = envelope.eventId();
        List<String> periods = published.values().stream().map(DataReturnPublished.Value::period).distinct().sorted().toList();
        signal.period = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        signal.summary = "Data return " + published.dataReturnId() + " published " + published.values().size()
                + " value(s) for " + String.join(", ", periods);
        signal.observedAt = envelope.occurredAt();
        signal.receivedAt = Instant.now();
        signal.persist();
        return true;
    }

    /** The council's signals, newest first; the read itself is audited. */
    @Transactional
    public List<Signal> signalsOf(String councilCode, String reader) {
        ReadAudit.record(reader, councilCode, "signals");
        return Signal.<Signal>find("councilCode", Sort.descending("observedAt").and("id", Sort.Direction.Descending), councilCode)
                .list();
    }
}
