package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationService;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Fire and rescue authorities: members of the offer that are not councils, registered here. */
@Path("/fire-authorities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations")
public class FireAuthorityResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    @Inject
    public FireAuthorityResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "registerFireAuthority", summary = "Register a fire and rescue authority",
            description = "A member of the offer that is not a council: it hosts challenges and holds entitlements like "
                    + "a council, under its ONS code (E31 and six digits). 201 with Location (/organisations/{code}); "
                    + "409 problem when the code is already registered; 400 naming each bad field. Callers: "
                    + "platform-admin. Everyone else 403, anonymous 401.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FireAuthorityRequest.class),
            examples = @ExampleObject(name = "west yorkshire", value = "{\"code\": \"E31000040\", \"name\": \"West "
                    + "Yorkshire Fire and Rescue Authority\", \"kind\": \"METROPOLITAN\", \"region\": \"Yorkshire and The Humber\"}")))
    @APIResponse(responseCode = "201", description = "Registered.",
            headers = @Header(name = "Location", description = "The organisation's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationView.class)))
    public Response register(@NotNull @Valid FireAuthorityRequest request, @Context UriInfo uri) {
        Organisation registered = organisations.registerFireAuthority(request.toNew(), caller.get());
        return Response.created(uri.getBaseUriBuilder().path("organisations").path(registered.code).build())
                .entity(OrganisationView.of(registered)).build();
    }
}
