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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
public class DataReturnResource {

    static final String SUBMIT_RULES = "Council officers of this council only (token claim council = gssCode): 401 "
            + "without a token, 404 for an unknown council, 403 for anyone else. Every wrong value is named at once "
            + "(values[i].field in JSON, 'line N: field' in CSV) in a 400/422 problem, and nothing is stored. A value "
            + "for a metric and period already reported becomes its next revision, and is published at once. Send an "
            + "Idempotency-Key to make a retry safe: the same key and body return the first answer without storing twice. "
            + "Early sight: earlySightGroup=custom:<id> (a custom group with this council among its members) and "
            + "releaseAt (ISO instant, in the future, within two years): the values are stored now, shown only to the "
            + "group's councils and clubs (GET /early-sight/values), and published at releaseAt without anyone acting.";

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
    @RequestBody(description = "{\"period\": \"2024/25\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 12.3, "
            + "\"status\": \"PROVISIONAL\", \"note\": \"...\"}]}; a value may name its own period")
    @Operation(summary = "Submit a data return (JSON)", description = SUBMIT_RULES)
    public Response submitJson(@PathParam("gssCode") String gssCode, @HeaderParam(IdempotentRequests.HEADER) String key,
                               @QueryParam("earlySightGroup") String earlySightGroup, @QueryParam("releaseAt") String releaseAt,
                               byte[] body, @Context UriInfo uri) throws IOException {
        GssCode council = councils.requireActingFor(gssCode, caller.get()).gss();
        ReturnedValues values = bodies.fromJson(body, false);
        return submit(council, key, body, values, earlySights.parse(council, earlySightGroup, releaseAt), uri);
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.COUNCIL_OFFICER)
    @RequestBody(description = "UTF-8 CSV with a header row: metric,period,value[,status][,note]")
    @Operation(summary = "Submit a data return (CSV)", description = SUBMIT_RULES)
    public Response submitCsv(@PathParam("gssCode") String gssCode, @HeaderParam(IdempotentRequests.HEADER) String key,
                              @QueryParam("earlySightGroup") String earlySightGroup, @QueryParam("releaseAt") String releaseAt,
                              byte[] body, @Context UriInfo uri) {
        GssCode council = councils.requireActingFor(gssCode, caller.get()).gss();
        ReturnedValues values = bodies.fromCsv(body, false);
        return submit(council, key, body, values, earlySights.parse(council, earlySightGroup, releaseAt), uri);
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "A council's data returns, newest first", description = "Officers of this council, LGA "
            + "advisers and platform admins; others 403, anonymous 401. Pass next as after for the following page.")
    public Page<DataReturnView.Summary> list(@PathParam("gssCode") String gssCode, @QueryParam("after") Long after,
                                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(returns.returnsOf(gssCode, caller.get(), after, limit + 1), limit, DataReturnView.Summary::of,
                r -> r.id.toString());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One data return with its values", description = "Officers of this council, LGA advisers and "
            + "platform admins; 404 when the council has no such return.")
    public DataReturnView get(@PathParam("gssCode") String gssCode, @PathParam("id") long id) {
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
