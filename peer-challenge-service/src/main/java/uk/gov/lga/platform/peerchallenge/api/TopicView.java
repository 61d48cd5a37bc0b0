package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeTopic;

import java.math.BigDecimal;
import java.time.Instant;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A topic of the catalogue of subject-specific challenges. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Topic", description = "A topic of the catalogue of subject-specific peer challenges.")
public record TopicView(
        @Schema(required = true, maxLength = TOPIC, pattern = "^" + TopicResource.NAME + "$", examples = "Planning") String name,
        @Schema(description = "What the challenge looks at.", maxLength = 500, pattern = NOT_BLANK,
                examples = "How the planning service performs and is led.")
        String description,
        @Schema(required = true, description = "The least a challenge on it is charged, in pounds.", examples = "7500.00")
        BigDecimal minimumPrice,
        @Schema(required = true, description = "Whether new challenges may be booked on it.", examples = "true") boolean active,
        @Schema(required = true, examples = "2026-06-15T10:00:00Z") Instant updatedAt) {

    static TopicView of(ChallengeTopic t) {
        return new TopicView(t.name, t.description, t.minimumPrice, t.active, t.updatedAt);
    }
}
