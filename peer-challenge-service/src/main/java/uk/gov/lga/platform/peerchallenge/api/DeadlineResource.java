package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The deadlines of peer challenges that are late or falling due: what managers chase. */
@Path("/deadlines")
@Tag(name = "Deadlines", description = "Report, action-plan and progress-review deadlines that are overdue or falling due.")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    static final String CURSOR = "[0-9]{4}-[0-9]{2}-[0-9]{2}_[0-9]{1,18}";

    private final DeadlineService deadlines;
    private final CurrentCaller caller;

    @Inject
    public DeadlineResource(DeadlineService deadlines, CurrentCaller caller) {
        this.deadlines = deadlines;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listChallengeDeadlines", summary = "Deadlines that are overdue or falling due",
            description = "Unmet deadlines of challenges that are not cancelled, by due day: due=overdue (due before "
                    + "today, the longest overdue first) or due=upcoming (due from today within "
                    + "peer-challenge.deadlines.upcoming-within, 30 days by default). Deadlines run from the last on-site "
                    + "day: report 3 months, action plan 5, progress review 10 (configurable). Pass the page's next as "
                    + "after for the following page. Callers: challenge-manager, lga-adviser, platform-admin. "
                    + "Anonymous: 401; everyone else 403 (council officers see their own deadlines on the challenge).")
    @APIResponse(responseCode = "200", description = "A page of deadlines")
    public Page<DeadlineView> list(
            @QueryParam("due") @DefaultValue("overdue") @Pattern(regexp = "overdue|upcoming", message = "must be overdue or upcoming")
            @Parameter(description = "overdue (default) or upcoming", example = "overdue",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"overdue", "upcoming"})) String due,
            @QueryParam("after") @Pattern(regexp = CURSOR, message = "must be the next of the previous page")
            @Parameter(description = "The next of the previous page", example = "2026-12-17_41",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + CURSOR + "$", maxLength = 29)) String after,
            @Parameter(description = "Deadlines per page, 1-500.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        LocalDate afterDue = after == null ? null : cursorDay(after);
        Long afterId = after == null ? null : Long.parseLong(after.substring(11));
        return Page.of(deadlines.list(DeadlineService.Due.valueOf(due.toUpperCase()), afterDue, afterId, limit + 1,
                caller.get()), limit, DeadlineView::of, DeadlineView::cursor);
    }

    private static LocalDate cursorDay(String after) {
        try {
            return LocalDate.parse(after.substring(0, 10));
        } catch (DateTimeParseException e) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields.",
                    List.of(new Problem.FieldError("after", "must be the next of the previous page")));
        }
    }
}
