package uk.gov.lga.platform.lginform.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.Topics;
import uk.gov.lga.platform.lginform.persistence.ValueStore;
import uk.gov.lga.platform.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Accepts data returns whole or not at all: every value is checked first (all problems reported
 * together), then the returns, their values, the published values and one DataReturnPublished
 * event per council commit in one transaction.
 */
@ApplicationScoped
public class DataReturnService {

    /** The source of every event this service writes. */
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(DataReturnService.class);

    public static final String SOURCE = "lg-inform-service";

    @Inject
    CouncilRegister councils;

    @Inject
    ReturnValidator validator;

    @Inject
    ValueStore store;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Event<ValuesPublished> valuesPublished;

    Clock clock = Clock.systemUTC();

    /** A stored return and the values it stored, with their revisions. */
    public record Submitted(DataReturn dataReturn, List<ValueStore.Stored> values) {
    }

    /** One council's own return, published at once. */
    @Transactional
    public Submitted submit(String councilCode, ReturnedValues returned, String submittedBy) {
        return submit(councilCode, returned, submittedBy, null);
    }

    /** One council's own return; with early sight, shared with the group now and published at its release date. */
    @Transactional
    public Submitted submit(String councilCode, ReturnedValues returned, String submittedBy, EarlySight earlySight) {
        // One council's returns are numbered one after another: concurrent returns for it wait here.
        em.find(Council.class, councilCode, LockModeType.PESSIMISTIC_WRITE);
        validator.check(returned, false);
        List<Submitted> stored = store(Map.of(councilCode, returned.values()), DataReturn.Source.COUNCIL, submittedBy,
                earlySight);
        return stored.get(0);
    }

    /** A national dataset: values for many councils (each value names its council), all or nothing. */
    @Transactional
    public List<Submitted> submitNational(ReturnedValues returned, String submittedBy) {
        validator.check(returned, true);
        Map<String, List<ReturnedValue>> byCouncil = returned.values().stream()
                .collect(Collectors.groupingBy(ReturnedValue::council, TreeMap::new, Collectors.toList()));
        byCouncil.keySet().forEach(code -> em.find(Council.class, code, LockModeType.PESSIMISTIC_WRITE));
        return store(byCouncil, DataReturn.Source.NATIONAL, submittedBy, null);
    }

    /** Publishes early-sight returns whose release date has come: values, CDI event and DataReturnPublished. */
    @Transactional
    public int releaseDue() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<DataReturn> due = em.createNativeQuery("SELECT * FROM data_return WHERE released_at IS NULL "
                        + "AND release_at <= :now ORDER BY release_at, id LIMIT 100 FOR UPDATE SKIP LOCKED", DataReturn.class)
                .setParameter("now", now)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, DataReturn> returns = new LinkedHashMap<>();
        due.forEach(r -> {
            r.releasedAt = now;
            returns.put(r.id, r);
        });
        publish(returns, now);
        return due.size();
    }

    private List<Submitted> store(Map<String, List<ReturnedValue>> byCouncil, DataReturn.Source source, String submittedBy,
                                  EarlySight earlySight) {
        Instant now = Instant.now(clock);
        Map<Long, DataReturn> returns = new LinkedHashMap<>();
        List<ValueStore.Staged> staged = new ArrayList<>();
        byCouncil.forEach((council, values) -> {
            DataReturn r = new DataReturn();
            r.councilCode = council;
            r.source = source;
            r.submittedBy = submittedBy;
            r.submittedAt = now;
            r.valueCount = values.size();
            if (earlySight != null) {
                r.earlySightGroupId = earlySight.groupId();
                r.releaseAt = earlySight.releaseAt();
            }
            r.persist();
            returns.put(r.id, r);
            for (ReturnedValue v : values) {
                staged.add(new ValueStore.Staged(r.id, council, v.metric(), v.period(), v.value(),
                        v.status() == null ? ValueStatus.FINAL : v.status(), v.note()));
            }
        });
        long started = System.nanoTime();
        ValueStore.Numbered numbered = store.number(staged);
        Map<Long, List<ValueStore.Stored>> byReturn = numbered.values().stream()
                .collect(Collectors.groupingBy(ValueStore.Stored::dataReturnId, LinkedHashMap::new, Collectors.toList()));
        List<Submitted> submitted = returns.entrySet().stream()
                .map(e -> new Submitted(e.getValue(), byReturn.getOrDefault(e.getKey(), List.of()))).toList();
        long prepared = System.nanoTime();
        if (earlySight == null) {
            recordEvents(submitted, now); // before the publication lock: it is held from the COPY to commit
        }
        long recorded = System.nanoTime();
        store.append(numbered, earlySight == null ? now : null);
        long appended = System.nanoTime();
        if (earlySight == null) {
            valuesPublished.fire(new ValuesPublished(numbered.values()));
        }
        LOG.debugf("%d values: numbered in %d ms, events %d ms, appended in %d ms, observers %d ms", staged.size(),
                (prepared - started) / 1_000_000, (recorded - prepared) / 1_000_000, (appended - recorded) / 1_000_000,
                (System.nanoTime() - appended) / 1_000_000);
        return submitted;
    }

    /** Publishes early-sight returns now, then announces them like any other. */
    private void publish(Map<Long, DataReturn> returns, Instant now) {
        store.publish(List.copyOf(returns.keySet()), now);
        Map<Long, List<ValueStore.Stored>> stored = storedByReturn(returns.keySet());
        announce(returns.entrySet().stream()
                .map(e -> new Submitted(e.getValue(), stored.getOrDefault(e.getKey(), List.of()))).toList(), now);
    }

    /** Tells everyone of published values: CDI observers in this transaction, then Kafka via the outbox. */
    private void announce(List<Submitted> submitted, Instant now) {
        valuesPublished.fire(new ValuesPublished(submitted.stream().flatMap(s -> s.values().stream()).toList()));
        recordEvents(submitted, now);
    }

    /** One DataReturnPublished per return, into the outbox (relayed to Kafka after commit). */
    private void recordEvents(List<Submitted> submitted, Instant now) {
        submitted.forEach(s -> outbox.record(Topics.LGINFORM_RETURNS, published(s.dataReturn(), s.values(), now), SOURCE, now));
    }

    private Map<Long, List<ValueStore.Stored>> storedByReturn(java.util.Collection<Long> ids) {
        return store.valuesOf(List.copyOf(ids)).stream()
                .collect(Collectors.groupingBy(ValueStore.Stored::dataReturnId, LinkedHashMap::new, Collectors.toList()));
    }

    static DataReturnPublished published(DataReturn r, List<ValueStore.Stored> values, Instant publishedAt) {
        return new DataReturnPublished(r.councilCode, r.id, r.source.name(), r.submittedBy, r.submittedAt, publishedAt,
                values.stream().map(v -> new DataReturnPublished.Value(v.metric(), v.period(), v.value(), v.revision(),
                        v.status().name())).toList());
    }
}
