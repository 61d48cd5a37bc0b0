package uk.gov.lga.platform.lginform.domain.returns;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import uk.gov.lga.platform.lginform.domain.values.StoredValue;
import uk.gov.lga.platform.lginform.domain.values.ValuesPublished;
import uk.gov.lga.platform.lginform.persistence.DataReturnRepository;
import uk.gov.lga.platform.support.outbox.Outbox;

import java.time.Instant;
import java.util.List;

/**
 * The publication step of a submission: numbers the new returns' values, stores them in one COPY and
 * publishes them, with one DataReturnPublished event per return in the outbox and the {@link ValuesPublished}
 * observers (nearest neighbours) run in the same transaction. Publications are serialised by a lock, held
 * from the COPY to commit, so their change numbers are in commit order; everything that can be done before
 * it is. Each phase is timed as {@code lginform.returns.phase} with its {@code phase} tag.
 */
@ApplicationScoped
public class Publication {

    static final String TIMER = "lginform.returns.phase";

    private final DataReturnRepository repository;
    private final Outbox outbox;
    private final Event<ValuesPublished> valuesPublished;
    private final Timer numbering;
    private final Timer recording;
    private final Timer appending;
    private final Timer observing;

    @Inject
    public Publication(DataReturnRepository repository, Outbox outbox, Event<ValuesPublished> valuesPublished,
                       MeterRegistry meters) {
        this.repository = repository;
        this.outbox = outbox;
        this.valuesPublished = valuesPublished;
        this.numbering = phase(meters, "number");
        this.recording = phase(meters, "events");
        this.appending = phase(meters, "append");
        this.observing = phase(meters, "observers");
    }

    /**
     * Stores the new returns' values, published at {@code publishAt}; with none (early sight) they are stored
     * unpublished, without events, until {@link #release} publishes them.
     */
    public List<SubmittedReturn> store(NewReturns created, Instant publishAt) {
        NumberedValues numbered = numbering.record(() -> repository.number(created.staged()));
        List<SubmittedReturn> submitted = created.with(numbered.values());
        if (publishAt != null) {
            recording.record(() -> record(submitted, publishAt)); // before the publication lock: it is held from the COPY to commit
        }
        appending.record(() -> repository.append(numbered, publishAt));
        if (publishAt != null) {
            observing.record(() -> valuesPublished.fire(new ValuesPublished(numbered.values())));
        }
        return submitted;
    }

    /** Publishes early-sight returns whose release date has come, then announces them like any other. */
    public void release(List<DataReturn> returns, Instant at) {
        List<Long> ids = returns.stream().map(r -> r.id).toList();
        repository.publish(ids, at);
        List<SubmittedReturn> released = SubmittedReturn.each(returns, repository.valuesOf(ids));
        List<StoredValue> values = released.stream().flatMap(s -> s.values().stream()).toList();
        valuesPublished.fire(new ValuesPublished(values));
        record(released, at);
    }

    /** One DataReturnPublished per return, into the outbox (relayed to Kafka after commit). */
    private void record(List<SubmittedReturn> submitted, Instant at) {
        submitted.forEach(s -> outbox.record(ReturnEvents.published(s, at), at));
    }

    private static Timer phase(MeterRegistry meters, String phase) {
        return Timer.builder(TIMER).description("Time a data return submission spends in each phase of storing its values")
                .tag("phase", phase).register(meters);
    }
}
