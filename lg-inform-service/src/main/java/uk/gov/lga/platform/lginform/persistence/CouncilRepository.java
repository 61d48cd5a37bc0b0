package uk.gov.lga.platform.lginform.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilFilter;
import uk.gov.lga.platform.support.ids.GssCode;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The councils register's queries. */
@ApplicationScoped
public class CouncilRepository {

    private final EntityManager em;

    @Inject
    public CouncilRepository(EntityManager em) {
        this.em = em;
    }

    /** Councils matching the filters (each optional), ordered by GSS code, starting after the cursor. */
    public List<Council> list(CouncilFilter filter, GssCode after, int limit) {
        Conditions where = Conditions.all()
                .add("lower(nation) = lower(:nation)", "nation", filter.nation())
                .add("lower(region) = lower(:region)", "region", filter.region())
                .add("upper(type) = upper(:type)", "type", filter.type())
                .add("gssCode > :after", "after", after == null ? null : after.value());
        return Council.<Council>find(where.text(), Sort.by("gssCode"), where.parameters()).page(0, limit).list();
    }

    public Set<String> codes() {
        return Set.copyOf(em.createQuery("select c.gssCode from Council c", String.class).getResultList());
    }

    public Map<String, String> names(Collection<String> gssCodes) {
        return Council.<Council>list("gssCode in ?1", gssCodes).stream().collect(Collectors.toMap(c -> c.gssCode, c -> c.name));
    }

    /** Locks each council's row, in the order given, until the transaction ends. */
    public void lock(Collection<String> gssCodes) {
        gssCodes.forEach(code -> em.find(Council.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
