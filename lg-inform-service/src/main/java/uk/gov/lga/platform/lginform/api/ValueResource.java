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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Values", description = "Published values by metric, area and period, a page at a time, as JSON or CSV. "
        + "Open data: anyone may read.")
public class ValueResource {

    static final int MAX_PAGE = 5_000;
    /**
     * A repeated parameter is bounded by the request target (platform.limits.max-uri-length, 8192 characters): it
     * cannot carry more than about 800 of them.
     */
    static final int MAX_REPEATS = 1_000;
    /** 5000 rows of at most about 2,400 characters (a 1000-character note, quoted, its quotes doubled). */
    static final int MAX_CSV_PAGE = 12_000_000;
    static final String CSV_EXAMPLE = """
            council_code,council_name,metric,period,value,status,revision,published_at,note
            E08000035,"Leeds",usable-reserves,2024/25,183400,PROVISIONAL,1,2025-05-01T09:30:00Z,
            E08000035,"Leeds",household-waste-recycled,2024/25,37.9,FINAL,2,2025-06-02T10:00:00Z,"Revised after audit"
            """;
    /** A cursor this service handed out: URL-safe Base64 without padding. */
    static final String CURSOR = "^[A-Za-z0-9_-]{1,1024}$";
    /** GSS codes (comma-separated) or a comparison group id. */
    static final String AREA = "^([ENSW]\\d{8}(,[ENSW]\\d{8})*|all-england|type:[A-Z]{2,3}|region:[A-Za-z ]{1,60}"
            + "|county:[ENSW]\\d{8}|nearest-neighbours:[ENSW]\\d{8}|custom:\\d{1,18})$";
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
    @Operation(operationId = "listValues", summary = "List published values",
            description = PARAMETERS + " Ordered by council, metric, period; pass next (JSON body, or the "
                    + "X-Next-Cursor header with CSV) as after for the following page. limit 1-" + MAX_PAGE
                    + " (default 1000). JSON, or CSV with Accept: text/csv. Callers: anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "One page of values.",
            headers = @Header(name = "X-Next-Cursor", description = "With CSV: the cursor of the following page, to "
                    + "pass as after; absent on the last page.", schema = @Schema(type = SchemaType.STRING,
                    pattern = CURSOR, maxLength = 1024)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueView.Page.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CSV_PAGE,
                            description = "UTF-8 CSV with a header row; names and notes quoted."),
                            examples = @ExampleObject(name = "values", value = CSV_EXAMPLE))})
    public Response values(@Parameter(description = "Metric ids, comma-separated or repeated; none = every metric.",
                                   schema = @Schema(type = SchemaType.ARRAY,
                                   maxItems = MAX_REPEATS, implementation = Formats.MetricIds.class))
                           @QueryParam("metric") List<String> metric,
                           @Parameter(description = "A council code, a comma-separated list of codes, or a comparison "
                                   + "group id; none = every council.", example = "E08000035",
                                   schema = @Schema(type = SchemaType.STRING, pattern = AREA, maxLength = 4096))
                           @QueryParam("area") String area,
                           @Parameter(description = "Periods, latest or latest:N, comma-separated or repeated.",
                                   schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_REPEATS,
                                   implementation = Formats.PeriodsAsked.class))
                           @QueryParam("period") List<String> period,
                           @Parameter(description = "The next of the previous page; absent for the first page.",
                                   schema = @Schema(type = SchemaType.STRING, pattern = CURSOR, maxLength = 1024))
                           @QueryParam("after") String after,
                           @Parameter(description = "How many values a page holds at most.", example = "1000")
                           @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(MAX_PAGE) int limit,
                           @Parameter(description = "true: the councils asked for bring their predecessors (the councils "
                                   + "they replaced, at any depth), whose values are marked predecessorOf (JSON).")
                           @QueryParam("predecessors") @DefaultValue("false") boolean predecessors,
                           @Parameter(hidden = true) @HeaderParam("Accept") String accept) {
        ValueFilter filter = published.filter(metric, area, period, predecessors, caller.get());
        List<PublishedValue> rows = published.page(filter, ValueCursor.parse(after), limit + 1);
        Page<ValueView> page = Page.of(rows, limit, v -> ValueView.of(v, filter.predecessorOf().get(v.councilCode())),
                ValueCursor::after);
        if (Representation.preferred(accept, Representation.JSON) == Representation.CSV) {
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
