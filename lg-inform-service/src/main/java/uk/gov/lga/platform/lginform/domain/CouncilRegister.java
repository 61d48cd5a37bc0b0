package uk.gov.lga.platform.lginform.domain;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The councils register: loaded from the reference file at start-up, read by everyone. */
@ApplicationScoped
public class CouncilRegister {

    private static final Logger LOG = Logger.getLogger(CouncilRegister.class);

    @Inject
    EntityManager em;

    @Inject
    CouncilReferenceFile referenceFile;

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

    /** Councils matching the filters (each optional), ordered by GSS code, starting after the cursor. */
    public List<Council> list(CouncilFilter filter, String after, int limit) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.nation() != null) {
            where.add("lower(nation) = lower(:nation)");
            params.and("nation", filter.nation());
        }
        if (filter.region() != null) {
            where.add("lower(region) = lower(:region)");
            params.and("region", filter.region());
        }
        if (filter.type() != null) {
            where.add("upper(type) = upper(:type)");
            params.and("type", filter.type());
        }
        if (after != null) {
            where.add("gssCode > :after");
            params.and("after", after);
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        return Council.<Council>find(query, Sort.by("gssCode"), params.map()).page(0, limit).list();
    }

    /** Every GSS code in the register. */
    public java.util.Set<String> codes() {
        return java.util.Set.copyOf(em.createQuery("select c.gssCode from Council c", String.class).getResultList());
    }

    public record CouncilFilter(String nation, String region, String type) {
    }
}
