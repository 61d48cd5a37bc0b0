package uk.gov.lga.platform.lginform.domain.councils;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.lginform.persistence.CouncilRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The councils register across time: today's councils and those abolished since 2019, each with its life, its
 * predecessors and its successors. Loaded from the reference files at start-up (and published to the other
 * services as CouncilRegistered events where it changed), read by everyone; it does not change while running, so
 * lives and succession are also kept in memory.
 */
@ApplicationScoped
public class CouncilService {

    private static final Logger LOG = Logger.getLogger(CouncilService.class);

    private final EntityManager em;
    private final CouncilReferenceFile referenceFile;
    private final CouncilRepository repository;
    private final CouncilRegistrations registrations;
    private final Clock clock;
    private volatile Map<String, Lifespan> lifespans = Map.of();
    private volatile Succession succession = Succession.NONE;

    @Inject
    public CouncilService(EntityManager em, CouncilReferenceFile referenceFile, CouncilRepository repository,
                         CouncilRegistrations registrations, Clock clock) {
        this.em = em;
        this.referenceFile = referenceFile;
        this.repository = repository;
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * Brings the register in line with the reference files; a re-run changes nothing that is already right, and
     * publishes CouncilRegistered only for councils that are new or changed.
     */
    @Transactional
    void load(@Observes StartupEvent start) {
        repository.lockRegister();
        ReferenceRegister reference = referenceFile.read();
        repository.all(); // one query brings every stored council into the session, so each merge finds its own there
        reference.councils().forEach(em::merge);
        em.flush();
        repository.replaceSuccessions(reference.succession().successors());
        remember(repository.all(), reference.succession());
        int published = registrations.publishChanged(reference.councils(), reference.succession(), Instant.now(clock));
        LOG.infof("councils register holds %d councils (%d abolished); %d CouncilRegistered events recorded",
                reference.councils().size(), reference.councils().stream().filter(Council::abolished).count(), published);
    }

    private void remember(List<Council> councils, Succession loaded) {
        Map<String, Lifespan> lives = new HashMap<>();
        councils.forEach(c -> lives.put(c.gssCode, c.lifespan()));
        lifespans = Map.copyOf(lives);
        succession = loaded;
    }

    /** Today, in the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The council's life; open at both ends for a code the register does not hold. */
    public Lifespan lifespanOf(String gssCode) {
        return lifespans.getOrDefault(gssCode, Lifespan.ALWAYS);
    }

    /** The council is in the register and existed during the geography's days. */
    public boolean existedDuring(String gssCode, Geography geography) {
        Lifespan life = lifespans.get(gssCode);
        return life != null && geography.includes(life);
    }

    /** Who replaced whom. */
    public Succession succession() {
        return succession;
    }

    public Optional<Council> find(String gssCode) {
        return Optional.ofNullable(Council.findById(gssCode));
    }

    public Council require(String gssCode) {
        return find(gssCode).orElseThrow(() -> ProblemException.notFound("No council has the GSS code " + gssCode + "."));
    }

    /**
     * The council, if the caller acts for it: 404 for an unknown council first, then 403 unless the caller is
     * its own officer or holds one of the wider roles.
     */
    public Council requireActingFor(String gssCode, Caller caller, String... widerRoles) {
        Council council = require(gssCode);
        caller.requireActsFor(council.gss(), widerRoles);
        return council;
    }

    /**
     * Councils matching the filters, ordered by GSS code, starting after the cursor: those that existed on the
     * filter's day, today's when it names none.
     */
    public List<Council> list(CouncilFilter filter, GssCode after, int limit) {
        CouncilFilter onADay = filter.at() != null ? filter
                : new CouncilFilter(filter.nation(), filter.region(), filter.type(), today());
        return repository.list(onADay, after, limit);
    }

    /** The councils, each with its predecessors and successors named. */
    public List<RegisteredCouncil> withLinks(List<Council> list) {
        Set<String> related = new HashSet<>();
        list.forEach(c -> {
            related.addAll(succession.predecessorsOf(c.gssCode));
            related.addAll(succession.successorsOf(c.gssCode));
        });
        Map<String, String> names = related.isEmpty() ? Map.of() : names(related);
        return list.stream().map(c -> new RegisteredCouncil(c,
                succession.predecessorsOf(c.gssCode).stream().map(p -> new RegisteredCouncil.Link(p, names.get(p))).toList(),
                succession.successorsOf(c.gssCode).stream().map(p -> new RegisteredCouncil.Link(p, names.get(p))).toList()))
                .toList();
    }

    /** One council with its predecessors and successors; 404 for an unknown code. */
    public RegisteredCouncil requireWithLinks(String gssCode) {
        return withLinks(List.of(require(gssCode))).get(0);
    }

    /** Every GSS code in the register, abolished councils' included. */
    public Set<String> codes() {
        return repository.codes();
    }

    /** The names of these councils, by GSS code. */
    public Map<String, String> names(Collection<String> gssCodes) {
        return repository.names(gssCodes);
    }

    /**
     * Locks the councils' rows until the transaction ends, in the order given: a council's returns are
     * numbered one after another, so concurrent returns for it wait here.
     */
    public void lockForReturns(Collection<String> gssCodes) {
        repository.lock(gssCodes);
    }
}
