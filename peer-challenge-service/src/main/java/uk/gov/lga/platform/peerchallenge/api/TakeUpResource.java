package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.takeup.TakeUpService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Take-up of the improvement offer: the evidence the LGA's Board asked for. */
@Path("/take-up")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Take-up", description = "Who takes up the improvement offer: open to anyone in aggregate, per council "
        + "for challenge managers.")
public class TakeUpResource {

    private final TakeUpService takeUp;
    private final CurrentCaller caller;

    @Inject
    public TakeUpResource(TakeUpService takeUp, CurrentCaller caller) {
        this.takeUp = takeUp;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getOfferTakeUp", summary = "Take-up of the offer in the current cycle",
            description = "The share of English councils (those existing today) hosting a corporate peer challenge that "
                    + "starts in the three-year cycle running now, overall, by council type and by region; and peer "
                    + "days on site in the cycle. Aggregates only: no council is named. Callers: anyone, anonymous "
                    + "included.")
    @APIResponse(responseCode = "200", description = "Take-up today.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TakeUpView.class)))
    public TakeUpView get() {
        return TakeUpView.of(takeUp.now());
    }

    @GET
    @Path("/councils/{gssCode}")
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getCouncilTakeUp", summary = "One council's take-up of the offer",
            description = "The corporate challenges it hosted (every cycle) and the peer days it gave and received in "
                    + "the cycle running now. Callers: challenge-manager, platform-admin. Everyone else 403, the "
                    + "council's own officers included; anonymous 401; 404 for an unknown organisation.")
    @APIResponse(responseCode = "200", description = "The council's take-up.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilTakeUpView.class)))
    public CouncilTakeUpView council(@Parameter(description = "The council's GSS code.", example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH))
                                     @PathParam("gssCode") @ValidGssCode String gssCode) {
        return CouncilTakeUpView.of(takeUp.of(GssCode.of(gssCode), caller.get()));
    }
}
