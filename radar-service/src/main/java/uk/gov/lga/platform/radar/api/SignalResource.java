package uk.gov.lga.platform.radar.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.radar.domain.signals.SignalService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

/** A council's radar signals. Confidential: radar roles only, every read audited. */
@Path("/councils/{gssCode}/signals")
@Produces(MediaType.APPLICATION_JSON)
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
    @Operation(summary = "A council's radar signals", description = "radar-analyst and lga-adviser only; anyone else 403, "
            + "anonymous 401. Newest first. The read is audited.")
    public List<SignalView> list(@PathParam("gssCode") @ValidGssCode String gssCode) {
        return signals.signalsOf(GssCode.of(gssCode), caller.get()).stream().map(SignalView::of).toList();
    }
}
