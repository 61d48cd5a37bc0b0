package uk.gov.lga.platform.lginform.domain;

/** A council, metric and period: a return holds one value of each, and revisions are numbered within it. */
public record ValueKey(String council, String metric, String period) {
}
