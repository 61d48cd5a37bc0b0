package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

/** A seat to fill: its number on the team and who may take it. */
public record SeatNeed(int seatNo, Kind kind) {

    public enum Kind {
        /** The lead member peer: a member peer. */
        LEAD,
        /** The chief-executive peer. */
        CHIEF_EXECUTIVE,
        /** Any peer, but a team has at most one chief-executive peer. */
        OPEN;

        /** The seat a confirmed team's role was in, for its replacement. */
        public static Kind of(SeatRole role) {
            return switch (role) {
                case LEAD_MEMBER_PEER -> LEAD;
                case CHIEF_EXECUTIVE_PEER -> CHIEF_EXECUTIVE;
                default -> OPEN;
            };
        }
    }

    /** Whether a peer of this kind can take the seat, the team so far {@code hasChiefExecutive} or not. */
    public boolean accepts(PeerKind peer, boolean hasChiefExecutive) {
        return switch (kind) {
            case LEAD -> peer == PeerKind.MEMBER;
            case CHIEF_EXECUTIVE -> peer == PeerKind.CHIEF_EXECUTIVE;
            case OPEN -> peer != PeerKind.CHIEF_EXECUTIVE || !hasChiefExecutive;
        };
    }

    public SeatRole roleFor(PeerKind peer) {
        return kind == Kind.LEAD ? SeatRole.LEAD_MEMBER_PEER : SeatRole.of(peer);
    }

    /** Who may take the seat, in words. */
    public String describe() {
        return switch (kind) {
            case LEAD -> "a member peer to lead";
            case CHIEF_EXECUTIVE -> "a chief-executive peer";
            case OPEN -> "any peer but a second chief-executive peer";
        };
    }
}
