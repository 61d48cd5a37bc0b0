package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImport;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImportService;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** An import of historical challenges and what each record became. */
@Schema(name = "ChallengeImport", description = "An import of peer challenges: where the records came from, who "
        + "imported them, how many reached each stage, and the challenge each record became.")
public record ChallengeImportView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "3") long id,
        @Schema(required = true, maxLength = 300, pattern = NOT_BLANK, examples = "Peer challenge register 2011-2025") String source,
        @Schema(required = true, description = "import: and the admin's user name", maxLength = USER + 7,
                pattern = "^import:[A-Za-z0-9][A-Za-z0-9._@-]*$", examples = "import:admin") String importedBy,
        @Schema(required = true, examples = "2026-12-01T09:00:00Z") Instant importedAt,
        @Schema(required = true, description = "How many records are at each stage")
        Map<ChallengeStage, @Min(1) @Max(ChallengeImportService.MAX_CHALLENGES) Integer> stages,
        @Schema(required = true, description = "Each record and its challenge, in the order of the request",
                maxItems = ChallengeImportService.MAX_CHALLENGES)
        List<Imported> challenges) {

    @Schema(name = "ChallengeImportItem", description = "A record and the challenge it became.")
    public record Imported(@Schema(required = true, maxLength = 100, pattern = ChallengeImportRequest.REFERENCE,
                                   examples = "PC-2015-041") String reference,
                           @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
                           @Schema(required = true) ChallengeStage stage) {
    }

    static ChallengeImportView of(ChallengeImport i) {
        Map<ChallengeStage, Integer> stages = new EnumMap<>(ChallengeStage.class);
        i.challenges().forEach(c -> stages.merge(c.stage(), 1, Integer::sum));
        return new ChallengeImportView(i.id(), i.source(), i.importedBy(), i.importedAt(), stages,
                i.challenges().stream().map(c -> new Imported(c.reference(), c.challengeId(), c.stage())).toList());
    }
}
