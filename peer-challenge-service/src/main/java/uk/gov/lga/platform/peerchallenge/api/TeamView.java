package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamDetails;

import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "A challenge's team. Hosts' officers and the team's peers see the names and roles of the invited "
        + "and accepted seats only; challenge managers and platform admins also see every seat's peer id, invitation "
        + "and status, declined seats included.")
public record TeamView(@Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "42") long challengeId,
                       @Schema(required = true, description = "In seat order", maxItems = SEAT_MAX_ITEMS) List<Member> members) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One seat of the team.")
    public record Member(@Schema(required = true, minimum = "1", maximum = SEAT_MAX, examples = "1") int seatNo,
                         @Schema(maxLength = NAME, pattern = NOT_BLANK, examples = "Cllr Jo Bloggs") String name,
                         SeatRole role,
                         @Schema(description = "Managers only.", minimum = ID_MIN, maximum = ID_MAX, examples = "17") Long peerId,
                         @Schema(description = "Managers only.", minimum = ID_MIN, maximum = ID_MAX, examples = "31")
                         Long invitationId,
                         @Schema(description = "Managers only.") SeatStatus status) {
    }

    static TeamView of(TeamDetails team) {
        return new TeamView(team.challengeId(), team.members().stream()
                .map(m -> new Member(m.seatNo(), m.name(), m.role(), m.peerId(), m.invitationId(), m.status()))
                .toList());
    }
}
