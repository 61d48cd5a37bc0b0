package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DataPack;
import uk.gov.lga.platform.support.ids.MetricId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A challenge's data pack from LG Inform. */
@Schema(description = "The hosts' LG Inform comparisons with their nearest neighbours on the configured metrics. "
        + "available is false, with a reason, when LG Inform could not give them; the rest of the challenge is unaffected.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataPackView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
        @Schema(required = true, description = "The LG Inform metric ids compared (peer-challenge.data-pack.metrics)",
                maxItems = METRICS, examples = "[\"household-waste-recycled\"]")
        List<@Size(max = 80) @Pattern(regexp = MetricId.PATTERN) String> metrics,
        @Schema(required = true) boolean available,
        @Schema(maxLength = LINE, pattern = NOT_BLANK,
                examples = "LG Inform could not be reached or did not answer in time; the rest of "
                        + "the challenge is unaffected. Ask for the data pack again later.")
        String reason,
        Instant generatedAt,
        @Schema(description = "The hosts, the lead first", maxItems = HOSTS) List<HostPack> hosts) {

    /** The most metrics a data pack compares on: far more than the configured list holds. */
    static final int METRICS = 100;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One host's comparisons, or why it has none.")
    public record HostPack(
            @Schema(required = true, pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035") String code,
            @Schema(required = true, maxLength = NAME, pattern = NOT_BLANK, examples = "Leeds") String name,
            @Schema(required = true) boolean available,
            @Schema(maxLength = LINE, pattern = NOT_BLANK, examples = "A fire and rescue authority has no LG Inform comparisons.")
            String reason,
            @Schema(maxItems = METRICS) List<MetricView> comparisons) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One metric for one host, as LG Inform compares it.")
    public record MetricView(
            @Schema(pattern = "^" + MetricId.PATTERN + "$", maxLength = 80, examples = "household-waste-recycled") String metric,
            @Schema(maxLength = NAME, pattern = NOT_BLANK, examples = "Household waste recycled") String title,
            @Schema(maxLength = 40, pattern = NOT_BLANK, examples = "percent") String unit,
            @Schema(pattern = "^[A-Z]+(_[A-Z]+)*$", maxLength = CONSTANT_LENGTH, examples = "HIGH_IS_GOOD") String polarity,
            @Schema(pattern = "^\\d{4}(/\\d{2}( Q[1-4])?)?$", maxLength = 10, examples = "2024/25") String period,
            BigDecimal value,
            @Schema(description = "Against the host's nearest neighbours") Position neighbours,
            Position england,
            @Schema(description = "Since the previous period", pattern = CONSTANT, maxLength = CONSTANT_LENGTH,
                    examples = "IMPROVING") String direction) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Where the host stands in a group of councils.")
    public record Position(
            @Schema(maxLength = 80, pattern = NOT_BLANK, examples = "nearest-neighbours") String group,
            @Schema(minimum = "0", maximum = "1000", examples = "16") int members,
            BigDecimal median, BigDecimal lowerQuartile, BigDecimal upperQuartile,
            @Schema(description = "1 is best by the metric's polarity", minimum = "1", maximum = "1000", examples = "4")
            Integer rank,
            @Schema(minimum = "1", maximum = "1000", examples = "16") Integer outOf,
            @Schema(minimum = "1", maximum = "4", examples = "1") Integer quartile,
            @Schema(maxLength = 40, pattern = NOT_BLANK, examples = "much better") String band) {

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
