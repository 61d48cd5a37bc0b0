package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.lginform.domain.values.StoredValue;
import uk.gov.lga.platform.lginform.domain.values.ValueKey;

import java.util.List;
import java.util.Set;

/** Values with their revisions, and the keys whose earlier revisions they replace. */
public record NumberedValues(List<StoredValue> values, Set<ValueKey> revisedKeys) {
}
