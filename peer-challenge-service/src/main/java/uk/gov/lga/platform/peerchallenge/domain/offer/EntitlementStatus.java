package uk.gov.lga.platform.peerchallenge.domain.offer;

/** Whether the council can still draw on an entitlement. */
public enum EntitlementStatus {
    AVAILABLE,
    USED,
    /** The event that opens the entitlement has not happened for this council. */
    NOT_ELIGIBLE
}
