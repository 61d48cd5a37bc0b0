package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroup;
import uk.gov.lga.platform.lginform.domain.groups.GroupDetails;
import uk.gov.lga.platform.lginform.domain.neighbours.ComputedNeighbours;

import java.time.Instant;
import java.util.List;

/**
 * A comparison group with its member councils. A custom group also says whose it is and which clubs may use
 * it; a nearest-neighbours group explains each neighbour: its rank, distance and the metrics that set it apart most.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComparisonGroupView(String id, String name, String kind, int memberCount, List<Member> members,
                                  Custom custom, NearestNeighbours nearestNeighbours) {

    @Schema(name = "ComparisonGroupMember")
    public record Member(String gssCode, String name) {
    }

    /** The owner is a council (an officer made it) or a benchmarking club's client id. */
    @Schema(name = "CustomGroupDetails")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Custom(String ownerCouncil, String ownerClient, List<String> clubs, Instant createdAt) {

        static Custom of(GroupDetails.Custom custom) {
            return new Custom(custom.ownerCouncil(), custom.ownerClient(), custom.clubs(), custom.createdAt());
        }
    }

    /**
     * {@code distance} is rebased so the farthest neighbour is 1; {@code standardDistance} is the weighted
     * Euclidean distance in standard deviations before rebasing.
     */
    @Schema(name = "NearestNeighbourDetails")
    public record NearestNeighbours(String council, Instant computedAt, List<Neighbour> neighbours) {

        /** The group's first member is the council. */
        static NearestNeighbours of(GroupDetails details) {
            ComputedNeighbours computed = details.neighbours();
            return new NearestNeighbours(details.group().members().get(0), computed.computedAt(), computed.neighbours().stream()
                    .map(n -> new Neighbour(n.rank(), n.gssCode(), details.names().get(n.gssCode()), n.distance(),
                            n.standardDistance(), n.contributions().stream()
                            .map(c -> new Contribution(c.metric(), details.metricTitles().get(c.metric()), c.share())).toList()))
                    .toList());
        }
    }

    @Schema(name = "NearestNeighbour")
    public record Neighbour(int rank, String gssCode, String name, double distance, double standardDistance,
                            List<Contribution> contributions) {
    }

    /** A metric's share (0 to 1) of the squared distance to this neighbour. */
    @Schema(name = "NeighbourContribution")
    public record Contribution(String metric, String title, double share) {
    }

    static ComparisonGroupView of(GroupDetails details) {
        ComparisonGroup group = details.group();
        List<Member> members = group.members().stream().map(code -> new Member(code, details.names().get(code))).toList();
        return new ComparisonGroupView(group.id().toString(), group.name(), group.kind().name(), members.size(), members,
                details.custom() == null ? null : Custom.of(details.custom()),
                details.neighbours() == null ? null : NearestNeighbours.of(details));
    }
}
