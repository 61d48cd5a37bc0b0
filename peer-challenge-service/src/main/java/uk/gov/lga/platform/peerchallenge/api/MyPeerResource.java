package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerService;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamService;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A peer's own record, availability and invitations, found by the user name of their token. */
@Path("/peers/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Peer bank")
public class MyPeerResource {

    static final String PEERS = "Callers: peer, for the peer of the bank linked to their user name (404 when none is); "
            + "any other role 403. Anonymous: 401.";

    private final PeerService peers;
    private final TeamService teams;
    private final CurrentCaller caller;

    @Inject
    public MyPeerResource(PeerService peers, TeamService teams, CurrentCaller caller) {
        this.peers = peers;
        this.teams = teams;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Roles.PEER)
    @Operation(operationId = "getMyPeerRecord", summary = "The caller's own record in the peer bank", description = PEERS)
    public PeerView me() {
        return PeerView.of(peers.me(caller.get()));
    }

    @GET
    @Path("/availability")
    @RolesAllowed(Roles.PEER)
    @Operation(operationId = "getMyAvailability", summary = "The days the caller cannot be on site", description = PEERS)
    public AvailabilityView availability() {
        return AvailabilityView.of(peers.myAvailability(caller.get()));
    }

    @PUT
    @Path("/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER)
    @Operation(operationId = "replaceMyAvailability", summary = "Replace the days the caller cannot be on site",
            description = "Every range at once; an empty list clears them. Matching keeps the peer off teams whose visit "
                    + "days fall in a range. 422 naming each range that ends before it starts. " + PEERS)
    public AvailabilityView replaceAvailability(@RequestBody(required = true, content = @Content(
                                                        schema = @Schema(implementation = AvailabilityRequest.class),
                                                        examples = @ExampleObject(name = "twoRanges", value = AvailabilityRequest.EXAMPLE)))
                                                @NotNull @Valid AvailabilityRequest availability) {
        return AvailabilityView.of(peers.replaceMyAvailability(availability.toRanges(), caller.get()));
    }

    @GET
    @Path("/invitations")
    @RolesAllowed(Roles.PEER)
    @Operation(operationId = "listMyInvitations", summary = "The caller's invitations to challenge teams",
            description = "Newest first, answered ones included. " + PEERS)
    public List<InvitationView> invitations() {
        return teams.myInvitations(caller.get()).stream().map(InvitationView::of).toList();
    }

    @POST
    @Path("/invitations/{invitationId}/accept")
    @RolesAllowed(Roles.PEER)
    @Operation(operationId = "acceptMyInvitation", summary = "Accept an invitation to a challenge's team",
            description = "Only the invited peer: another peer 403; 404 for an unknown id; 409 INVITATION_OPEN when it "
                    + "was already answered. Any other role 403. Anonymous: 401.")
    public InvitationView accept(@PathParam("invitationId") @Parameter(description = "The invitation's id.", example = "31",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long invitationId) {
        return InvitationView.of(teams.accept(invitationId, caller.get()));
    }

    @POST
    @Path("/invitations/{invitationId}/decline")
    @RolesAllowed(Roles.PEER)
    @Operation(operationId = "declineMyInvitation", summary = "Decline an invitation, or withdraw from an accepted seat",
            description = "Before the challenge is on site (409 TEAM_BEFORE_ON_SITE after). The seat's replacement is "
                    + "proposed at once, for that seat only, with the same rules and without the rest of the team and "
                    + "the peers who declined: replacementProposalId names it, for a challenge manager to confirm. Only "
                    + "the invited peer: another peer 403; 404 for an unknown id; 409 INVITATION_OPEN when already "
                    + "declined. Any other role 403. Anonymous: 401.")
    public InvitationView decline(@PathParam("invitationId") @Parameter(description = "The invitation's id.", example = "31",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long invitationId) {
        return InvitationView.of(teams.decline(invitationId, caller.get()));
    }
}
