package uk.gov.lga.platform.lginform.domain.groups;

import java.util.List;

/**
 * A set of councils to compare with, by GSS code: all England, a type, a region, a county and its districts,
 * a council's nearest neighbours, or a custom group.
 */
public record ComparisonGroup(GroupId id, String name, List<String> members) {

    public ComparisonGroup {
        members = List.copyOf(members);
    }

    public GroupId.Kind kind() {
        return id.kind();
    }
}
