package uk.gov.lga.platform.peerchallenge.domain.challenges;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.peerchallenge.client.LgInformClient;
import uk.gov.lga.platform.peerchallenge.client.LgInformComparisons;
import uk.gov.lga.platform.peerchallenge.config.DataPackConfig;
import uk.gov.lga.platform.support.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Builds a challenge's data pack from LG Inform. Not transactional: the challenge is read in a short transaction
 * of its own, so no database connection is held while LG Inform is asked (which may take seconds when it is slow).
 */
@ApplicationScoped
public class DataPackService {

    static final String NOT_IN_LG_INFORM = "A fire and rescue authority has no LG Inform comparisons.";

    private final ChallengeService challenges;
    private final LgInformComparisons lgInform;
    private final DataPackConfig config;
    private final Clock clock;

    @Inject
    public DataPackService(ChallengeService challenges, LgInformComparisons lgInform, DataPackConfig config, Clock clock) {
        this.challenges = challenges;
        this.lgInform = lgInform;
        this.config = config;
        this.clock = clock;
    }

    /** Who may read the challenge may read its pack (404/403 as for the challenge). */
    public DataPack forChallenge(long challengeId, Caller caller) {
        List<HostRef> hosts = challenges.hostsForDataPack(challengeId, caller);
        List<String> metrics = config.metrics();
        List<DataPack.Host> packs = hosts.stream().map(h -> h.council() ? pack(h, metrics)
                : new DataPack.Host(h.code(), h.name(), false, NOT_IN_LG_INFORM, List.of())).toList();
        List<DataPack.Host> missing = packs.stream()
                .filter(p -> !p.available() && !NOT_IN_LG_INFORM.equals(p.reason())).toList();
        String reason = missing.isEmpty() ? null : missing.stream().map(DataPack.Host::reason).distinct()
                .reduce((a, b) -> a + " " + b).orElse(null);
        return new DataPack(challengeId, metrics, missing.isEmpty(), reason, Instant.now(clock), packs);
    }

    private DataPack.Host pack(HostRef host, List<String> metrics) {
        LgInformComparisons.Answer answer = lgInform.nearestNeighbours(host.code(), metrics);
        if (!answer.available()) {
            return new DataPack.Host(host.code(), host.name(), false, answer.reason(), List.of());
        }
        return new DataPack.Host(host.code(), answer.name() == null ? host.name() : answer.name(), true, null,
                answer.comparisons().stream().map(DataPackService::comparison).toList());
    }

    private static DataPack.MetricComparison comparison(LgInformClient.Comparison c) {
        LgInformClient.Metric m = c.metric();
        return new DataPack.MetricComparison(m == null ? null : m.id(), m == null ? null : m.title(),
                m == null ? null : m.unit(), m == null ? null : m.polarity(), c.period(), c.value(),
                position(c.group()), position(c.england()), c.travel() == null ? null : c.travel().direction());
    }

    private static DataPack.Position position(LgInformClient.Against a) {
        return a == null ? null : new DataPack.Position(a.id(), a.members(), a.median(), a.lowerQuartile(),
                a.upperQuartile(), a.rank(), a.outOf(), a.quartile(), a.bandText() != null ? a.bandText() : a.band());
    }
}
