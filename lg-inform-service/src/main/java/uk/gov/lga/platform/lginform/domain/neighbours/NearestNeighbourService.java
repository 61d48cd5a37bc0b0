package uk.gov.lga.platform.lginform.domain.neighbours;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.events.ContextualDataChanged;
import uk.gov.lga.platform.lginform.config.NeighbourSettings;
import uk.gov.lga.platform.lginform.domain.values.StoredValue;
import uk.gov.lga.platform.lginform.domain.values.ValuesPublished;
import uk.gov.lga.platform.lginform.persistence.NeighbourRepository;
import uk.gov.lga.platform.support.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps every English council's nearest neighbours in line with the published contextual data. A
 * publication that changes a council's latest value of a weighted metric recomputes the neighbours of
 * that council's tier in the publishing transaction, and records one ContextualDataChanged per council.
 */
@ApplicationScoped
public class NearestNeighbourService {

    private static final Logger LOG = Logger.getLogger(NearestNeighbourService.class);

    private final NeighbourRepository repository;
    private final NeighbourSettings settings;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public NearestNeighbourService(NeighbourRepository repository, NeighbourSettings settings, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The council's neighbours as last computed, nearest first. */
    public Optional<ComputedNeighbours> neighboursOf(String gssCode) {
        return repository.neighboursOf(gssCode);
    }

    /**
     * Recomputes everything at start-up, so a changed weight or setting takes effect; no input changed, so no
     * events. Runs after the councils register has loaded (a council's tier comes from it).
     */
    @Transactional
    void recomputeAtStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        repository.lockForRecompute();
        Map<String, Double> weights = repository.weights();
        List<LatestInput> inputs = repository.latestInputs(weights.keySet());
        recompute(weights, inputs, Set.of(Tier.UNITARY, Tier.LOWER, Tier.UPPER));
        LOG.infof("nearest neighbours computed for %d councils with inputs", inputs.stream()
                .map(LatestInput::council).distinct().count());
    }

    /**
     * Runs inside the publishing transaction, after the values were published under the publication lock: the
     * neighbours never lag the published data and commit or roll back with it. Recomputing a tier is a few
     * thousand rows (about 317 English councils in all), cheap enough not to defer to a scheduled job.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onValuesPublished(@Observes ValuesPublished published) {
        Map<String, Double> weights = repository.weights();
        List<StoredValue> weighted = published.values().stream().filter(v -> weights.containsKey(v.metric())).toList();
        if (weighted.isEmpty()) {
            return;
        }
        repository.lockForRecompute();
        List<LatestInput> inputs = repository.latestInputs(weights.keySet());
        Map<String, List<LatestInput>> changed = changedInputs(weighted, inputs);
        if (changed.isEmpty()) {
            return;
        }
        Set<String> tiers = changed.values().stream().map(c -> c.get(0).tier()).collect(Collectors.toSet());
        recompute(weights, inputs, tiers);
        Instant now = Instant.now(clock);
        changed.forEach((council, changes) -> outbox.record(new ContextualDataChanged(council, changes.get(0).tier(),
                changes.stream().map(i -> new ContextualDataChanged.Input(i.metric(), i.period(), i.value())).toList()), now));
    }

    /**
     * The published values that are now a council's latest input, by council. A value for an older period,
     * or one a later revision had already replaced, changes no input.
     */
    private static Map<String, List<LatestInput>> changedInputs(List<StoredValue> published, List<LatestInput> inputs) {
        Map<String, LatestInput> latest = new HashMap<>();
        inputs.forEach(i -> latest.put(i.council() + "|" + i.metric(), i));
        Map<String, List<LatestInput>> changed = new TreeMap<>();
        for (StoredValue v : published) {
            LatestInput input = latest.get(v.council() + "|" + v.metric());
            if (input != null && input.period().equals(v.period()) && input.revision() == v.revision()) {
                changed.computeIfAbsent(v.council(), c -> new ArrayList<>()).add(input);
            }
        }
        return changed;
    }

    private void recompute(Map<String, Double> weights, List<LatestInput> inputs, Collection<String> tiers) {
        List<NearestNeighbours.Candidate> candidates = inputs.stream().filter(i -> tiers.contains(i.tier()))
                .collect(Collectors.groupingBy(LatestInput::council, TreeMap::new, Collectors.toList()))
                .values().stream()
                .map(values -> new NearestNeighbours.Candidate(values.get(0).council(), values.get(0).tier(), values.stream()
                        .collect(Collectors.toMap(LatestInput::metric, i -> i.value().doubleValue()))))
                .toList();
        NearestNeighbours model = new NearestNeighbours(weights, settings.count(), settings.contributions());
        repository.replace(tiers, model.compute(candidates), Instant.now(clock));
    }

    /** The council register's tiers of English councils: unitary covers UA, MD, LBO and the City of London. */
    static final class Tier {
        static final String UNITARY = "unitary";
        static final String LOWER = "lower tier";
        static final String UPPER = "upper tier";

        private Tier() {
        }
    }
}
