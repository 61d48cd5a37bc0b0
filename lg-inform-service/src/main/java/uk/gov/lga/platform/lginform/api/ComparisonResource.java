package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.comparison.ComparisonService;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.CurrentCaller;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Comparisons of a council's published values: open data, so anyone may ask. */
@Path("/councils/{gssCode}/comparisons")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Comparisons", description = "A council's published values against a comparison group and England: "
        + "statistics, rank, quartile, band and direction of travel. Open data: anyone may ask.")
public class ComparisonResource {

    /** Metrics in one request: a dashboard's worth and more, but not the whole catalogue at once. */
    static final int MAX_METRICS = 50;

    static final String PERIOD_OR_LATEST = "^(latest|\\d{4}(/\\d{2})?( Q[1-4])?)$";

    private final ComparisonService comparisons;
    private final CurrentCaller caller;

    @Inject
    public ComparisonResource(ComparisonService comparisons, CurrentCaller caller) {
        this.comparisons = comparisons;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "compareCouncil", summary = "Compare a council with a group and with England",
            description = "metric: one or more metric ids, comma-separated or repeated (up to 50); period: a period of "
                    + "each metric's type or latest (default: each metric's newest period with any published value); "
                    + "group: a comparison group id (default all-england). One comparison per metric: the council's "
                    + "value, the group's and England's count, missing, min, quartiles, median, max, mean and MAD, the "
                    + "council's rank (1 best by polarity, ties share the best rank), quartile, distance from the median "
                    + "in MADs and its band, and its direction of travel since the previous period. 404 problem for an "
                    + "unknown council, metric or group; a council outside the group is still compared, with inGroup "
                    + "false. Callers: anyone, anonymous included (published data is open); a custom group only for "
                    + "those who may see it (404 to others).")
    @APIResponse(responseCode = "200", description = "One comparison per metric, in the order asked.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComparisonView.ForCouncil.class)))
    public ComparisonView.ForCouncil compare(
            @Parameter(description = "The council's GSS code.", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH))
            @PathParam("gssCode") String gssCode,
            @Parameter(description = "Metric ids, comma-separated or repeated; up to " + MAX_METRICS + ".",
                    required = true,
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_METRICS, implementation = Formats.MetricIds.class))
            @QueryParam("metric") List<String> metric,
            @Parameter(description = "A period of each metric's type (2024/25, 2024/25 Q1, 2024) or latest.",
                    example = "2024/25", schema = @Schema(type = SchemaType.STRING, pattern = PERIOD_OR_LATEST,
                    maxLength = 12, defaultValue = ComparisonService.LATEST))
            @QueryParam("period") @DefaultValue(ComparisonService.LATEST) @Size(max = 12) String period,
            @Parameter(description = "A comparison group id.", example = "nearest-neighbours:E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = Formats.GROUP_ID,
                            maxLength = Formats.GROUP_ID_LENGTH, defaultValue = GroupId.ALL_ENGLAND_ID))
            @QueryParam("group") @DefaultValue(GroupId.ALL_ENGLAND_ID) @Size(max = 120) String group) {
        return ComparisonView.ForCouncil.of(comparisons.compare(gssCode, metricIds(metric), period, group, caller.get()));
    }

    /** Repeated parameters and comma-separated lists alike, each id once, in the order given. */
    private static List<String> metricIds(List<String> params) {
        List<String> ids = params == null ? List.of() : params.stream().filter(Objects::nonNull)
                .flatMap(p -> Arrays.stream(p.split(","))).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty() || ids.size() > MAX_METRICS) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields.", List.of(new Problem.FieldError(
                    "metric", ids.isEmpty() ? "is required: one or more metric ids, comma-separated or repeated"
                            : "names " + ids.size() + " metrics; at most " + MAX_METRICS + " may be compared at once")));
        }
        return ids;
    }
}
