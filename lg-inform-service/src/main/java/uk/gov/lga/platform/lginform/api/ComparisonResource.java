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
public class ComparisonResource {

    /** Metrics in one request: a dashboard's worth and more, but not the whole catalogue at once. */
    static final int MAX_METRICS = 50;

    private final ComparisonService comparisons;
    private final CurrentCaller caller;

    @Inject
    public ComparisonResource(ComparisonService comparisons, CurrentCaller caller) {
        this.comparisons = comparisons;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Compare a council with a group and with England", description = "Anyone, anonymous "
            + "included (published data is open). metric: one or more metric ids, comma-separated or repeated (up to 50); "
            + "period: a period of each metric's type or latest (default: each metric's newest period with any published "
            + "value); group: a comparison group id (default all-england). One comparison per metric: the council's "
            + "value, the group's and England's count, missing, min, quartiles, median, max, mean and MAD, the council's "
            + "rank (1 best by polarity, ties share the best rank), quartile, distance from the median in MADs and its "
            + "band, and its direction of travel since the previous period. 404 problem for an unknown council, metric "
            + "or group; a council outside the group is still compared, with inGroup false.")
    public ComparisonView.ForCouncil compare(@PathParam("gssCode") String gssCode,
                                             @QueryParam("metric") List<String> metric,
                                             @QueryParam("period") @DefaultValue(ComparisonService.LATEST) @Size(max = 12) String period,
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
