package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.groups.GroupSummary;

/** A comparison group in a list, without its members: how many there are. */
public record ComparisonGroupSummary(String id, String name, String kind, long memberCount) {

    static ComparisonGroupSummary of(GroupSummary group) {
        return new ComparisonGroupSummary(group.id().toString(), group.name(), group.kind().name(), group.memberCount());
    }
}
