package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

/** What a peer is on a team. A corporate challenge's team has one lead member peer and one chief-executive peer. */
public enum SeatRole {
    LEAD_MEMBER_PEER,
    MEMBER_PEER,
    CHIEF_EXECUTIVE_PEER,
    OFFICER_PEER,
    EXPERT;

    /** The role a peer takes in a seat that is not the lead's. */
    public static SeatRole of(PeerKind kind) {
        return switch (kind) {
            case MEMBER -> MEMBER_PEER;
            case CHIEF_EXECUTIVE -> CHIEF_EXECUTIVE_PEER;
            case OFFICER -> OFFICER_PEER;
            case EXPERT -> EXPERT;
        };
    }
}
