package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingDetails;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingService;
import uk.gov.lga.platform.peerchallenge.domain.calendar.BookingStatus;
import uk.gov.lga.platform.peerchallenge.domain.calendar.Quarter;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.idempotency.IdempotentRequests;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Bookings of the calendar's quarters, to host a challenge or to give peer days. */
@Path("/bookings")
@Tag(name = "Bookings", description = "Councils book quarters of the calendar to host a peer challenge or to give peer days.")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    static final String HOST_EXAMPLE = """
            {"quarter": "2026-Q3", "purpose": "HOST", "hosts": ["E08000035"], "kind": "CORPORATE", "shape": "SINGLE",
             "focusAreas": ["Housing delivery", "Climate emergency"]}""";
    static final String GIVE_EXAMPLE = """
            {"quarter": "2026-Q3", "purpose": "GIVE_PEER_DAYS", "council": "E06000014", "peerDays": 10, "peers": [17, 42]}""";

    private final BookingService bookings;
    private final IdempotentRequests idempotency;
    private final ObjectMapper json;
    private final CurrentCaller caller;

    @Inject
    public BookingResource(BookingService bookings, IdempotentRequests idempotency, ObjectMapper json,
                           CurrentCaller caller) {
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.json = json;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER})
    @Operation(operationId = "createBooking", summary = "Book a quarter to host a challenge or to give peer days",
            description = "Callers: a council-officer for their own council (the lead host, or the council giving "
                    + "days); challenge-manager for any. Anonymous: 401; another council's officer and every other role "
                    + "403. A HOST booking takes one of the quarter's places (201, CONFIRMED: its challenge is opened at "
                    + "ENQUIRY, challengeId) or, when the quarter is full or not yet opened, joins its waiting list (201, "
                    + "WAITING, waitingPosition), promoted first come first served when a place frees up. A CORPORATE "
                    + "challenge uses each host's free corporate challenge of the cycle; a SUBJECT_SPECIFIC one is charged "
                    + "to the lead host. GIVE_PEER_DAYS is always CONFIRMED. 400/422 naming each wrong field (e.g. "
                    + "hosts[1], charge, peers[0]); 409 naming the rule: booking in the past, double booking (a host "
                    + "already booked in the quarter), second free corporate challenge in a cycle. Idempotency-Key makes "
                    + "a retry safe.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BookingRequest.class),
            examples = {@ExampleObject(name = "host", value = HOST_EXAMPLE),
                    @ExampleObject(name = "givePeerDays", value = GIVE_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "The booking, CONFIRMED or WAITING",
            headers = @Header(name = "Location", description = "The booking's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BookingView.class)))
    public Response create(@NotNull @Valid BookingRequest request,
                           @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique text up to 200 "
                                   + "characters: a retry with the same key and body gets the first answer",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = NOT_BLANK)) String key,
                           @Context UriInfo uri) throws JsonProcessingException {
        Caller who = caller.get();
        return idempotency.once(who.name(), key, json.writeValueAsBytes(request), () -> {
            BookingDetails booked = bookings.book(request.toNewBooking(), who);
            return new IdempotentRequests.Outcome(201, uri.getAbsolutePathBuilder().path(Long.toString(booked.id())).build(),
                    BookingView.of(booked));
        });
    }

    @GET
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listBookings", summary = "List bookings",
            description = "Oldest first; pass the page's next as after for the following page. Callers: "
                    + "challenge-manager, lga-adviser, platform-admin (every booking; filter by organisation, quarter, "
                    + "status); a council-officer for their own council only (organisation left out or theirs: "
                    + "bookings it made or hosts). Anonymous: 401; everyone else 403.")
    @APIResponse(responseCode = "200", description = "A page of bookings")
    public Page<BookingView> list(
            @QueryParam("organisation") @ValidGssCode
            @Parameter(description = "Bookings this organisation made or hosts", example = "E08000035",
                    schema = @Schema(type = SchemaType.STRING, pattern = GSS, maxLength = GSS_LENGTH))
            String organisation,
            @QueryParam("quarter") @Pattern(regexp = Quarter.PATTERN, message = "must be a calendar quarter such as 2026-Q3")
            @Parameter(description = "Bookings of this quarter", example = "2026-Q3",
                    schema = @Schema(type = SchemaType.STRING, pattern = QUARTER, maxLength = QUARTER_LENGTH)) String quarter,
            @QueryParam("status")
            @Pattern(regexp = "CONFIRMED|WAITING|CANCELLED", message = "must be CONFIRMED, WAITING or CANCELLED")
            @Parameter(description = "Bookings with this status", example = "CONFIRMED",
                    schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"CONFIRMED", "WAITING", "CANCELLED"})) String status,
            @QueryParam("after") @Min(0) @Parameter(description = "The next of the previous page", example = "7",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = ID_MAX)) Long after,
            @Parameter(description = "Bookings per page, 1-500.", example = "100")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(bookings.list(organisation == null ? null : GssCode.of(organisation),
                        quarter == null ? null : Quarter.parse(quarter, "quarter"),
                        status == null ? null : BookingStatus.valueOf(status), after, limit + 1, caller.get()),
                limit, BookingView::of, b -> Long.toString(b.id()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "getBooking", summary = "One booking",
            description = "Callers: challenge-manager, lga-adviser, platform-admin; a council-officer of the booking "
                    + "council or of one of its hosts. Anonymous: 401; everyone else 403; 404 for an unknown id.")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BookingView.class)))
    public BookingView get(@PathParam("id") @Parameter(description = "The booking's id.", example = "7",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        return BookingView.of(bookings.get(id, caller.get()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.CHALLENGE_MANAGER})
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking",
            description = "The booking stays, CANCELLED. A confirmed HOST booking cancels its challenge (giving back "
                    + "the free corporate challenge or the charge) and its place goes to the first booking of the "
                    + "quarter's waiting list that can take it. Cancelling again changes nothing (204). Callers: a "
                    + "council-officer of the booking council; challenge-manager. Anonymous: 401; everyone else 403; 404 "
                    + "for an unknown id; 409 once the challenge's team has gone on site.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@PathParam("id") @Parameter(description = "The booking's id.", example = "7",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long id) {
        bookings.cancel(id, caller.get());
        return Response.noContent().build();
    }
}
