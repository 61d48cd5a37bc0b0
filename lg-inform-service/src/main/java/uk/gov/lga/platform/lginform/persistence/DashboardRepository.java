package uk.gov.lga.platform.lginform.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.lginform.domain.dashboards.Dashboard;

import java.util.List;

/** The dashboards' queries. */
@ApplicationScoped
public class DashboardRepository {

    /**
     * Dashboards ordered by id after the cursor, of one council if given: public ones, and private ones too for a
     * reader of every private dashboard ({@code everyPrivate}) or of those of their own council.
     */
    public List<Dashboard> list(String councilCode, boolean everyPrivate, String ownCouncil, Long after, int limit) {
        Conditions where = Conditions.all();
        if (!everyPrivate) {
            where.add(Conditions.any().add("isPublic = true").add("councilCode = :own", "own", ownCouncil));
        }
        where.add("councilCode = :council", "council", councilCode).add("id > :after", "after", after);
        return Dashboard.<Dashboard>find(where.text(), Sort.by("id"), where.parameters()).page(0, limit).list();
    }
}
