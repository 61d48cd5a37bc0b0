package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.earlysight.EarlySightService;
import uk.gov.lga.platform.lginform.domain.returns.DataReturnService;
import uk.gov.lga.platform.lginform.domain.returns.EarlySight;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValues;
import uk.gov.lga.platform.lginform.domain.returns.SubmittedReturn;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.idempotency.IdempotentRequests;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A council's data returns: submitted once, here; their history kept. */
@Path("/councils/{gssCode}/data-returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Data returns", description = "A council's data returns: submitted once, as JSON or CSV, by the council's "
        + "own officers; published at once (or at an early-sight release), their history kept.")
public class DataReturnResource {

    static final String SUBMIT_RULES = "Council officers of this council only (token claim council = gssCode): 401 "
            + "without a token, 404 for an unknown council, 403 for anyone else. Every wrong value is named at once "
            + "(values[i].field in JSON, 'line N: field' in CSV) in a 400/422 problem, and nothing is stored. A value "
            + "for a metric and period already reported becomes its next revision, and is published at once. Send an "
            + "Idempotency-Key to make a retry safe: the same key and body return the first answer without storing twice. "
            + "Early sight: earlySightGroup=custom:<id> (a custom group with this council among its members) and "
            + "releaseAt (ISO instant, in the future, within two years): the values are stored now, shown only to the "
            + "group's councils and clubs (GET /early-sight/values), and published at releaseAt without anyone acting.";
    static final String SUBMIT_CALLERS = " Callers: council-officer of this council only; anyone else 403. Anonymous: 401.";
    static final String SUBMIT_SUMMARY = "Submit a data return";
    static final String SUBMIT_DESCRIPTION = "The body is JSON (DataReturnRequest) or CSV (Content-Type text/csv). "
            + SUBMIT_RULES + SUBMIT_CALLERS;
    static final String JSON_EXAMPLE = """
            {"period": "2024/25", "values": [{"metric": "usable-reserves", "value": 183400},
             {"metric": "household-waste-recycled", "value": 37.9, "status": "PROVISIONAL", "note": "Before audit"}]}""";
    static final String CSV_EXAMPLE = """
            metric,period,value,status,note
            usable-reserves,2024/25,183400,FINAL,
            household-waste-recycled,2024/25,37.9,PROVISIONAL,Before audit
            """;
    /** The body limit (quarkus.http.limits.max-body-size, 64 MB): a CSV body has at most as many characters. */
    static final int MAX_CSV_BODY = 67_108_864;
    static final String KEY_DESCRIPTION = "Makes a retry safe: the same key and body return the first answer without "
            + "storing twice; the same key with another body is a 409. Up to 200 characters.";
    static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,200}$";

    private final DataReturnService returns;
    private final CouncilService councils;
    private final EarlySightService earlySights;
    private final ReturnBody bodies;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    @Inject
    public DataReturnResource(DataReturnService returns, CouncilService councils, EarlySightService earlySights,
                              ReturnBody bodies, IdempotentRequests idempotency, CurrentCaller caller) {
        this.returns = returns;
        this.councils = councils;
        this.earlySights = earlySights;
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_OFFICER)
    @Operation(operationId = "submitDataReturn", summary = SUBMIT_SUMMARY, description = SUBMIT_DESCRIPTION)
    @RequestBody(required = true, description = "The return's values; a value may name its own period.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataReturnRequest.class),
                    examples = @ExampleObject(name = "return", value = JSON_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored and published (or held for early sight).",
            headers = @Header(name = "Location", description = "The return's address: GET it to read it back.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Formats.URI_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataReturnView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of this council.")
    public Response submitJson(@PathParam("gssCode") @Parameter(description = "The council's GSS code.", example = "E08000035",
                                       schema = @Schema(type = SchemaType.STRING, pattern = Formats.GSS_CODE,
                                               maxLength = Formats.GSS_CODE_LENGTH)) String gssCode,
                               @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = KEY_DESCRIPTION,
                                       example = "leeds-2024-25-1", schema = @Schema(type = SchemaType.STRING,
                                       pattern = KEY_PATTERN, maxLength = 200)) String key,
                               @QueryParam("earlySightGroup") @Parameter(description = "Early sight: a custom group "
                                       + "with this council among its members, until releaseAt.", example = "custom:12",
                                       schema = @Schema(type = SchemaType.STRING, pattern = "^custom:\\d{1,18}$",
                                               maxLength = 25)) String earlySightGroup,
                               @QueryParam("releaseAt") @Parameter(description = "Early sight: when the values are "
                                       + "published (an ISO instant in the future, within two years).",
                                       example = "2025-09-01T09:00:00Z", schema = @Schema(type = SchemaType.STRING,
                                       format = "date-time", maxLength = 35)) String releaseAt,
                               byte[] body, @Context UriInfo uri) throws IOException {
        GssCode council = councils.requireActingFor(gssCode, caller.get()).gss();
        ReturnedValues values = bodies.fromJson(body, false);
        return submit(council, key, body, values, earlySights.parse(council, earlySightGroup, releaseAt), uri);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.COUNCIL_OFFICER)
    @Operation(operationId = "submitDataReturn", summary = SUBMIT_SUMMARY, description = SUBMIT_DESCRIPTION)
    @RequestBody(required = true, description = "UTF-8 CSV with a header row: metric,period,value[,status][,note].",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CSV_BODY),
                    examples = @ExampleObject(name = "return", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored and published (or held for early sight).",
            headers = @Header(name = "Location", description = "The return's address: GET it to read it back.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Formats.URI_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataReturnView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of this council.")
    public Response submitCsv(@PathParam("gssCode") String gssCode, @HeaderParam(IdempotentRequests.HEADER) String key,
                              @QueryParam("earlySightGroup") String earlySightGroup, @QueryParam("releaseAt") String releaseAt,
                              byte[] body, @Context UriInfo uri) {
        GssCode council = councils.requireActingFor(gssCode, caller.get()).gss();
        ReturnedValues values = bodies.fromCsv(body, false);
        return submit(council, key, body, values, earlySights.parse(council, earlySightGroup, releaseAt), uri);
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listDataReturns", summary = "List a council's data returns, newest first",
            description = "Without their values. Pass the page's next as after for the following page. Callers: "
                    + "council-officer of this council, lga-adviser, platform-admin; anyone else 403. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "One page of the council's returns.")
    @APIResponse(responseCode = "403", description = "Not an officer of this council, an adviser or an admin.")
    public Page<DataReturnView.Summary> list(@PathParam("gssCode") @Parameter(description = "The council's GSS code.",
                                                     example = "E08000035", schema = @Schema(type = SchemaType.STRING,
                                                     pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH))
                                             String gssCode,
                                             @QueryParam("after") @Parameter(description = "The next of the previous "
                                                     + "page (a return id); absent for the first page.",
                                                     schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                                                             minimum = "1", maximum = Formats.MAX_LONG)) Long after,
                                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(returns.returnsOf(gssCode, caller.get(), after, limit + 1), limit, DataReturnView.Summary::of,
                r -> r.id.toString());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getDataReturn", summary = "Read one data return with its values",
            description = "404 when the council has no such return. Callers: council-officer of this council, "
                    + "lga-adviser, platform-admin; anyone else 403. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "The return with its values, each with the revision it became.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataReturnView.class)))
    @APIResponse(responseCode = "403", description = "Not an officer of this council, an adviser or an admin.")
    public DataReturnView get(@PathParam("gssCode") @Parameter(description = "The council's GSS code.", example = "E08000035",
                                      schema = @Schema(type = SchemaType.STRING, pattern = Formats.GSS_CODE,
                                              maxLength = Formats.GSS_CODE_LENGTH)) String gssCode,
                              @PathParam("id") @Parameter(description = "The return's id (as the 201's Location gave it).",
                                      example = "1842", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                                      minimum = "1", maximum = Formats.MAX_LONG)) long id) {
        return DataReturnView.of(returns.returnOf(gssCode, id, caller.get()));
    }

    private Response submit(GssCode council, String key, byte[] body, ReturnedValues values, EarlySight earlySight,
                            UriInfo uri) {
        Caller submitter = caller.get();
        // The query (early sight) is part of the request a retry must repeat.
        byte[] request = (uri.getRequestUri().getRawQuery() + "\n" + new String(body, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        return idempotency.once(submitter.name(), key, request, () -> {
            SubmittedReturn stored = returns.submit(council, values, submitter, earlySight);
            URI location = uri.getAbsolutePathBuilder().path(Long.toString(stored.dataReturn().id)).build();
            return new IdempotentRequests.Outcome(201, location, DataReturnView.of(stored));
        });
    }
}
