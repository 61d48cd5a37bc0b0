package uk.gov.lga.platform.peerchallenge.domain.offer;

/** Whether the council can still draw on an entitlement. */
public enum EntitlementStatus {
    AVAILABLE,
    USED,
    /** Granted days that were not used within their time and have lapsed. */
    EXPIRED,
    /** The event that opens the entitlement has not happened for this council. */
    NOT_ELIGIBLE
}
