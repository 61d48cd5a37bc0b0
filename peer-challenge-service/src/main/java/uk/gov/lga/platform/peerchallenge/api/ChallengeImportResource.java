package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImport;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImportService;
import uk.gov.lga.platform.support.idempotency.IdempotentRequests;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

/** Imports of the LGA's records of peer challenges since 2011, which the live lifecycle cannot create. */
@Path("/challenges/imports")
@Tag(name = "Challenge imports", description = "The LGA's records of peer challenges since 2011, imported by platform "
        + "admins all or nothing: history the live lifecycle cannot create (it refuses dates in the past).")
@Produces(MediaType.APPLICATION_JSON)
public class ChallengeImportResource {

    private final ChallengeImportService imports;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final CurrentCaller caller;

    @Inject
    public ChallengeImportResource(ChallengeImportService imports, IdempotentRequests idempotency, ObjectMapper json,
                                   CurrentCaller caller) {
        this.imports = imports;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "importChallenges", summary = "Import records of peer challenges",
            description = "Callers: platform-admin. Anonymous: 401; every other role 403. Up to "
                    + ChallengeImportService.MAX_CHALLENGES + " records, all or nothing: 400 or 422 naming every wrong "
                    + "field as challenges[i].field (an unknown host, peer or topic; a part the stage requires missing "
                    + "or one beyond it; dates out of order or in the future; two corporate challenges of a host in one "
                    + "cycle); 409 naming challenges[i].reference imported before, or challenges[i].hosts[j] whose "
                    + "free corporate challenge of the cycle was used by another challenge. Nothing is stored then. "
                    + "Imported challenges publish no lifecycle events, take no place in the calendar, grant no "
                    + "scrutiny support and record no charge; corporate ones use their hosts' free challenge of the "
                    + "cycle; their open deadlines are announced when missed like any other. Idempotency-Key: the "
                    + "same key and body answer as the first time and import nothing again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ChallengeImportRequest.class),
            examples = @ExampleObject(name = "import", value = ChallengeImportRequest.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Imported",
            headers = @Header(name = "Location", description = "The import's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = SchemaBounds.URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeImportView.class)))
    public Response importChallenges(@NotNull @Valid ChallengeImportRequest request,
                                     @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique text "
                                             + "up to 200 characters: a retry with the same key and body gets the first "
                                             + "answer", schema = @Schema(type = SchemaType.STRING, maxLength = 200,
                                             pattern = SchemaBounds.NOT_BLANK)) String key,
                                     @Context UriInfo uri) throws JsonProcessingException {
        Caller who = caller.get();
        return idempotency.once(who.name(), key, json.writeValueAsBytes(request), () -> {
            ChallengeImport imported = imports.importChallenges(request.source().strip(), request.toHistorical(), who);
            return new IdempotentRequests.Outcome(201, uri.getAbsolutePathBuilder().path(Long.toString(imported.id())).build(),
                    ChallengeImportView.of(imported));
        });
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "getChallengeImport", summary = "One import of peer challenges",
            description = "Callers: platform-admin. Anonymous: 401; every other role 403; 404 for an unknown id.")
    @APIResponse(responseCode = "200", description = "The import and the challenge each record became",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChallengeImportView.class)))
    public ChallengeImportView get(@PathParam("id") @Parameter(description = "The import's id", schema = @Schema(
            type = SchemaType.INTEGER, format = "int64", minimum = SchemaBounds.ID_MIN, maximum = SchemaBounds.ID_MAX)) long id) {
        return ChallengeImportView.of(imports.get(id, caller.get()));
    }
}
