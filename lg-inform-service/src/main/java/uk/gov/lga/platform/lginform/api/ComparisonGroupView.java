package uk.gov.lga.platform.lginform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
@Schema(description = "A comparison group with its member councils.")
public record ComparisonGroupView(
        @Schema(description = "The group's id.", required = true, pattern = Formats.GROUP_ID,
                maxLength = Formats.GROUP_ID_LENGTH, examples = "nearest-neighbours:E08000035") String id,
        @Schema(description = "The group's name.", required = true, maxLength = 120, examples = "Nearest neighbours of Leeds")
        String name,
        @Schema(description = "ALL_ENGLAND, TYPE, REGION, COUNTY, NEAREST_NEIGHBOURS or CUSTOM.", required = true,
                pattern = Formats.UPPER_NAME, maxLength = Formats.UPPER_NAME_LENGTH, examples = "NEAREST_NEIGHBOURS")
        String kind,
        @Schema(description = "How many councils it has.", required = true, minimum = "0", maximum = "1000", examples = "16")
        int memberCount,
        @Schema(description = "Its councils, by GSS code (for nearest neighbours, the council first).", required = true,
                maxItems = 1000) List<Member> members,
        @Schema(description = "A custom group only: whose it is and which clubs may use it.", nullable = true)
        Custom custom,
        @Schema(description = "A nearest-neighbours group only: each neighbour explained.", nullable = true)
        NearestNeighbours nearestNeighbours) {

    @Schema(name = "ComparisonGroupMember", description = "A member council.")
    public record Member(@Schema(description = "Its GSS code.", required = true, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String gssCode,
                         @Schema(description = "Its name.", required = true, maxLength = 120, examples = "Leeds") String name) {
    }

    /** The owner is a council (an officer made it) or a benchmarking club's client id. */
    @Schema(name = "CustomGroupDetails", description = "Whose a custom group is: a council (an officer made it) or a "
            + "benchmarking club's client id; and the other clubs that may use it.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Custom(
            @Schema(description = "The owner council's GSS code; absent when a club owns it.", pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035")
            String ownerCouncil,
            @Schema(description = "The owner club's client id; absent when a council owns it.",
                    pattern = "^" + CustomGroupRequest.CLIENT_ID + "$", maxLength = 100, examples = "benchmarking-club-demo")
            String ownerClient,
            @Schema(description = "Other clubs that may use it, by client id.", type = SchemaType.ARRAY, maxItems = 50,
                    implementation = Formats.ClientIdItem.class)
            List<String> clubs,
            @Schema(description = "When it was made.", examples = "2025-03-01T10:00:00Z") Instant createdAt) {

        static Custom of(GroupDetails.Custom custom) {
            return new Custom(custom.ownerCouncil(), custom.ownerClient(), custom.clubs(), custom.createdAt());
        }
    }

    /**
     * {@code distance} is rebased so the farthest neighbour is 1; {@code standardDistance} is the weighted
     * Euclidean distance in standard deviations before rebasing.
     */
    @Schema(name = "NearestNeighbourDetails", description = "The council's nearest neighbours: distance is rebased so the "
            + "farthest neighbour is 1; standardDistance is the weighted Euclidean distance in standard deviations.")
    public record NearestNeighbours(
            @Schema(description = "The council whose neighbours these are.", required = true, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035")
            String council,
            @Schema(description = "When they were computed.", required = true, examples = "2025-05-01T02:00:00Z")
            Instant computedAt,
            @Schema(description = "Nearest first.", required = true, maxItems = 100) List<Neighbour> neighbours) {

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

    @Schema(name = "NearestNeighbour", description = "One neighbour, with the metrics that set it apart most.")
    public record Neighbour(
            @Schema(description = "1 for the nearest.", required = true, minimum = "1", maximum = "100", examples = "1")
            int rank,
            @Schema(description = "Its GSS code.", required = true, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000025") String gssCode,
            @Schema(description = "Its name.", required = true, maxLength = 120, examples = "Birmingham") String name,
            @Schema(description = "Rebased: the farthest neighbour is 1.", required = true, examples = "0.42") double distance,
            @Schema(description = "In standard deviations, before rebasing.", required = true, examples = "1.37")
            double standardDistance,
            @Schema(description = "The metrics that contribute most.", required = true, maxItems = 20)
            List<Contribution> contributions) {
    }

    /** A metric's share (0 to 1) of the squared distance to this neighbour. */
    @Schema(name = "NeighbourContribution", description = "A metric's share (0 to 1) of the squared distance.")
    public record Contribution(
            @Schema(description = "The metric's id.", required = true, pattern = Formats.METRIC_ID,
                    maxLength = Formats.METRIC_ID_LENGTH, examples = "population-density") String metric,
            @Schema(description = "The metric's title.", required = true, maxLength = 200, examples = "Population density")
            String title,
            @Schema(description = "Its share, 0 to 1.", required = true, minimum = "0", maximum = "1", examples = "0.31")
            double share) {
    }

    static ComparisonGroupView of(GroupDetails details) {
        ComparisonGroup group = details.group();
        List<Member> members = group.members().stream().map(code -> new Member(code, details.names().get(code))).toList();
        return new ComparisonGroupView(group.id().toString(), group.name(), group.kind().name(), members.size(), members,
                details.custom() == null ? null : Custom.of(details.custom()),
                details.neighbours() == null ? null : NearestNeighbours.of(details));
    }
}
