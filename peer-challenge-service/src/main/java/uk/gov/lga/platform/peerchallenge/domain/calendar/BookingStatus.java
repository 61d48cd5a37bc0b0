package uk.gov.lga.platform.peerchallenge.domain.calendar;

/** Where a booking stands. */
public enum BookingStatus {
    /** Has its place: a HOST booking has opened its challenge. */
    CONFIRMED,
    /** On the quarter's waiting list, first come first served, until a place frees up or the capacity rises. */
    WAITING,
    /** Cancelled by the council or a manager; kept, so the calendar's history stays whole. */
    CANCELLED
}
