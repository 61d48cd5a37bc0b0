package uk.gov.lga.platform.lginform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.lginform.domain.Council;
import uk.gov.lga.platform.lginform.domain.Metric;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroup;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroups;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroup;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroups;
import uk.gov.lga.platform.lginform.domain.groups.GroupViewer;
import uk.gov.lga.platform.lginform.domain.groups.NearestNeighbourService;
import uk.gov.lga.platform.lginform.persistence.NeighbourStore;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts a resolved group together with what explains it: member names, a custom group's owner, the neighbours' distances. */
@ApplicationScoped
class ComparisonGroupViews {

    @Inject
    CustomGroups customGroups;

    @Inject
    NearestNeighbourService neighbours;

    ComparisonGroupView of(ComparisonGroup group, GroupViewer viewer) {
        return switch (group.kind()) {
            case CUSTOM -> of(customGroups.require(group.id().substring(ComparisonGroups.CUSTOM.length()), viewer));
            case NEAREST_NEIGHBOURS -> nearestNeighbours(group);
            default -> view(group, names(group.members()), null, null);
        };
    }

    ComparisonGroupView of(CustomGroup custom) {
        ComparisonGroup group = new ComparisonGroup(custom.groupId(), custom.name, ComparisonGroup.Kind.CUSTOM, custom.members);
        return view(group, names(group.members()), new ComparisonGroupView.Custom(custom.ownerCouncil, custom.ownerClient,
                List.copyOf(custom.clubs), custom.createdAt), null);
    }

    /** The group's first member is the council; members and explanations come from one read, so they agree. */
    private ComparisonGroupView nearestNeighbours(ComparisonGroup resolved) {
        String council = resolved.members().get(0);
        NeighbourStore.Computed computed = neighbours.neighboursOf(council)
                .orElseThrow(() -> ProblemException.notFound("No comparison group has the id '" + resolved.id() + "'."));
        ComparisonGroup group = new ComparisonGroup(resolved.id(), resolved.name(), resolved.kind(), computed.groupOf(council));
        Map<String, String> names = names(group.members());
        Map<String, String> titles = Metric.<Metric>streamAll().collect(Collectors.toMap(m -> m.id, m -> m.title));
        return view(group, names, null, new ComparisonGroupView.NearestNeighbours(council, computed.computedAt(),
                computed.neighbours().stream()
                        .map(n -> new ComparisonGroupView.Neighbour(n.rank(), n.gssCode(), names.get(n.gssCode()),
                                n.distance(), n.standardDistance(), n.contributions().stream()
                                .map(c -> new ComparisonGroupView.Contribution(c.metric(), titles.get(c.metric()), c.share()))
                                .toList()))
                        .toList()));
    }

    private static ComparisonGroupView view(ComparisonGroup group, Map<String, String> names, ComparisonGroupView.Custom custom,
                                            ComparisonGroupView.NearestNeighbours nearestNeighbours) {
        List<ComparisonGroupView.Member> members = group.members().stream()
                .map(code -> new ComparisonGroupView.Member(code, names.get(code))).toList();
        return new ComparisonGroupView(group.id(), group.name(), group.kind().name(), members.size(), members, custom,
                nearestNeighbours);
    }

    private static Map<String, String> names(List<String> codes) {
        return Council.<Council>list("gssCode in ?1", codes).stream().collect(Collectors.toMap(c -> c.gssCode, c -> c.name));
    }
}
