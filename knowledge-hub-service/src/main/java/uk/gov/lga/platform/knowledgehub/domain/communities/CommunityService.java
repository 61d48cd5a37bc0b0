package uk.gov.lga.platform.knowledgehub.domain.communities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.knowledgehub.persistence.CommunityRepository;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.List;

/** The communities of practice on the Knowledge Hub. */
@ApplicationScoped
public class CommunityService {

    private final CommunityRepository communities;

    @Inject
    public CommunityService(CommunityRepository communities) {
        this.communities = communities;
    }

    /** Up to {@code limit} communities ordered by id, after the cursor (the last id of the previous page). */
    @Transactional
    public List<Community> list(String after, int limit) {
        return communities.orderedById(after, limit);
    }

    /** The community, or a 404 problem. */
    @Transactional
    public Community require(String id) {
        return communities.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No community has the id " + id + "."));
    }
}
