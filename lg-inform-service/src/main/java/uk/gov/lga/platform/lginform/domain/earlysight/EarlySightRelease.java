package uk.gov.lga.platform.lginform.domain.earlysight;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.lginform.domain.returns.DataReturnService;

/** Publishes early-sight returns at their release date, without anyone acting. */
@ApplicationScoped
public class EarlySightRelease {

    private static final Logger LOG = Logger.getLogger(EarlySightRelease.class);

    private final DataReturnService returns;

    @Inject
    public EarlySightRelease(DataReturnService returns) {
        this.returns = returns;
    }

    @Scheduled(every = "${lginform.early-sight.release-check:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void releaseDue() {
        try {
            int released;
            do {
                released = returns.releaseDue();
                if (released > 0) {
                    LOG.infof("released %d early-sight return(s)", released);
                }
            } while (released > 0);
        } catch (RuntimeException e) {
            LOG.warnf("early-sight release will retry: %s", e.getMessage());
        }
    }
}
