package uk.gov.lga.platform.lginform.domain.groups;

import uk.gov.lga.platform.lginform.domain.neighbours.ComputedNeighbours;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A group with what explains it: its members' names (by GSS code); a custom group's owner and clubs, or else
 * null; a nearest-neighbours group's computation and the titles of the metrics it names, or else null and none.
 */
public record GroupDetails(ComparisonGroup group, Map<String, String> names, Custom custom,
                           ComputedNeighbours neighbours, Map<String, String> metricTitles) {

    /** Whose a custom group is (an owner council, or else an owner club), the other clubs it names, when it was made. */
    public record Custom(String ownerCouncil, String ownerClient, List<String> clubs, Instant createdAt) {

        static Custom of(CustomGroup group) {
            return new Custom(group.ownerCouncil, group.ownerClient, List.copyOf(group.clubs), group.createdAt);
        }
    }
}
