package uk.gov.lga.platform.peerchallenge.domain.offer;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.support.security.Caller;

/**
 * Every night, writes the EXPIRY of free support days whose time is over (member peer support 12 months after the
 * change of control), once per grant. The schedule is {@code peer-challenge.offer.expiry-cron}, in UK time.
 */
@ApplicationScoped
public class SupportExpiryJob {

    static final Caller JOB = Caller.system("support-expiry");

    private static final Logger LOG = Logger.getLogger(SupportExpiryJob.class);

    private final OfferService offers;

    @Inject
    public SupportExpiryJob(OfferService offers) {
        this.offers = offers;
    }

    @Scheduled(identity = "support-expiry", cron = "{peer-challenge.offer.expiry-cron}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int expired = offers.expireUnusedSupport(JOB);
        if (expired > 0) {
            LOG.infof("expired the unused days of %d grant(s) of free support", expired);
        }
    }
}
