package uk.gov.lga.platform.peerchallenge.domain.peers;

/** Who a peer is in the sector, which decides the seats they can take on a team. */
public enum PeerKind {
    /** An elected member, put forward by their political group office; carries a political group. */
    MEMBER,
    /** A serving or recent chief executive. */
    CHIEF_EXECUTIVE,
    /** A senior officer of a council or authority. */
    OFFICER,
    /** From outside local government: business, voluntary sector, other public sector or the civil service. */
    EXPERT
}
