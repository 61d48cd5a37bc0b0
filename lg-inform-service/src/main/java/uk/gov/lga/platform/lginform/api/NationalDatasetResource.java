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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
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
public class NationalDatasetResource {

    static final String RULES = "platform-admin only (401 anonymous, 403 others). The same checks as a council's "
            + "return, plus an unknown council; all or nothing. One return per council is stored and published, "
            + "each with its DataReturnPublished event. Idempotency-Key makes a retry safe.";

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
    @RequestBody(description = "{\"period\": \"2024/25\", \"values\": [{\"council\": \"E08000035\", \"metric\": ..., \"value\": ...}]}")
    @Operation(summary = "Load a national dataset (JSON)", description = RULES)
    public Response loadJson(@HeaderParam(IdempotentRequests.HEADER) String key, byte[] body) throws IOException {
        return load(key, body, bodies.fromJson(body, true));
    }

    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @RequestBody(description = "UTF-8 CSV with a header row: council,metric,period,value[,status][,note]")
    @Operation(summary = "Load a national dataset (CSV)", description = RULES)
    public Response loadCsv(@HeaderParam(IdempotentRequests.HEADER) String key, byte[] body) {
        return load(key, body, bodies.fromCsv(body, true));
    }

    private Response load(String key, byte[] body, ReturnedValues values) {
        Caller submitter = caller.get();
        return idempotency.once(submitter.name(), key, body, () -> new IdempotentRequests.Outcome(201, null,
                DataReturnView.NationalDataset.of(returns.submitNational(values, submitter))));
    }
}
