package uk.gov.lga.platform.knowledgehub.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.knowledgehub.domain.communities.Community;

import java.util.List;

/** The queries of the communities of practice. */
@ApplicationScoped
public class CommunityRepository implements PanacheRepositoryBase<Community, String> {

    /** Up to {@code limit} communities ordered by id, starting after {@code after} (from the first when null). */
    public List<Community> orderedById(String after, int limit) {
        return (after == null ? findAll(Sort.by("id")) : find("id > ?1", Sort.by("id"), after))
                .page(0, limit).list();
    }
}
