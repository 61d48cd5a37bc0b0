package uk.gov.lga.platform.knowledgehub.domain;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.List;

/** The communities of practice on the Knowledge Hub. */
@ApplicationScoped
public class CommunityDirectory {

    /** Communities ordered by id, starting after the cursor (the last id of the previous page). */
    @Transactional
    public List<Community> list(String after, int limit) {
        return (after == null
                ? Community.<Community>findAll(Sort.by("id"))
                : Community.<Community>find("id > ?1", Sort.by("id"), after))
                .page(0, limit).list();
    }

    @Transactional
    public Community require(String id) {
        return Community.<Community>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No community has the id " + id + "."));
    }
}
