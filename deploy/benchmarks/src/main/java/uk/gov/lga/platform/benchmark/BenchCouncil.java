package uk.gov.lga.platform.benchmark;

import java.time.LocalDate;
import java.util.List;

/** A council of the register as the benchmark posts for it: its code and the dates it existed between. */
record BenchCouncil(String gssCode, LocalDate validFrom, LocalDate validTo) {

    /** The financial years ("2019/20") among {@code periods} that the council existed throughout. */
    List<String> periodsExisted(List<String> periods) {
        return periods.stream().filter(period -> {
            LocalDate start = LocalDate.of(Integer.parseInt(period.substring(0, 4)), 4, 1);
            LocalDate end = start.plusYears(1).minusDays(1);
            return !validFrom.isAfter(start) && (validTo == null || !validTo.isBefore(end));
        }).toList();
    }
}
