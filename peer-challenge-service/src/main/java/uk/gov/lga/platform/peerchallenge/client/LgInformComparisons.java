package uk.gov.lga.platform.peerchallenge.client;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A council's comparisons with its nearest neighbours, from LG Inform, guarded: each call has 2 s, is tried up to 3
 * times (200 ms apart), and after half of the last 6 calls failed the circuit opens for 15 s, so a data pack asks
 * nothing of a LG Inform that is down and answers at once. Whatever fails ends in the named fallback: an answer
 * that says LG Inform could not be reached. LG Inform's "no such council / no neighbours yet / unknown metric" (4xx)
 * is an answer, not a failure: it neither retries nor counts against the circuit.
 */
@ApplicationScoped
public class LgInformComparisons {

    private static final Logger LOG = Logger.getLogger(LgInformComparisons.class);
    /** The circuit breaker's name, for its state in metrics and tests. */
    public static final String CIRCUIT = "lg-inform";
    static final String UNREACHABLE = "LG Inform could not be reached or did not answer in time; the rest of the "
            + "challenge is unaffected. Ask for the data pack again later.";

    private final LgInformClient lgInform;

    @Inject
    public LgInformComparisons(@RestClient LgInformClient lgInform) {
        this.lgInform = lgInform;
    }

    /** What LG Inform answered for one council: comparisons, or why there are none. */
    public record Answer(String gssCode, boolean available, String reason, String name,
                         List<LgInformClient.Comparison> comparisons) {

        static Answer of(LgInformClient.Comparisons c, String gssCode) {
            return new Answer(gssCode, true, null, c.name(), c.comparisons() == null ? List.of() : c.comparisons());
        }

        static Answer unavailable(String gssCode, String reason) {
            return new Answer(gssCode, false, reason, null, List.of());
        }
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, delayUnit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 15, delayUnit = ChronoUnit.SECONDS)
    @CircuitBreakerName(CIRCUIT)
    @Fallback(fallbackMethod = "lgInformUnreachable")
    public Answer nearestNeighbours(String gssCode, List<String> metrics) {
        try {
            return Answer.of(lgInform.compare(gssCode, String.join(",", metrics), "nearest-neighbours:" + gssCode), gssCode);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                return Answer.unavailable(gssCode, "LG Inform has no nearest-neighbour comparison for " + gssCode
                        + " (it answered " + status + "): the council may have no published data yet.");
            }
            throw e;
        }
    }

    /** The named fallback: LG Inform down, slow, or its circuit open. */
    Answer lgInformUnreachable(String gssCode, List<String> metrics) {
        LOG.warnf("data pack: LG Inform unreachable for %s", gssCode);
        return Answer.unavailable(gssCode, UNREACHABLE);
    }
}
