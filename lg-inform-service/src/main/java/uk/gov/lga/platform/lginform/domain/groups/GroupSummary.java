package uk.gov.lga.platform.lginform.domain.groups;

/** A comparison group in a list: without its members, only how many there are. */
public record GroupSummary(String id, String name, ComparisonGroup.Kind kind, long memberCount) {
}
