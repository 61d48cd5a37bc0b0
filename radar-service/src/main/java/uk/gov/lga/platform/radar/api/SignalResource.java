package uk.gov.lga.platform.radar.api;

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
import uk.gov.lga.platform.radar.domain.signals.SignalService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

/** A council's radar signals. Confidential: radar roles only, every read audited. */
@Path("/councils/{gssCode}/signals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Signals", description = "What the radar has learned about a council. Confidential: radar-analyst and "
        + "lga-adviser only, and every read is audited.")
public class SignalResource {

    private final SignalService signals;
    private final CurrentCaller caller;

    @Inject
    public SignalResource(SignalService signals, CurrentCaller caller) {
        this.signals = signals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.RADAR_ANALYST, Roles.LGA_ADVISER})
    @Operation(operationId = "listCouncilSignals", summary = "List a council's radar signals",
            description = "The council's signals, newest observation first; an empty list when the radar has none. "
                    + "The read is recorded in the radar's audit under the caller's name. "
                    + "Callers: radar-analyst, lga-adviser. Everyone else 403, council officers included, even for "
                    + "their own council. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "The council's signals, newest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SignalView.class)))
    public List<SignalView> list(
            @Parameter(description = "The council's GSS code (9 characters).", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + GssCode.PATTERN + "$", maxLength = 9))
            @PathParam("gssCode") @ValidGssCode String gssCode) {
        return signals.signalsOf(GssCode.of(gssCode), caller.get()).stream().map(SignalView::of).toList();
    }
}
