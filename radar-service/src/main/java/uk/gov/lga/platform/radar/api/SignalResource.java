package uk.gov.lga.platform.radar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.radar.domain.SignalService;
import uk.gov.lga.platform.support.security.CouncilAccess;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

/** A council's radar signals. Confidential: radar roles only, every read audited. */
@Path("/councils/{gssCode}/signals")
@Produces(MediaType.APPLICATION_JSON)
public class SignalResource {

    @Inject
    SignalService signals;

    @Inject
    CouncilAccess access;

    @GET
    @RolesAllowed({Roles.RADAR_ANALYST, Roles.LGA_ADVISER})
    @Operation(summary = "A council's radar signals", description = "radar-analyst and lga-adviser only; anyone else 403, "
            + "anonymous 401. Newest first. The read is audited.")
    public List<SignalView> list(@PathParam("gssCode") @Pattern(regexp = "[ENSW]\\d{8}", message = "must be a GSS code")
                                 String gssCode) {
        return signals.signalsOf(gssCode, access.callerName()).stream().map(SignalView::of).toList();
    }
}
