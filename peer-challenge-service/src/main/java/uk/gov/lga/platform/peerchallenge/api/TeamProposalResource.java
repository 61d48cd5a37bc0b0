package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposalDetails;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamService;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Team proposals for a challenge: proposed, explained and confirmed by challenge managers. */
@Path("/challenges/{challengeId}/team-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Team proposals with their explanation, confirmation, invitations and the team.")
public class TeamProposalResource {

    static final String MANAGERS = "Callers: challenge-manager; any other role 403. Anonymous: 401. 404 for an unknown challenge.";

    private final TeamService teams;
    private final CurrentCaller caller;

    @Inject
    public TeamProposalResource(TeamService teams, CurrentCaller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "proposeTeam", summary = "Propose the best team for a challenge, and explain it",
            description = "Hard rules: a lead member peer and a chief-executive peer for a corporate challenge; the "
                    + "team's size by shape; every peer accredited and available on every visit day, on no other team "
                    + "then, within the yearly cap of days; nobody from a host, the hosts' county or its districts, or "
                    + "an organisation linked to a host by a challenge in the last 5 years. Preferences scored: lead member "
                    + "peer of a host's controlling party, a cross-party team, expertise covering the focus areas and "
                    + "elements, outside the hosts' region, fewer days given recently, feedback. Ties go to the lower "
                    + "peer id: the same inputs give the same team. Stored as PROPOSED, or NO_TEAM_FITS with each rule's "
                    + "exclusions and the team rules that could not be met. seat=n proposes a replacement for one declined "
                    + "seat of the confirmed team. 409 TEAM_BEFORE_ON_SITE, VISITS_SCHEDULED, TEAM_ALREADY_INVITED (a "
                    + "whole team when one is invited) or SEAT_VACANT. " + MANAGERS)
    @APIResponse(responseCode = "201", description = "Proposed (or no team fits, explained); Location names it.",
            headers = @Header(name = "Location", description = "The proposal's URL.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = URL)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamProposalView.class)))
    public Response propose(@PathParam("challengeId") @Parameter(description = ChallengeResource.ID, example = "42",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long challengeId,
                            @Parameter(description = "A declined seat of the confirmed team to replace; absent for a whole team.", example = "3",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{0,2}$", maxLength = 3))
                            @QueryParam("seat") @Pattern(regexp = "[1-9][0-9]{0,2}", message = "must be a seat number, 1 or more")
                            String seat,
                            @Context UriInfo uri) {
        ProposalDetails proposal = teams.propose(challengeId, seat == null ? null : Integer.valueOf(seat), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().replaceQuery(null).path(proposal.proposal().id.toString()).build())
                .entity(TeamProposalView.of(proposal)).build();
    }

    @GET
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "listTeamProposals", summary = "A challenge's team proposals",
            description = "Oldest first, each with its explanation. " + MANAGERS)
    public List<TeamProposalView> list(@PathParam("challengeId") @Parameter(description = ChallengeResource.ID, example = "42",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long challengeId) {
        return teams.proposals(challengeId, caller.get()).stream().map(TeamProposalView::of).toList();
    }

    @GET
    @Path("/{proposalId}")
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "getTeamProposal", summary = "One team proposal and its explanation",
            description = "404 for a proposal of another challenge. " + MANAGERS)
    public TeamProposalView get(@PathParam("challengeId") @Parameter(description = ChallengeResource.ID, example = "42",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long challengeId,
            @PathParam("proposalId") @Parameter(description = "The proposal's id.", example = "7",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long proposalId) {
        return TeamProposalView.of(teams.proposal(challengeId, proposalId, caller.get()));
    }

    @POST
    @Path("/{proposalId}/confirm")
    @RolesAllowed(Roles.CHALLENGE_MANAGER)
    @Operation(operationId = "confirmTeamProposal", summary = "Confirm a proposal: its peers are invited",
            description = "Each seat becomes an invitation the peer accepts or declines; the challenge's other open "
                    + "proposals for the same seats are superseded. The peers are checked again against the rules as "
                    + "they stand now. 409 PROPOSAL_OPEN (not PROPOSED), PROPOSAL_STILL_HOLDS (a peer now breaks a rule: "
                    + "propose again), TEAM_ALREADY_INVITED, SEAT_VACANT, TEAM_BEFORE_ON_SITE. " + MANAGERS)
    public TeamView confirm(@PathParam("challengeId") @Parameter(description = ChallengeResource.ID, example = "42",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long challengeId,
            @PathParam("proposalId") @Parameter(description = "The proposal's id.", example = "7",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long proposalId) {
        return TeamView.of(teams.confirm(challengeId, proposalId, caller.get()));
    }
}
