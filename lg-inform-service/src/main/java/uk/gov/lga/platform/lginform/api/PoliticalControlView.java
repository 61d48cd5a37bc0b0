package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.politics.ControlHistory;
import uk.gov.lga.platform.lginform.domain.politics.PoliticalControl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A council's political control: the current record and the whole history, newest first. */
public record PoliticalControlView(@Schema(examples = "E08000035") String gssCode, @Schema(examples = "Leeds") String name,
                                   @Schema(description = "The control in effect now; null when none is recorded")
                                   Record current,
                                   @Schema(description = "Every record, the newest first") List<Record> history) {

    /** One record: in effect from {@code effectiveFrom} until the day before the next record's (null: still). */
    public record Record(@Schema(description = "The controlling party, or NO_OVERALL_CONTROL", examples = "Labour") String control,
                         @Schema(description = "The leader's party; null when not known", examples = "Labour") String leaderParty,
                         @Schema(examples = "2024-05-02") LocalDate effectiveFrom,
                         @Schema(description = "The last day it was in effect; null for the current record",
                                 examples = "2025-05-07") LocalDate effectiveUntil,
                         @Schema(description = "The control it followed; null for the first record", examples = "Conservative")
                         String previousControl,
                         @Schema(description = "True for made-up demo records") boolean synthetic,
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
