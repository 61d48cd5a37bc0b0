package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.returns.DataReturnService;
import uk.gov.lga.platform.lginform.domain.returns.ReturnedValues;
import uk.gov.lga.platform.support.idempotency.IdempotentRequests;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.io.IOException;

/** National datasets: most published data comes from national sources, for many councils at once. */
@Path("/data-returns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National datasets", description = "Values from national sources for many councils at once, loaded by "
        + "platform admins: one return per council, all or nothing.")
public class NationalDatasetResource {

    static final String RULES = "platform-admin only (401 anonymous, 403 others). The same checks as a council's "
            + "return, plus an unknown council; all or nothing. One return per council is stored and published, "
            + "each with its DataReturnPublished event. Idempotency-Key makes a retry safe. The body is JSON "
            + "(DataReturnRequest, each value naming its council) or CSV (Content-Type text/csv). Callers: "
            + "platform-admin only; anyone else 403. Anonymous: 401.";
    static final String JSON_EXAMPLE = """
            {"period": "2024/25", "values": [{"council": "E08000035", "metric": "population", "value": 812000},
             {"council": "E06000014", "metric": "population", "value": 211000}]}""";
    static final String CSV_EXAMPLE = """
            council,metric,period,value,status,note
            E08000035,population,2024,812000,FINAL,
            E06000014,population,2024,211000,FINAL,
            """;

    private final DataReturnService returns;
    private final ReturnBody bodies;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    @Inject
    public NationalDatasetResource(DataReturnService returns, ReturnBody bodies, IdempotentRequests idempotency,
                                   CurrentCaller caller) {
        this.returns = returns;
        this.bodies = bodies;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "loadNationalDataset", summary = "Load a national dataset", description = RULES)
    @RequestBody(required = true, description = "Values for many councils; each names its council.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataReturnRequest.class),
                    examples = @ExampleObject(name = "dataset", value = JSON_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored and published: one return per council.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataReturnView.NationalDataset.class)))
    public Response loadJson(@HeaderParam(IdempotentRequests.HEADER) @Parameter(
                                     description = DataReturnResource.KEY_DESCRIPTION, example = "ons-population-2024",
                                     schema = @Schema(type = SchemaType.STRING, pattern = DataReturnResource.KEY_PATTERN,
                                             maxLength = 200)) String key,
                             byte[] body) throws IOException {
        return load(key, body, bodies.fromJson(body, true));
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "loadNationalDataset", summary = "Load a national dataset", description = RULES)
    @RequestBody(required = true, description = "UTF-8 CSV with a header row: council,metric,period,value[,status][,note].",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                    maxLength = DataReturnResource.MAX_CSV_BODY), examples = @ExampleObject(name = "dataset", value = CSV_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Stored and published: one return per council.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DataReturnView.NationalDataset.class)))
    public Response loadCsv(@HeaderParam(IdempotentRequests.HEADER) String key, byte[] body) {
        return load(key, body, bodies.fromCsv(body, true));
    }

    private Response load(String key, byte[] body, ReturnedValues values) {
        Caller submitter = caller.get();
        return idempotency.once(submitter.name(), key, body, () -> new IdempotentRequests.Outcome(201, null,
                DataReturnView.NationalDataset.of(returns.submitNational(values, submitter))));
    }
}
