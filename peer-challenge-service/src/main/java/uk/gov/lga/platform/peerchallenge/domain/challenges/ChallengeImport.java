package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.time.Instant;
import java.util.List;

/** An import of historical challenges: where the records came from, who imported them, and what each became. */
public record ChallengeImport(long id, String source, String importedBy, Instant importedAt, List<Imported> challenges) {

    /** One record and the challenge it became, in the order of the request. */
    public record Imported(String reference, long challengeId, ChallengeStage stage) {
    }
}
