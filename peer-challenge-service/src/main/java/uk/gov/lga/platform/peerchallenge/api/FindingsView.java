package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Findings;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressStatus;

import java.time.LocalDate;
import java.util.List;

/** A challenge's findings per element. */
@Schema(description = "A challenge's findings: per element, in the kind's order, strengths, areas to consider and "
        + "numbered recommendations.")
public record FindingsView(long challengeId, ChallengeKind kind, LocalDate feedbackOn,
                           boolean memberChallengeOfPerformanceWeak, List<ElementView> findings) {

    public record ElementView(Element element, List<String> strengths, List<String> areasToConsider,
                              List<RecommendationView> recommendations) {

        static ElementView of(Findings.ElementFindings e) {
            return new ElementView(e.element(), e.strengths(), e.areasToConsider(),
                    e.recommendations().stream().map(RecommendationView::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecommendationView(@Schema(examples = "3") int number,
                                     @Schema(examples = "Refresh the scrutiny work programme") String text,
                                     @Schema(description = "From the progress review") ProgressStatus status,
                                     String note) {

        static RecommendationView of(Findings.NumberedRecommendation r) {
            return new RecommendationView(r.number(), r.text(), r.status(), r.note());
        }
    }

    static FindingsView of(Findings f) {
        return new FindingsView(f.challengeId(), f.kind(), f.feedbackOn(), f.memberChallengeOfPerformanceWeak(),
                f.elements().stream().map(ElementView::of).toList());
    }
}
