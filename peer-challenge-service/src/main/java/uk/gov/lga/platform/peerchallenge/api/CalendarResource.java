package uk.gov.lga.platform.peerchallenge.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import uk.gov.lga.platform.peerchallenge.domain.calendar.CalendarService;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Quarter;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The booking calendar: quarters and their capacity for hosting. */
@Path("/calendar")
@Tag(name = "Calendar", description = "Quarters of the offer's cycles and how many peer challenges each can host.")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final String QUARTER_RULES = "A calendar quarter such as 2026-Q3 (July to September 2026), from 2011-Q2; "
            + "400 naming quarter otherwise.";

    private final CalendarService calendar;
    private final CurrentCaller caller;

    @Inject
    public CalendarResource(CalendarService calendar, CurrentCaller caller) {
        this.calendar = calendar;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(operationId = "listCalendarQuarters", summary = "The booking calendar of a cycle",
            description = "The twelve calendar quarters of a three-year cycle of the offer (from 1 April: the cycle of "
                    + "2026 runs from 2026-Q2 to 2029-Q1), each with its capacity for hosting, confirmed and waiting "
                    + "HOST bookings, places left and peer days offered. Callers: anyone signed in. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "The cycle's quarters, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarView.class)))
    public CalendarView list(
            @QueryParam("cycle") @Pattern(regexp = "[0-9]{4}", message = "must be the year a cycle starts in, such as 2026")
            @Parameter(description = "The year the cycle starts in (2011, 2014, ... 2026); default: the cycle running "
                    + "today. 400 naming cycle for another year.", example = "2026",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{4}$", maxLength = 4)) String cycle) {
        return CalendarView.of(calendar.cycle(cycle == null ? null : Integer.valueOf(cycle)));
    }

    @GET
    @Path("/{quarter}")
    @Authenticated
    @Operation(operationId = "getCalendarQuarter", summary = "One quarter of the booking calendar",
            description = "Its capacity for hosting, confirmed and waiting HOST bookings, places left and peer days "
                    + "offered. Callers: anyone signed in. Anonymous: 401. " + QUARTER_RULES)
    @APIResponse(responseCode = "200", description = "The quarter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarView.QuarterView.class)))
    public CalendarView.QuarterView get(@PathParam("quarter") @Parameter(description = "The calendar quarter.", example = "2026-Q3",
            schema = @Schema(type = SchemaType.STRING, pattern = QUARTER, maxLength = QUARTER_LENGTH)) String quarter) {
        return CalendarView.QuarterView.of(calendar.quarter(Quarter.parse(quarter, "quarter")));
    }

    @PUT
    @Path("/{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "setCalendarQuarterCapacity", summary = "Set how many challenges a quarter can host",
            description = "Opens the quarter for bookings, or changes its capacity. Raising it promotes the quarter's "
                    + "waiting list, first come first served (each promoted booking opens its challenge). Callers: "
                    + "challenge-manager. Anonymous: 401; everyone else 403. 409 for a quarter that is over, and for a "
                    + "capacity below the challenges already confirmed in it. " + QUARTER_RULES)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CapacityRequest.class),
            examples = @ExampleObject(name = "twelve", value = "{\"hostCapacity\": 12}")))
    @APIResponse(responseCode = "200", description = "The quarter with its new capacity",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CalendarView.QuarterView.class)))
    public CalendarView.QuarterView setCapacity(@PathParam("quarter") @Parameter(description = "The calendar quarter.", example = "2026-Q3",
            schema = @Schema(type = SchemaType.STRING, pattern = QUARTER, maxLength = QUARTER_LENGTH)) String quarter,
                                                @NotNull @Valid CapacityRequest request) {
        return CalendarView.QuarterView.of(calendar.setCapacity(Quarter.parse(quarter, "quarter"), request.hostCapacity(),
                caller.get()));
    }
}
