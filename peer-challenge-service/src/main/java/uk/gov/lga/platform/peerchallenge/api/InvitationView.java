package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.teams.InvitationDetails;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatRole;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamSeat;

import java.time.Instant;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

@Schema(description = "An invitation to a challenge's team, and the peer's answer.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvitationView(@Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "31") long id,
                             @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "42") long challengeId,
                             ChallengeKind kind,
                             @Schema(description = "The hosts, lead first.", maxItems = HOSTS) List<PeerView.Organisation> hosts,
                             @Schema(description = "The on-site visits.", maxItems = 10) List<AvailabilityView.Range> visits,
                             @Schema(required = true, minimum = "1", maximum = SEAT_MAX, examples = "3") int seatNo,
                             SeatRole role,
                             SeatStatus status,
                             Instant invitedAt,
                             Instant answeredAt,
                             @Schema(description = "On a decline: the proposal made at once for the seat.", minimum = ID_MIN,
                                     maximum = ID_MAX, examples = "8")
                             Long replacementProposalId) {

    static InvitationView of(InvitationDetails d) {
        TeamSeat s = d.seat();
        return new InvitationView(s.id, s.challengeId, d.kind(),
                d.hosts().stream().map(h -> new PeerView.Organisation(h.code(), h.name())).toList(),
                d.visits().stream().map(v -> new AvailabilityView.Range(v.from(), v.to())).toList(),
                s.seatNo, s.role, s.status, s.invitedAt, s.answeredAt, d.replacementProposalId());
    }
}
