package uk.gov.lga.platform.lginform.domain.groups;

/** A comparison group in a list: without its members, only how many there are. */
public record GroupSummary(GroupId id, String name, long memberCount) {

    public GroupId.Kind kind() {
        return id.kind();
    }
}
