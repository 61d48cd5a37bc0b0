package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.politics.PoliticalControlService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

/** Political control of a council: who controls it and since when, with its history. */
@Path("/councils/{gssCode}/political-control")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Political control", description = "Which party controls each council (or no overall control), the "
        + "leader's party and since when, with the history. Kept by platform admins, read by anyone; every change is "
        + "published as PoliticalControlChanged on lginform.councils.")
public class PoliticalControlResource {

    static final String VIEW_EXAMPLE = """
            {"gssCode": "E08000035", "name": "Leeds",
             "current": {"control": "NO_OVERALL_CONTROL", "leaderParty": "Labour", "effectiveFrom": "2025-05-02",
                         "effectiveUntil": null, "previousControl": "Labour", "synthetic": true, "recordedAt": "2025-11-20T09:00:00Z"},
             "history": [
              {"control": "NO_OVERALL_CONTROL", "leaderParty": "Labour", "effectiveFrom": "2025-05-02",
               "effectiveUntil": null, "previousControl": "Labour", "synthetic": true, "recordedAt": "2025-11-20T09:00:00Z"},
              {"control": "Labour", "leaderParty": "Labour", "effectiveFrom": "2021-05-07",
               "effectiveUntil": "2025-05-01", "previousControl": null, "synthetic": true, "recordedAt": "2025-11-20T09:00:00Z"}]}""";

    private final PoliticalControlService control;
    private final CurrentCaller caller;

    @Inject
    public PoliticalControlResource(PoliticalControlService control, CurrentCaller caller) {
        this.control = control;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "getPoliticalControl", summary = "Get a council's political control and its history",
            description = "The current record (null when none is recorded) and every record, newest first, each with "
                    + "the day it took effect, the last day it was in effect and the control it followed; records made "
                    + "up for the demo say synthetic. Callers: anyone, anonymous included. 404 problem for an unknown council.")
    @APIResponse(responseCode = "200", description = "The council's political control.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PoliticalControlView.class),
                    examples = @ExampleObject(name = "leeds", value = VIEW_EXAMPLE)))
    public PoliticalControlView get(
            @Parameter(description = "The council's GSS code.", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + GssCode.PATTERN + "$", maxLength = 9))
            @PathParam("gssCode") @ValidGssCode String gssCode) {
        return PoliticalControlView.of(control.history(gssCode));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "recordPoliticalControl", summary = "Record a council's political control from a day on",
            description = "Records the controlling party (or NO_OVERALL_CONTROL), the leader's party and the day it took "
                    + "effect, and publishes PoliticalControlChanged (with the control it followed) on lginform.councils. "
                    + "A day after the current record's adds a record; the current record's own day replaces it (a "
                    + "correction); the same record again changes nothing and publishes nothing (a safe retry). 422 "
                    + "naming effectiveFrom for a day after today or outside the council's life; 409 for an earlier day "
                    + "than the current record's (history is written in order). Callers: platform-admin only; anyone "
                    + "else 403. Anonymous: 401. 404 problem for an unknown council.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PoliticalControlRequest.class),
            examples = {@ExampleObject(name = "party", value = """
                    {"control": "Labour", "leaderParty": "Labour", "effectiveFrom": "2024-05-03"}"""),
                    @ExampleObject(name = "no overall control", value = """
                            {"control": "NO_OVERALL_CONTROL", "leaderParty": "Liberal Democrat", "effectiveFrom": "2025-05-02"}""")}))
    @APIResponse(responseCode = "200", description = "The council's political control with the new record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PoliticalControlView.class),
                    examples = @ExampleObject(name = "leeds", value = VIEW_EXAMPLE)))
    public PoliticalControlView record(
            @Parameter(description = "The council's GSS code.", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + GssCode.PATTERN + "$", maxLength = 9))
            @PathParam("gssCode") @ValidGssCode String gssCode,
            @NotNull @Valid PoliticalControlRequest body) {
        return PoliticalControlView.of(control.record(gssCode, body.toNewControl(), caller.get()));
    }
}
