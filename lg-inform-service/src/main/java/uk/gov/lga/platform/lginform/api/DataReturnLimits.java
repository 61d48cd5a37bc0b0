package uk.gov.lga.platform.lginform.api;

/** How much one request may carry (the HTTP body limit is quarkus.http.limits.max-body-size). */
final class DataReturnLimits {

    /** Values in one return or national dataset. */
    static final int MAX_VALUES = 1_000_000;

    private DataReturnLimits() {
    }
}
