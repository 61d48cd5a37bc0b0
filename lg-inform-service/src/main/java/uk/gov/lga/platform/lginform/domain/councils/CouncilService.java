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

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The councils register: loaded from the reference file at start-up, read by everyone. */
@ApplicationScoped
public class CouncilService {

    private static final Logger LOG = Logger.getLogger(CouncilService.class);

    private final EntityManager em;
    private final CouncilReferenceFile referenceFile;
    private final CouncilRepository repository;

    @Inject
    public CouncilService(EntityManager em, CouncilReferenceFile referenceFile, CouncilRepository repository) {
        this.em = em;
        this.referenceFile = referenceFile;
        this.repository = repository;
    }

    /** Brings the register in line with the reference file; a re-run changes nothing that is already right. */
    @Transactional
    void load(@Observes StartupEvent start) {
        List<Council> councils = referenceFile.read();
        councils.forEach(em::merge);
        LOG.infof("councils register holds %d councils", councils.size());
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

    /** Councils matching the filters, ordered by GSS code, starting after the cursor. */
    public List<Council> list(CouncilFilter filter, GssCode after, int limit) {
        return repository.list(filter, after, limit);
    }

    /** Every GSS code in the register. */
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
