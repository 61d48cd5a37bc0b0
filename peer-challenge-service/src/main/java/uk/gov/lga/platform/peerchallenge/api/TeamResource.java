package uk.gov.lga.platform.peerchallenge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamService;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A challenge's team, as far as the caller may see it. */
@Path("/challenges/{challengeId}/team")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class TeamResource {

    private final TeamService teams;
    private final CurrentCaller caller;

    @Inject
    public TeamResource(TeamService teams, CurrentCaller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN, Roles.COUNCIL_OFFICER, Roles.PEER})
    @Operation(operationId = "getChallengeTeam", summary = "A challenge's team",
            description = "Callers: challenge-manager and platform-admin see every seat with its peer, invitation and "
                    + "status (404 for an unknown challenge); a council-officer of one of the hosts, and a peer invited "
                    + "to or on the team, see the names and roles of the invited and accepted seats. Another council's "
                    + "officer, another peer and any other role 403. Anonymous: 401.")
    public TeamView get(@PathParam("challengeId") @Parameter(description = ChallengeResource.ID, example = "42",
            schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = ID_MIN, maximum = ID_MAX)) long challengeId) {
        return TeamView.of(teams.team(challengeId, caller.get()));
    }
}
