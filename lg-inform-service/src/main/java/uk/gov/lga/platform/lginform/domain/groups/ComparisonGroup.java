package uk.gov.lga.platform.lginform.domain.groups;

import java.util.List;

/** A set of councils to compare with: all England, a type, a region, a county and its districts, nearest neighbours, or a custom group. */
public record ComparisonGroup(String id, String name, Kind kind, List<String> members) {

    public enum Kind { ALL_ENGLAND, TYPE, REGION, COUNTY, NEAREST_NEIGHBOURS, CUSTOM }

    public ComparisonGroup {
        members = List.copyOf(members);
    }
}
