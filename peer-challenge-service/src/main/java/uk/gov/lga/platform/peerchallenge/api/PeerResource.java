package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerDetails;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerFeedback;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** The peer bank, as challenge managers and platform admins keep it. A peer's own view is {@link MyPeerResource}. */
@Path("/peers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peer bank", description = "Member, chief-executive and officer peers and experts: expertise, accreditation, availability, feedback, days given.")
public class PeerResource {

    static final String PEER_ID = "The peer's id in the bank.";
    static final String MANAGERS = "Callers: challenge-manager, platform-admin; any other role 403. Anonymous: 401.";

    private final PeerService peers;
    private final CurrentCaller caller;

    @Inject
    public PeerResource(PeerService peers, CurrentCaller caller) {
        this.peers = peers;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listPeers", summary = "List the peer bank",
            description = "In id order, optionally of one kind; pass the page's next as after for the following page "
                    + "(limit 1 to 500, default 100). " + MANAGERS)
    public Page<PeerView> list(@QueryParam("kind") @Pattern(regexp = "MEMBER|CHIEF_EXECUTIVE|OFFICER|EXPERT",
                                       message = "must be MEMBER, CHIEF_EXECUTIVE, OFFICER or EXPERT")
                               @Parameter(description = "Only peers of this kind.", example = "MEMBER",
                                       schema = @Schema(type = SchemaType.STRING,
                                               enumeration = {"MEMBER", "CHIEF_EXECUTIVE", "OFFICER", "EXPERT"})) String kind,
                               @QueryParam("after") @Min(0)
                               @Parameter(description = "The next of the previous page", example = "17",
                                       schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = ID_MAX)) Long after,
                               @Parameter(description = "Peers per page, 1-500.", example = "100")
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        List<PeerDetails> rows = peers.list(kind == null ? null : PeerKind.valueOf(kind), after, limit + 1, caller.get());
        return Page.of(rows, limit, PeerView::of, d -> d.peer().id.toString());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "createPeer", summary = "Add a peer to the bank",
            description = "A member peer needs a political group; an expert needs a sector and may have no home "
                    + "organisation; everyone else needs a home organisation known here. 400 naming each malformed "
                    + "field, 422 naming each field that breaks these rules (nothing stored), 409 USER_NAME_TAKEN when "
                    + "another peer is linked to the user name. " + MANAGERS)
    @APIResponse(responseCode = "201", description = "Added; Location names it.",
            headers = @Header(name = "Location", description = "The new peer's URL.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PeerView.class)))
    public Response create(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeerRequest.class),
                                   examples = @ExampleObject(name = "memberPeer", value = PeerRequest.EXAMPLE)))
                           @NotNull @Valid PeerRequest peer, @Context UriInfo uri) {
        PeerDetails created = peers.create(peer.toProfile(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(created.peer().id.toString()).build())
                .entity(PeerView.of(created)).build();
    }

    @GET
    @Path("/{peerId}")
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN, Roles.PEER})
    @Operation(operationId = "getPeer", summary = "One peer of the bank",
            description = "Callers: challenge-manager, platform-admin (404 for an unknown id); a peer for their own "
                    + "record only (403 for any other id). Any other role 403. Anonymous: 401.")
    public PeerView get(@PathParam("peerId") @Parameter(description = PEER_ID, example = "17",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long peerId) {
        return PeerView.of(peers.get(peerId, caller.get()));
    }

    @PUT
    @Path("/{peerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "updatePeer", summary = "Replace a peer's profile",
            description = "Everything but the unavailable dates, with the rules of createPeer. 404 for an unknown id. "
                    + MANAGERS)
    public PeerView update(@PathParam("peerId") @Parameter(description = PEER_ID, example = "17",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long peerId,
                           @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PeerRequest.class),
                                   examples = @ExampleObject(name = "memberPeer", value = PeerRequest.EXAMPLE)))
                           @NotNull @Valid PeerRequest peer) {
        return PeerView.of(peers.update(peerId, peer.toProfile(), caller.get()));
    }

    @PUT
    @Path("/{peerId}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "replacePeerAvailability", summary = "Replace a peer's unavailable dates",
            description = "For a peer who cannot keep their own (the peer's own is replaceMyAvailability). 422 naming "
                    + "each range that ends before it starts; 404 for an unknown id. " + MANAGERS)
    public AvailabilityView replaceAvailability(@PathParam("peerId") @Parameter(description = PEER_ID, example = "17",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long peerId,
                                                @RequestBody(required = true, content = @Content(
                                                        schema = @Schema(implementation = AvailabilityRequest.class),
                                                        examples = @ExampleObject(name = "twoRanges", value = AvailabilityRequest.EXAMPLE)))
                                                @NotNull @Valid AvailabilityRequest availability) {
        return AvailabilityView.of(peers.replaceAvailability(peerId, availability.toRanges(), caller.get()));
    }

    @GET
    @Path("/{peerId}/feedback")
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "listPeerFeedback", summary = "The feedback on a peer",
            description = "Oldest first. 404 for an unknown id. " + MANAGERS)
    public List<FeedbackView> feedback(@PathParam("peerId") @Parameter(description = PEER_ID, example = "17",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long peerId) {
        return peers.feedbackOn(peerId, caller.get()).stream().map(FeedbackView::of).toList();
    }

    @POST
    @Path("/{peerId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.COUNCIL_OFFICER})
    @Operation(operationId = "givePeerFeedback", summary = "Give feedback on a peer after a challenge",
            description = "Callers: challenge-manager (source MANAGER); a council-officer of one of the challenge's "
                    + "hosts (source HOST); anyone else 403. Anonymous: 401. The peer must have accepted a seat on the "
                    + "challenge's team (409 FEEDBACK_ON_THE_TEAM), its last visit day must have come (409 "
                    + "FEEDBACK_AFTER_THE_VISIT), once per source (409 ONE_FEEDBACK_PER_SOURCE); 400 naming rating "
                    + "outside 1 to 5, 422 naming challengeId for an unknown challenge.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the peer's feedback.",
            headers = @Header(name = "Location", description = "The peer's feedback list.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FeedbackView.class)))
    public Response giveFeedback(@PathParam("peerId") @Parameter(description = PEER_ID, example = "17",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long peerId,
                                 @RequestBody(required = true, content = @Content(schema = @Schema(implementation = FeedbackRequest.class),
                                         examples = @ExampleObject(name = "rating", value = FeedbackRequest.EXAMPLE)))
                                 @NotNull @Valid FeedbackRequest feedback, @Context UriInfo uri) {
        PeerFeedback given = peers.giveFeedback(peerId, feedback.toFeedback(), caller.get());
        return Response.created(uri.getAbsolutePath()).entity(FeedbackView.of(given)).build();
    }
}
