package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many challenges a quarter can host. */
@Schema(description = "How many challenges the quarter can host.")
public record CapacityRequest(
        @NotNull @Min(0) @Max(1000)
        @Schema(description = "0 to 1000; not below the challenges already confirmed in the quarter", examples = "12")
        Integer hostCapacity) {
}
