package uk.gov.lga.platform.lginform.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.lginform.domain.politics.PoliticalControl;

import java.util.List;

/** Councils' political control records. */
@ApplicationScoped
public class PoliticalControlRepository {

    private final EntityManager em;

    @Inject
    public PoliticalControlRepository(EntityManager em) {
        this.em = em;
    }

    /** The council's records, the newest (latest effective day) first. */
    public List<PoliticalControl> historyOf(String council) {
        em.flush();
        return PoliticalControl.list("councilCode", Sort.descending("effectiveFrom"), council);
    }

    /** Holds the council's history for this transaction: records of one council are written one after another. */
    public void lockHistoryOf(String council) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))").setParameter("key", "political_control:" + council)
                .getSingleResult();
    }
}
