package uk.gov.lga.platform.lginform.domain.politics;

import uk.gov.lga.platform.lginform.domain.councils.Council;

import java.util.List;
import java.util.Optional;

/** A council's political control over time: its records, the newest (the current control) first. */
public record ControlHistory(Council council, List<PoliticalControl> newestFirst) {

    public ControlHistory {
        newestFirst = List.copyOf(newestFirst);
    }

    public Optional<PoliticalControl> current() {
        return newestFirst.stream().findFirst();
    }

    /** The record before the one at this index (older), if any. */
    public Optional<PoliticalControl> before(int index) {
        return index + 1 < newestFirst.size() ? Optional.of(newestFirst.get(index + 1)) : Optional.empty();
    }
}
