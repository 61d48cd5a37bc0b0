package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.politics.ControlHistory;
import uk.gov.lga.platform.lginform.domain.politics.PoliticalControl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A council's political control: the current record and the whole history, newest first. */
@Schema(description = "A council's political control: the current record and the whole history, newest first.")
public record PoliticalControlView(@Schema(description = "The council's GSS code.", required = true,
                                           pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH,
                                           examples = "E08000035") String gssCode,
                                   @Schema(description = "The council's name.", required = true, maxLength = 120,
                                           examples = "Leeds") String name,
                                   @Schema(description = "The control in effect now; null when none is recorded",
                                           nullable = true)
                                   Record current,
                                   @Schema(description = "Every record, the newest first", required = true, maxItems = MAX_RECORDS)
                                   List<Record> history) {

    /** One record a year since 1974 and then some: more than any council has. */
    static final int MAX_RECORDS = 1_000;

    /** One record: in effect from {@code effectiveFrom} until the day before the next record's (null: still). */
    @Schema(name = "PoliticalControlRecord", description = "One record: in effect from effectiveFrom until "
            + "effectiveUntil (null: still).")
    public record Record(@Schema(description = "The controlling party, or NO_OVERALL_CONTROL", required = true,
                                 pattern = "^(?:" + PoliticalControlRequest.PARTY + ")$", maxLength = 60, examples = "Labour") String control,
                         @Schema(description = "The leader's party; null when not known", nullable = true,
                                 pattern = "^(?:" + PoliticalControlRequest.PARTY + ")$", maxLength = 60, examples = "Labour") String leaderParty,
                         @Schema(description = "The day it took effect.", required = true, examples = "2024-05-02")
                         LocalDate effectiveFrom,
                         @Schema(description = "The last day it was in effect; null for the current record",
                                 nullable = true, pattern = Formats.DATE, maxLength = 10, examples = "2025-05-07") LocalDate effectiveUntil,
                         @Schema(description = "The control it followed; null for the first record", nullable = true,
                                 pattern = "^(?:" + PoliticalControlRequest.PARTY + ")$", maxLength = 60, examples = "Conservative")
                         String previousControl,
                         @Schema(description = "True for made-up demo records", required = true) boolean synthetic,
                         @Schema(description = "When it was recorded.", required = true, examples = "2025-11-20T09:00:00Z")
                         Instant recordedAt) {
    }

    static PoliticalControlView of(ControlHistory h) {
        List<Record> records = new ArrayList<>();
        List<PoliticalControl> all = h.newestFirst();
        for (int i = 0; i < all.size(); i++) {
            PoliticalControl r = all.get(i);
            LocalDate until = i == 0 ? null : all.get(i - 1).effectiveFrom.minusDays(1);
            records.add(new Record(r.control, r.leaderParty, r.effectiveFrom, until,
                    h.before(i).map(p -> p.control).orElse(null), r.synthetic, r.recordedAt));
        }
        return new PoliticalControlView(h.council().gssCode, h.council().name, records.isEmpty() ? null : records.get(0),
                records);
    }
}
