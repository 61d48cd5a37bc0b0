package uk.gov.lga.platform.peerchallenge.domain.calendar;

/** Why a council books a quarter. */
public enum BookingPurpose {
    /** To host a peer challenge: takes one of the quarter's places, or waits for one. */
    HOST,
    /** To give peer days: never limited by the quarter's capacity. */
    GIVE_PEER_DAYS
}
