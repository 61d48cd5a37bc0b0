package uk.gov.lga.platform.lginform.domain.returns;

import uk.gov.lga.platform.events.DataReturnPublished;

import java.time.Instant;

/** The DataReturnPublished event of a published return, from the values it stored. */
final class ReturnEvents {

    private ReturnEvents() {
    }

    static DataReturnPublished published(SubmittedReturn submitted, Instant publishedAt) {
        DataReturn r = submitted.dataReturn();
        return new DataReturnPublished(r.councilCode, r.id, r.source.name(), r.submittedBy, r.submittedAt, publishedAt,
                submitted.values().stream().map(v -> new DataReturnPublished.Value(v.metric(), v.period(), v.value(),
                        v.revision(), v.status().name())).toList());
    }
}
