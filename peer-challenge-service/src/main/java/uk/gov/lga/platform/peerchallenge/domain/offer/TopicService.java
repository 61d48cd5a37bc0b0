package uk.gov.lga.platform.peerchallenge.domain.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.persistence.TopicRepository;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The catalogue of subject-specific challenge topics: anyone signed in reads it, challenge managers and platform
 * admins keep it. A new minimum price applies to challenges charged from then on; charges already recorded stand.
 */
@ApplicationScoped
public class TopicService {

    private final TopicRepository topics;
    private final Clock clock;

    @Inject
    public TopicService(TopicRepository topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    /** What a manager says a topic is. */
    public record TopicTerms(String description, BigDecimal minimumPrice, boolean active) {
    }

    /** A topic as stored, and whether this call created it. */
    public record Kept(ChallengeTopic topic, boolean created) {
    }

    @Transactional
    public List<ChallengeTopic> list(String after, boolean activeOnly, int rows, Caller caller) {
        requireSignedIn(caller);
        return topics.page(after, activeOnly, rows);
    }

    @Transactional
    public ChallengeTopic get(String name, Caller caller) {
        requireSignedIn(caller);
        return topics.findByIdOptional(name).orElseThrow(() -> ProblemException.notFound(
                "The catalogue has no topic named '" + name + "'."));
    }

    /** Creates the topic or replaces its terms. */
    @Transactional
    public Kept put(String name, TopicTerms terms, Caller caller) {
        if (!caller.hasAnyRole(Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only a challenge manager or a platform admin may keep the catalogue of topics.");
        }
        Instant now = Instant.now(clock);
        // Inserted first, so two managers creating one topic at once do not both try; then locked and set.
        boolean created = topics.insertIfAbsent(name, terms.minimumPrice().setScale(2), terms.active(), caller.name(), now);
        ChallengeTopic topic = topics.findByIdOptional(name, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        topic.description = terms.description();
        topic.minimumPrice = terms.minimumPrice().setScale(2);
        topic.active = terms.active();
        topic.updatedBy = caller.name();
        topic.updatedAt = now;
        return new Kept(topic, created);
    }

    private static void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw ProblemException.forbidden("The catalogue is read by signed-in callers.");
        }
    }
}
