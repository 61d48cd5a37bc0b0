package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.VisitDates;

import java.time.LocalDate;
import java.util.List;

/** The on-site visits of a challenge: one of about four days, or several short visits. */
@Schema(description = "The on-site visits, replacing any scheduled before: 1 to 10, each at most 14 days, not overlapping.")
public record VisitsRequest(@NotEmpty @Size(max = 10) List<@NotNull @Valid Dates> visits) {

    @Schema(name = "VisitDatesRequest", description = "One visit's first and last on-site day.")
    public record Dates(@NotNull @Schema(examples = "2026-09-14") LocalDate startsOn,
                        @NotNull @Schema(examples = "2026-09-17") LocalDate endsOn) {
    }

    List<VisitDates> toVisitDates() {
        return visits.stream().map(v -> new VisitDates(v.startsOn(), v.endsOn())).toList();
    }
}
