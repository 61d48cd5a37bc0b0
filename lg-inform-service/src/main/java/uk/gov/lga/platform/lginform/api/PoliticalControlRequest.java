package uk.gov.lga.platform.lginform.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.politics.NewControl;

import java.time.LocalDate;

/** A council's political control from a day on, as a platform admin records it. */
@Schema(description = "A council's political control from the day it took effect")
public record PoliticalControlRequest(
        @Schema(description = "The controlling party, or NO_OVERALL_CONTROL", examples = {"Labour", "NO_OVERALL_CONTROL"},
                maxLength = 60, required = true)
        @NotNull @Pattern(regexp = PARTY, message = PARTY_MESSAGE) String control,
        @Schema(description = "The party of the council's leader; left out when not known", examples = "Labour", maxLength = 60)
        @Pattern(regexp = PARTY, message = PARTY_MESSAGE) String leaderParty,
        @Schema(description = "The day the control took effect: today or earlier, within the council's life",
                examples = "2025-05-01", required = true)
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "True for made-up demo records (default false)", examples = "false")
        Boolean synthetic) {

    /**
     * A party's name: a letter, then letters, digits, spaces and & ' . , ( ) _ -, up to 60 characters (ASCII, so the
     * pattern reads the same in every client's regular expressions).
     */
    static final String PARTY = "[A-Za-z][A-Za-z0-9 &'.,()_-]{0,59}";
    static final String PARTY_MESSAGE = "must be a party's name (a letter first, up to 60 characters) or NO_OVERALL_CONTROL";

    NewControl toNewControl() {
        return new NewControl(control.strip(), leaderParty == null ? null : leaderParty.strip(), effectiveFrom,
                Boolean.TRUE.equals(synthetic));
    }
}
