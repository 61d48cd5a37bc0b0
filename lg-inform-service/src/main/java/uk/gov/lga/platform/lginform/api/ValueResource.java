package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.gov.lga.platform.lginform.domain.values.PublishedValue;
import uk.gov.lga.platform.lginform.domain.values.PublishedValueService;
import uk.gov.lga.platform.lginform.domain.values.ValueFilter;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.security.CurrentCaller;

import java.util.List;

/** Published values, by metric, area and period, a page at a time. Open data: anyone may read. */
@Path("/values")
@PermitAll
public class ValueResource {

    static final int MAX_PAGE = 5_000;
    static final String PARAMETERS = "metric: one or more ids (comma-separated or repeated; none = every metric). "
            + "area: a council code, a comma-separated list of codes, or a comparison group id (all-england, type:NMD, "
            + "region:London, county:E10000007, nearest-neighbours:E08000035, custom:<id>); none = every council. "
            + "period: one or more ids (2024/25, 2024/25 Q1, 2024), latest, or latest:N (the N newest periods of each metric). "
            + "A comparison group here means every council it has ever had (values exist only in their councils' lives).";

    private final PublishedValueService published;
    private final CurrentCaller caller;

    @Inject
    public ValueResource(PublishedValueService published, CurrentCaller caller) {
        this.published = published;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Published values", description = "Anonymous. " + PARAMETERS + " Ordered by council, metric, "
            + "period; pass next (JSON body, or the X-Next-Cursor header with CSV) as after for the following page. "
            + "limit 1-" + MAX_PAGE + " (default 1000). JSON, or CSV with Accept: text/csv.")
    public Response values(@QueryParam("metric") List<String> metric, @QueryParam("area") String area,
                           @QueryParam("period") List<String> period, @QueryParam("after") String after,
                           @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(MAX_PAGE) int limit,
                           @Parameter(description = "true: the councils asked for bring their predecessors (the councils "
                                   + "they replaced, at any depth), whose values are marked predecessorOf (JSON).")
                           @QueryParam("predecessors") @DefaultValue("false") boolean predecessors,
                           @HeaderParam("Accept") String accept) {
        ValueFilter filter = published.filter(metric, area, period, predecessors, caller.get());
        List<PublishedValue> rows = published.page(filter, ValueCursor.parse(after), limit + 1);
        Page<ValueView> page = Page.of(rows, limit, v -> ValueView.of(v, filter.predecessorOf().get(v.councilCode())),
                ValueCursor::after);
        if (accept != null && accept.contains("text/csv")) {
            List<PublishedValue> shown = rows.subList(0, Math.min(limit, rows.size()));
            Response.ResponseBuilder csv = Response.ok(ValueCsv.of(shown), "text/csv; charset=UTF-8");
            if (page.next() != null) {
                csv.header("X-Next-Cursor", page.next());
            }
            return csv.build();
        }
        return Response.ok(page, MediaType.APPLICATION_JSON).build();
    }
}
