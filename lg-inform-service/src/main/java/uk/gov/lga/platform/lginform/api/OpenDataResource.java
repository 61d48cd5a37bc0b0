package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.values.PublishedValue;
import uk.gov.lga.platform.lginform.domain.values.PublishedValueService;
import uk.gov.lga.platform.lginform.domain.values.ValueFilter;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.CurrentCaller;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Open data for benchmarking clubs: the whole published dataset (or a filtered part) streamed, and a
 * change feed to stay in sync. Anonymous: published data is open to everyone. Flooding is refused
 * with 429 by the gateway.
 */
@Path("/open-data")
@PermitAll
@Tag(name = "Open data", description = "The whole published dataset for benchmarking clubs, streamed as CSV or JSON "
        + "with an ETag, and a change feed to stay in sync. Open data: anyone may read; the gateway limits the rate.")
public class OpenDataResource {

    static final int MAX_CHANGES = 10_000;
    /**
     * Open data may be kept by any cache for five minutes, then revalidated with its ETag (a 304 costs one small
     * query): publications are not minute-by-minute, and the change feed is there for those who need every change.
     */
    static final String CACHE = "public, max-age=300";
    static final String FILE_NAME = "lg-inform-open-data.csv";
    /** The ETag as sent: a quoted 32-digit hex digest. */
    static final String ETAG = "^\"[0-9a-f]{32}\"$";

    private final PublishedValueService published;
    private final ObjectMapper json;
    private final CurrentCaller caller;

    @Inject
    public OpenDataResource(PublishedValueService published, ObjectMapper json, CurrentCaller caller) {
        this.published = published;
        this.json = json;
        this.caller = caller;
    }

    @GET
    @Path("/values")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(operationId = "exportOpenData", summary = "Export the published dataset",
            description = "The whole published dataset (or the part the filters select), streamed: CSV by default, "
                    + "JSON with Accept: application/json. Filtered like /values (" + ValueResource.PARAMETERS + "). "
                    + "Sends an ETag that changes whenever a matching value is published or revised; If-None-Match with "
                    + "it answers 304. Callers: anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "The published values that match, streamed.",
            headers = {@Header(name = "ETag", description = "Changes whenever a matching value is published or revised.",
                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG, maxLength = 34)),
                    @Header(name = "Cache-Control", description = "Kept by any cache for five minutes, then revalidated.",
                            schema = @Schema(type = SchemaType.STRING, pattern = "^public, max-age=\\d+$", maxLength = 40))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = ValueView.class, description = "Every matching value, in no particular order.")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "UTF-8 CSV with a header row (" + FILE_NAME + "); names and notes quoted."),
                            examples = @ExampleObject(name = "values", value = ValueResource.CSV_EXAMPLE))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag.",
            headers = @Header(name = "ETag", description = "The current ETag.",
                    schema = @Schema(type = SchemaType.STRING, pattern = ETAG, maxLength = 34)))
    public Response values(@Parameter(description = "Metric ids, comma-separated or repeated; none = every metric.",
                                   schema = @Schema(type = SchemaType.ARRAY,
                                   maxItems = ValueResource.MAX_REPEATS, implementation = Formats.MetricIds.class))
                           @QueryParam("metric") List<String> metric,
                           @Parameter(description = "A council code, a comma-separated list of codes, or a comparison "
                                   + "group id; none = every council.", example = "E08000035",
                                   schema = @Schema(type = SchemaType.STRING, pattern = ValueResource.AREA, maxLength = 4096))
                           @QueryParam("area") String area,
                           @Parameter(description = "Periods, latest or latest:N, comma-separated or repeated.",
                                   schema = @Schema(type = SchemaType.ARRAY,
                                   maxItems = ValueResource.MAX_REPEATS, implementation = Formats.PeriodsAsked.class))
                           @QueryParam("period") List<String> period,
                           @Parameter(hidden = true) @HeaderParam("Accept") String accept,
                           @Context Request request) {
        ValueFilter filter = published.filter(metric, area, period, caller.get());
        boolean asJson = Representation.preferred(accept, Representation.CSV) == Representation.JSON;
        EntityTag tag = new EntityTag(digest(published.version(filter) + "|" + filter.fingerprint() + "|" + asJson));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
        }
        StreamingOutput body = asJson
                ? out -> {
                    try (JsonGenerator g = json.getFactory().createGenerator(out)) {
                        g.writeStartArray();
                        published.each(filter, v -> write(g, ValueView.of(v)));
                        g.writeEndArray();
                    }
                }
                : out -> {
                    // COPY writes row by row; a 64 KB buffer sends full chunks instead.
                    BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
                    published.copyCsv(filter, buffered);
                    buffered.flush();
                };
        Response.ResponseBuilder ok = Response.ok(body, asJson ? MediaType.APPLICATION_JSON : "text/csv; charset=UTF-8").tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE);
        if (!asJson) {
            ok.header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
        }
        return ok.build();
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOpenDataChanges", summary = "List what was published or revised after a cursor",
            description = "since: the next of the previous page (none = from the beginning). Each value appears as it "
                    + "now stands, oldest change first; keep the last next and ask again later to stay in sync (next is "
                    + "given on the last page too). limit 1-" + MAX_CHANGES + " (default 1000). Callers: anyone, "
                    + "anonymous included.")
    @APIResponse(responseCode = "200", description = "One page of changes, oldest first.")
    public Page<ValueView.Change> changes(@Parameter(description = "The next of the previous page: a change sequence "
                                                  + "number; absent to start from the beginning.", example = "1842",
                                                  schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,19}$",
                                                          maxLength = 19))
                                          @QueryParam("since") String since,
                                          @Parameter(description = "How many changes a page holds at most.", example = "1000")
                                          @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(MAX_CHANGES) int limit) {
        List<PublishedValue> rows = published.changesSince(sequence(since), limit + 1);
        Page<ValueView.Change> page = Page.of(rows, limit, ValueView.Change::of, v -> Long.toString(v.changeSeq()));
        // The last page still says where it ended, so the club can resume from there next time.
        String resumeFrom = page.next() != null ? page.next()
                : rows.isEmpty() ? (since == null ? "0" : since) : Long.toString(rows.get(rows.size() - 1).changeSeq());
        return new Page<>(page.items(), resumeFrom);
    }

    private static long sequence(String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        try {
            long value = Long.parseLong(since);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new ProblemException(400, "Bad Request", "since must be a cursor this feed gave out.",
                List.of(new Problem.FieldError("since", "is not a valid cursor")));
    }

    private static void write(JsonGenerator g, ValueView value) {
        try {
            g.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
