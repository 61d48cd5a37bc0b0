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
public class OpenDataResource {

    static final int MAX_CHANGES = 10_000;
    /**
     * Open data may be kept by any cache for five minutes, then revalidated with its ETag (a 304 costs one small
     * query): publications are not minute-by-minute, and the change feed is there for those who need every change.
     */
    static final String CACHE = "public, max-age=300";
    static final String FILE_NAME = "lg-inform-open-data.csv";

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
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "The published dataset, streamed", description = "Anonymous. CSV (default) or JSON (Accept: "
            + "application/json), filtered like /values (" + ValueResource.PARAMETERS + "). Sends an ETag that changes "
            + "whenever a matching value is published or revised; If-None-Match with it answers 304.")
    public Response values(@QueryParam("metric") List<String> metric, @QueryParam("area") String area,
                           @QueryParam("period") List<String> period, @HeaderParam("Accept") String accept,
                           @Context Request request) {
        ValueFilter filter = published.filter(metric, area, period, caller.get());
        boolean asJson = accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains("text/csv");
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
    @Operation(summary = "What was published or revised after a cursor", description = "Anonymous. since: the next of "
            + "the previous page (none = from the beginning). Each value appears as it now stands, oldest change first; "
            + "keep the last next and ask again later to stay in sync. limit 1-" + MAX_CHANGES + " (default 1000).")
    public Page<ValueView.Change> changes(@QueryParam("since") String since,
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
