package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.support.security.Caller;

/**
 * Looks for missed deadlines every {@code peer-challenge.deadlines.check-every} (1 h by default; {@code off} in the
 * tests, which run it by hand) and announces each once, as the system.
 */
@ApplicationScoped
public class DeadlineJob {

    static final String NAME = "missed-deadlines";
    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    private final DeadlineService deadlines;

    @Inject
    public DeadlineJob(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @Scheduled(identity = NAME, every = "${peer-challenge.deadlines.check-every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void run() {
        int total = 0;
        int announced;
        do {
            announced = deadlines.announceMissed(Caller.system(NAME));
            total += announced;
        } while (announced == DeadlineService.BATCH);
        if (total > 0) {
            LOG.infof("announced %d missed deadlines", total);
        }
    }
}
