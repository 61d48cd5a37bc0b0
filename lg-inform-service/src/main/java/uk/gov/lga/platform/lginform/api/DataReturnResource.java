package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.lginform.domain.CouncilRegister;
import uk.gov.lga.platform.lginform.domain.DataReturn;
import uk.gov.lga.platform.lginform.domain.DataReturnService;
import uk.gov.lga.platform.lginform.domain.ReturnedValue;
import uk.gov.lga.platform.support.security.CouncilAccess;
import uk.gov.lga.platform.support.security.Roles;

/** Data returns: a council submits its data once, here. */
@Path("/councils/{gssCode}/data-returns")
@Produces(MediaType.APPLICATION_JSON)
public class DataReturnResource {

    @Inject
    DataReturnService returns;

    @Inject
    CouncilRegister register;

    @Inject
    CouncilAccess access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_OFFICER)
    @Operation(summary = "Submit a data return", description = "Council officers of this council only (token claim "
            + "council = gssCode): 401 without a token, 403 for anyone else, 404 for an unknown council, 422 naming "
            + "each wrong value (nothing stored). 201 with the stored return; its DataReturnPublished event follows on Kafka.")
    public Response submit(@PathParam("gssCode") String gssCode, @NotNull @Valid DataReturnRequest request,
                           @Context UriInfo uri) {
        register.require(gssCode);
        access.requireOfficerOf(gssCode);
        DataReturn stored = returns.submit(gssCode, request.period(),
                request.values().stream().map(v -> new ReturnedValue(v.metric(), v.period(), v.value())).toList(),
                access.callerName());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id)).build())
                .entity(DataReturnView.of(stored))
                .build();
    }
}
