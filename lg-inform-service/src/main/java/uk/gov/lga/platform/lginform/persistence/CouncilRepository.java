package uk.gov.lga.platform.lginform.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilFilter;
import uk.gov.lga.platform.support.ids.GssCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The councils register's queries. */
@ApplicationScoped
public class CouncilRepository {

    /** Serialises loading the register, so two instances starting together publish each change once. */
    private static final long REGISTER_LOCK = 0x4C4752454749L;

    private final EntityManager em;

    @Inject
    public CouncilRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Councils matching the filters (each optional), ordered by GSS code, starting after the cursor; with a day,
     * only those that existed on it.
     */
    public List<Council> list(CouncilFilter filter, GssCode after, int limit) {
        Conditions where = Conditions.all()
                .add("(validFrom is null or validFrom <= :at) and (validTo is null or validTo >= :at)", "at", filter.at())
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

    /** Every council of the register, current and abolished, by GSS code. */
    public List<Council> all() {
        return Council.listAll(Sort.by("gssCode"));
    }

    /** Waits for any other instance loading the register; held until this transaction ends. */
    public void lockRegister() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", REGISTER_LOCK).getSingleResult();
    }

    /** Who replaced whom: each predecessor's successors. */
    public Map<String, List<String>> successions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT predecessor_code, successor_code FROM council_succession "
                + "ORDER BY predecessor_code, successor_code").getResultList();
        Map<String, List<String>> successors = new TreeMap<>();
        rows.forEach(r -> successors.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
        return successors;
    }

    /** Makes the succession table say exactly this: rows that are no longer so go, new ones come. */
    public void replaceSuccessions(Map<String, List<String>> successors) {
        if (successors.equals(successions())) {
            return;
        }
        em.createNativeQuery("DELETE FROM council_succession").executeUpdate();
        successors.forEach((predecessor, list) -> list.forEach(successor -> em.createNativeQuery(
                        "INSERT INTO council_succession (predecessor_code, successor_code) VALUES (:p, :s)")
                .setParameter("p", predecessor).setParameter("s", successor).executeUpdate()));
    }

    /** The fingerprint of each council's last CouncilRegistered event. */
    public Map<String, String> registrationFingerprints() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT gss_code, fingerprint FROM council_registration").getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((String) r[1]).trim()));
    }

    /** Remembers what the council's latest CouncilRegistered said. */
    public void saveRegistration(String gssCode, String fingerprint, Instant at) {
        em.createNativeQuery("INSERT INTO council_registration (gss_code, fingerprint, published_at) VALUES (:c, :f, :at) "
                        + "ON CONFLICT (gss_code) DO UPDATE SET fingerprint = excluded.fingerprint, published_at = excluded.published_at")
                .setParameter("c", gssCode).setParameter("f", fingerprint).setParameter("at", at).executeUpdate();
    }

    /** Locks each council's row, in the order given, until the transaction ends. */
    public void lock(Collection<String> gssCodes) {
        gssCodes.forEach(code -> em.find(Council.class, code, LockModeType.PESSIMISTIC_WRITE));
    }
}
