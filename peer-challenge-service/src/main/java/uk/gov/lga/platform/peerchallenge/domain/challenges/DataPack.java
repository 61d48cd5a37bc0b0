package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A challenge's data pack: each host's LG Inform comparisons with its nearest neighbours on the configured
 * metrics. {@code available} is false, with a reason, when any council host's comparisons could not be had.
 */
public record DataPack(long challengeId, List<String> metrics, boolean available, String reason, Instant generatedAt,
                       List<Host> hosts) {

    public DataPack {
        metrics = List.copyOf(metrics);
        hosts = List.copyOf(hosts);
    }

    /** One host: its comparisons, or why there are none (LG Inform down, no data, not a council). */
    public record Host(String code, String name, boolean available, String reason, List<MetricComparison> comparisons) {

        public Host {
            comparisons = List.copyOf(comparisons);
        }
    }

    /** One metric: the host's value against its nearest neighbours and against England. */
    public record MetricComparison(String metric, String title, String unit, String polarity, String period,
                                   BigDecimal value, Position neighbours, Position england, String direction) {
    }

    /** A group's median and quartiles, and the host's rank in it (1 is best by polarity). */
    public record Position(String group, int members, BigDecimal median, BigDecimal lowerQuartile,
                           BigDecimal upperQuartile, Integer rank, Integer outOf, Integer quartile, String band) {
    }
}
