package uk.gov.lga.platform.knowledgehub.api;

import uk.gov.lga.platform.knowledgehub.domain.communities.Community;

import java.time.Instant;

/** A community of practice as the Knowledge Hub shows it. */
public record CommunityView(String id, String name, String description, String theme,
                            boolean migratedFromOldPlatform, Instant createdAt) {

    static CommunityView of(Community c) {
        return new CommunityView(c.id, c.name, c.description, c.theme, c.migratedFromOldPlatform, c.createdAt);
    }
}
