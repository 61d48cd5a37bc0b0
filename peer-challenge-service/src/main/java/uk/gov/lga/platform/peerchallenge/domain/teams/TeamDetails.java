package uk.gov.lga.platform.peerchallenge.domain.teams;

import java.util.List;

/**
 * A challenge's team as the caller may see it. {@code full} for challenge managers and platform admins: every seat,
 * declined ones included, with the peer's id, the invitation and its status. Otherwise (a host's officer, a peer on
 * the team) only the names and roles of the live seats, and the other fields are null.
 */
public record TeamDetails(long challengeId, boolean full, List<Member> members) {

    public record Member(int seatNo, String name, SeatRole role, Long peerId, Long invitationId, SeatStatus status) {
    }

    public TeamDetails {
        members = List.copyOf(members);
    }
}
