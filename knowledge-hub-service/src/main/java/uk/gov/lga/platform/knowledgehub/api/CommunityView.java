package uk.gov.lga.platform.knowledgehub.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.knowledgehub.domain.communities.Community;

import java.time.Instant;

/** A community of practice as the Knowledge Hub shows it. */
@Schema(description = "A community of practice: people across councils working on the same improvement theme.")
public record CommunityView(
        @Schema(description = "The community's id: a readable slug, stable, used in links.", required = true,
                pattern = Community.ID_PATTERN, maxLength = 80, examples = "finance-leaders")
        String id,
        @Schema(description = "The community's name.", required = true, maxLength = 120, examples = "Finance leaders")
        String name,
        @Schema(description = "Who meets there and what they share, for a person to read.", required = true,
                examples = "Section 151 officers and finance directors comparing medium-term financial plans, "
                        + "reserves strategies and budget-gap savings.")
        String description,
        @Schema(description = "The improvement theme it belongs to.", required = true, maxLength = 60,
                examples = "Finance and resources")
        String theme,
        @Schema(description = "True when it was carried over from the old communities-of-practice platform.",
                required = true, examples = "true")
        boolean migratedFromOldPlatform,
        @Schema(description = "When the community started (for migrated ones, their start on the old platform).",
                required = true, examples = "2009-05-11T09:00:00Z")
        Instant createdAt) {

    static CommunityView of(Community c) {
        return new CommunityView(c.id, c.name, c.description, c.theme, c.migratedFromOldPlatform, c.createdAt);
    }
}
