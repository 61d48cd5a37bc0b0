package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.offer.TopicService;

import java.math.BigDecimal;

/** A topic's terms in the catalogue of subject-specific challenges. */
@Schema(name = "TopicRequest", description = "A topic's terms in the catalogue of subject-specific challenges.")
public record TopicRequest(
        @Schema(required = true, description = "The least a subject-specific challenge on the topic is charged, in "
                + "pounds and pence, 0 to 1,000,000.", minimum = "0", maximum = "1000000", examples = "7500.00")
        @NotNull @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal minimumPrice,
        @Schema(required = true, description = "Whether new challenges may be booked on it; a retired topic stays in "
                + "the catalogue for the charges that name it.", examples = "true")
        @NotNull Boolean active,
        @Schema(description = "What the challenge looks at, up to 500 characters.", maxLength = 500,
                examples = "How the planning service performs and is led, against the council's growth ambitions.")
        @Size(max = 500) String description) {

    TopicService.TopicTerms terms() {
        return new TopicService.TopicTerms(description == null || description.isBlank() ? null : description.strip(),
                minimumPrice, active);
    }
}
