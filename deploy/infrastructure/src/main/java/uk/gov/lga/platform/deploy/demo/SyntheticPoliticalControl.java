package uk.gov.lga.platform.deploy.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up political control for every English council, for the demo only: every record says synthetic. Each council
 * gets a control from the local elections of 2019, 2021 or 2022 (or from its first day, if later), for about half
 * a change at the elections of 2023 or 2024, and for about one in ten a change dated within the last year (after
 * {@code today} less 330 days), so peer challenge has recent changes of control to grant support for.
 * Deterministic: the same council, seed and day give the same records.
 */
public final class SyntheticPoliticalControl {

    public static final String NO_OVERALL_CONTROL = "NO_OVERALL_CONTROL";
    static final List<String> CONTROLS = List.of("Conservative", "Labour", "Liberal Democrat", "Independent", "Green",
            "Reform UK", NO_OVERALL_CONTROL);
    static final List<String> LEADERS = List.of("Conservative", "Labour", "Liberal Democrat", "Independent", "Green", "Reform UK");
    static final List<LocalDate> FIRST_ELECTIONS = List.of(LocalDate.parse("2019-05-02"), LocalDate.parse("2021-05-06"),
            LocalDate.parse("2022-05-05"));
    static final List<LocalDate> LATER_ELECTIONS = List.of(LocalDate.parse("2023-05-04"), LocalDate.parse("2024-05-02"));

    /** One record: the control (a party or NO_OVERALL_CONTROL), the leader's party, the day it took effect. */
    public record Record(String control, String leaderParty, LocalDate effectiveFrom) {
    }

    private SyntheticPoliticalControl() {
    }

    /** The council's records, oldest first, none after {@code today} nor before {@code validFrom} (null: open). */
    public static List<Record> history(String gssCode, LocalDate validFrom, long seed, LocalDate today) {
        SplittableRandom random = new SplittableRandom(SyntheticDataset.mix(seed, gssCode, "political-control"));
        List<Record> records = new ArrayList<>();
        LocalDate first = FIRST_ELECTIONS.get(random.nextInt(FIRST_ELECTIONS.size()));
        if (validFrom != null && first.isBefore(validFrom)) {
            first = validFrom;
        }
        records.add(record(random, null, first));
        if (random.nextInt(2) == 0) {
            LocalDate later = LATER_ELECTIONS.get(random.nextInt(LATER_ELECTIONS.size()));
            if (later.isAfter(first) && !later.isAfter(today)) {
                records.add(record(random, records.get(records.size() - 1).control(), later));
            }
        }
        if (random.nextInt(10) == 0) {
            LocalDate recent = today.minusDays(20 + random.nextInt(311));
            if (recent.isAfter(records.get(records.size() - 1).effectiveFrom())) {
                records.add(record(random, records.get(records.size() - 1).control(), recent));
            }
        }
        return records;
    }

    /** A control other than the one before; the leader is of the controlling party, or any party under no overall control. */
    private static Record record(SplittableRandom random, String before, LocalDate effectiveFrom) {
        String control;
        do {
            control = CONTROLS.get(random.nextInt(CONTROLS.size()));
        } while (control.equals(before));
        String leader = NO_OVERALL_CONTROL.equals(control) ? LEADERS.get(random.nextInt(LEADERS.size())) : control;
        return new Record(control, leader, effectiveFrom);
    }
}
