package uk.gov.lga.platform.lginform.domain.groups;

import uk.gov.lga.platform.support.ids.GssCode;

import java.util.List;

/** A custom group to create: its name, its member councils and the other benchmarking clubs (client ids) that may use it. */
public record NewGroup(String name, List<GssCode> members, List<String> clubs) {

    public NewGroup {
        members = members == null ? List.of() : List.copyOf(members);
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
    }
}
