package uk.gov.lga.platform.radar.domain.signals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.radar.domain.audit.ReadAudit;
import uk.gov.lga.platform.radar.persistence.ReadAuditRepository;
import uk.gov.lga.platform.radar.persistence.SignalRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;

import java.time.Clock;
import java.util.List;

/** Turns what other services publish into signals, and lets radar roles read them (audited). */
@ApplicationScoped
public class SignalService {

    private final SignalRepository signals;
    private final ReadAuditRepository audits;
    private final Clock clock;

    @Inject
    public SignalService(SignalRepository signals, ReadAuditRepository audits, Clock clock) {
        this.signals = signals;
        this.audits = audits;
        this.clock = clock;
    }

    /** Records the signal of a published data return: its latest period and what it published. */
    @Transactional
    public void recordDataReturn(EventEnvelope.Typed<DataReturnPublished> envelope) {
        DataReturnPublished published = envelope.data();
        Signal signal = new Signal();
        signal.councilCode = published.councilCode();
        signal.kind = "DATA_RETURN";
        signal.source = envelope.source();
        signal.sourceEventId = envelope.eventId();
        List<String> periods = published.values().stream()
                .map(DataReturnPublished.Value::period).distinct().sorted().toList();
        signal.period = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        signal.summary = "Data return " + published.dataReturnId() + " published " + published.values().size()
                + " value(s) for " + String.join(", ", periods);
        signal.observedAt = envelope.occurredAt();
        signal.receivedAt = clock.instant();
        signals.persist(signal);
    }

    /** The council's signals, newest first; the read itself is audited under the reader's name. */
    @Transactional
    public List<Signal> signalsOf(GssCode council, Caller reader) {
        audits.persist(ReadAudit.of(reader, council, "signals", clock.instant()));
        return signals.newestFirst(council);
    }
}
