package uk.gov.lga.platform.lginform.domain.values;

import java.util.List;

/**
 * Fired (CDI, synchronously, inside the publishing transaction) when values become published, so
 * parts of this service that derive from published data (nearest neighbours) follow without the
 * data-return code knowing them.
 */
public record ValuesPublished(List<StoredValue> values) {
}
