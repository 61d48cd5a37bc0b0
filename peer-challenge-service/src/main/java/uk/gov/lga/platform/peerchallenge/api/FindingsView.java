package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Findings;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressStatus;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A challenge's findings per element. */
@Schema(description = "A challenge's findings: per element, in the kind's order, strengths, areas to consider and "
        + "numbered recommendations.")
public record FindingsView(@Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
                           ChallengeKind kind, LocalDate feedbackOn,
                           @Schema(required = true) boolean memberChallengeOfPerformanceWeak,
                           @Schema(description = "One per element, in the kind's order", maxItems = 20)
                           List<ElementView> findings) {

    @Schema(description = "The findings on one element.")
    public record ElementView(
            Element element,
            @Schema(maxItems = 30, examples = "[\"A clear vision shared with partners\"]")
            List<@Size(max = LINE) @Pattern(regexp = NOT_BLANK) String> strengths,
            @Schema(maxItems = 30, examples = "[\"Scrutiny rarely challenges performance\"]")
            List<@Size(max = LINE) @Pattern(regexp = NOT_BLANK) String> areasToConsider,
            @Schema(description = "Numbered across the challenge in element order", maxItems = 30)
            List<RecommendationView> recommendations) {

        static ElementView of(Findings.ElementFindings e) {
            return new ElementView(e.element(), e.strengths(), e.areasToConsider(),
                    e.recommendations().stream().map(RecommendationView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A numbered recommendation and, once reviewed, its progress.")
    public record RecommendationView(@Schema(required = true, minimum = "1", maximum = "1000", examples = "3") int number,
                                     @Schema(required = true, maxLength = LINE, pattern = NOT_BLANK,
                                             examples = "Refresh the scrutiny work programme") String text,
                                     @Schema(description = "From the progress review") ProgressStatus status,
                                     @Schema(description = "From the progress review", maxLength = LINE,
                                             examples = "Savings agreed for 2027/28; 2028/29 still open") String note) {

        static RecommendationView of(Findings.NumberedRecommendation r) {
            return new RecommendationView(r.number(), r.text(), r.status(), r.note());
        }
    }

    static FindingsView of(Findings f) {
        return new FindingsView(f.challengeId(), f.kind(), f.feedbackOn(), f.memberChallengeOfPerformanceWeak(),
                f.elements().stream().map(ElementView::of).toList());
    }
}
