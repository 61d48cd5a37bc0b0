package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who is already on a challenge's team (invited or accepted) and who declined it: empty for a whole new team,
 * the rest of the team when one seat is replaced.
 */
public record TeamSoFar(List<Member> members, Set<Long> declined) {

    public static final TeamSoFar NONE = new TeamSoFar(List.of(), Set.of());

    public record Member(int seatNo, SeatRole role, Candidate peer) {
    }

    public TeamSoFar {
        members = List.copyOf(members);
        declined = Set.copyOf(declined);
    }

    public boolean contains(long peerId) {
        return members.stream().anyMatch(m -> m.peer().peerId() == peerId);
    }

    public boolean hasChiefExecutive() {
        return members.stream().anyMatch(m -> m.peer().kind() == PeerKind.CHIEF_EXECUTIVE);
    }

    public TeamSoFar with(Member member) {
        List<Member> more = new ArrayList<>(members);
        more.add(member);
        return new TeamSoFar(more, declined);
    }
}
