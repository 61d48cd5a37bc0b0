package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Schema(description = "Every range of days the peer cannot be on site; replaces the ranges recorded before.")
public record AvailabilityRequest(
        @Schema(description = "Ranges of unavailable days, both ends included; an empty list clears them.")
        @NotNull @Size(max = 200) List<@NotNull @Valid Range> unavailable) {

    static final String EXAMPLE = """
            {"unavailable": [{"from": "2026-08-03", "to": "2026-08-14"}, {"from": "2026-10-26", "to": "2026-10-26"}]}""";

    @Schema(name = "DateRangeRequest", description = "Days from from to to, both included.")
    public record Range(@Schema(examples = "2026-08-03") @NotNull LocalDate from,
                        @Schema(examples = "2026-08-14") @NotNull LocalDate to) {
    }

    /** The ranges, or a 422 problem naming each range that ends before it starts. */
    List<DateRange> toRanges() {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < unavailable.size(); i++) {
            if (unavailable.get(i).to().isBefore(unavailable.get(i).from())) {
                errors.add(new Problem.FieldError("unavailable[" + i + "].to", "is before from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("A range of unavailable days ends before it starts.", errors);
        }
        return unavailable.stream().map(r -> new DateRange(r.from(), r.to())).toList();
    }
}
