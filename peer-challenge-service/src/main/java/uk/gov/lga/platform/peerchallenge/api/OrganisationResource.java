package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Who the offer knows: councils from LG Inform's register and the fire and rescue authorities registered here. */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The members of the offer: councils, copied from LG Inform's register "
        + "(lginform.councils) with their political control, and fire and rescue authorities.")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final CurrentCaller caller;

    @Inject
    public OrganisationResource(OrganisationService organisations, CurrentCaller caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listPeerChallengeOrganisations", summary = "List the members of the offer",
            description = "By code, optionally of one kind (COUNCIL or FIRE_AND_RESCUE); councils no longer in "
                    + "existence too (validTo says when they ended). Pass the page's next as after for the following "
                    + "page. Callers: anyone signed in. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "One page of organisations.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationPage.class)))
    public Page<OrganisationView> list(
            @Parameter(description = "Only organisations of this kind.", example = "FIRE_AND_RESCUE",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"COUNCIL", "FIRE_AND_RESCUE"}))
            @QueryParam("kind") @Pattern(regexp = "COUNCIL|FIRE_AND_RESCUE", message = "must be COUNCIL or FIRE_AND_RESCUE") String kind,
            @Parameter(description = "The next of the previous page (a code).", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH))
            @QueryParam("after") @ValidGssCode String after,
            @Parameter(description = "Organisations per page, 1-500.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(organisations.list(kind == null ? null : OrganisationKind.valueOf(kind), after, limit + 1, caller.get()),
                limit, OrganisationView::of, o -> o.code);
    }

    @GET
    @Path("/{code}")
    @Authenticated
    @Operation(operationId = "getPeerChallengeOrganisation", summary = "One member of the offer",
            description = "A council (with its political control as LG Inform last recorded it) or a fire and rescue "
                    + "authority. Callers: anyone signed in. Anonymous: 401. 400 naming code when it is not a GSS/ONS "
                    + "code; 404 when no organisation has it.")
    @APIResponse(responseCode = "200", description = "The organisation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrganisationView.class)))
    public OrganisationView get(@Parameter(description = "The organisation's GSS or ONS code.", example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH))
                                @PathParam("code") @ValidGssCode String code) {
        return OrganisationView.of(organisations.get(GssCode.of(code), caller.get()));
    }

    /** The page's schema for the API document. */
    @Schema(name = "OrganisationPage")
    record OrganisationPage(@Schema(required = true) List<OrganisationView> items,
                            @Schema(description = "Pass as after for the next page; absent on the last.", maxLength = GSS_LENGTH, pattern = GSS,
                                    examples = "E08000035") String next) {
    }
}
