package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.groups.GroupSummary;

/** A comparison group in a list, without its members: how many there are. */
@Schema(description = "A comparison group in a list, without its members: how many there are.")
public record ComparisonGroupSummary(
        @Schema(description = "The group's id.", required = true, pattern = Formats.GROUP_ID,
                maxLength = Formats.GROUP_ID_LENGTH, examples = "region:London") String id,
        @Schema(description = "The group's name.", required = true, maxLength = 120, examples = "London") String name,
        @Schema(description = "ALL_ENGLAND, TYPE, REGION, COUNTY, NEAREST_NEIGHBOURS or CUSTOM.", required = true,
                pattern = Formats.UPPER_NAME, maxLength = Formats.UPPER_NAME_LENGTH, examples = "REGION") String kind,
        @Schema(description = "How many councils it has.", required = true, minimum = "0", maximum = "1000",
                examples = "33") long memberCount) {

    static ComparisonGroupSummary of(GroupSummary group) {
        return new ComparisonGroupSummary(group.id().toString(), group.name(), group.kind().name(), group.memberCount());
    }
}
