package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DataPack;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A challenge's data pack from LG Inform. */
@Schema(description = "The hosts' LG Inform comparisons with their nearest neighbours on the configured metrics. "
        + "available is false, with a reason, when LG Inform could not give them; the rest of the challenge is unaffected.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataPackView(long challengeId, List<String> metrics, boolean available,
                           @Schema(examples = "LG Inform could not be reached or did not answer in time; the rest of "
                                   + "the challenge is unaffected. Ask for the data pack again later.")
                           String reason,
                           Instant generatedAt, List<HostPack> hosts) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HostPack(String code, String name, boolean available, String reason, List<MetricView> comparisons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MetricView(@Schema(examples = "household-waste-recycled") String metric, String title, String unit,
                             String polarity, @Schema(examples = "2024/25") String period, BigDecimal value,
                             @Schema(description = "Against the host's nearest neighbours") Position neighbours,
                             Position england,
                             @Schema(description = "Since the previous period") String direction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(String group, int members, BigDecimal median, BigDecimal lowerQuartile,
                           BigDecimal upperQuartile, @Schema(description = "1 is best by the metric's polarity") Integer rank,
                           Integer outOf, Integer quartile, String band) {

        static Position of(DataPack.Position p) {
            return p == null ? null : new Position(p.group(), p.members(), p.median(), p.lowerQuartile(),
                    p.upperQuartile(), p.rank(), p.outOf(), p.quartile(), p.band());
        }
    }

    static DataPackView of(DataPack p) {
        return new DataPackView(p.challengeId(), p.metrics(), p.available(), p.reason(), p.generatedAt(),
                p.hosts().stream().map(h -> new HostPack(h.code(), h.name(), h.available(), h.reason(),
                        h.comparisons().stream().map(m -> new MetricView(m.metric(), m.title(), m.unit(), m.polarity(),
                                m.period(), m.value(), Position.of(m.neighbours()), Position.of(m.england()),
                                m.direction())).toList())).toList());
    }
}
