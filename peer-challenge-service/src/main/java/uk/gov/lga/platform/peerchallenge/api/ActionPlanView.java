package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PublishedActionPlan;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A published action plan, open to anyone. */
@Schema(description = "A published action plan, open to anyone: the hosts' actions answering each recommendation.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionPlanView(
        @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "41") long challengeId,
        @Schema(required = true, description = "The hosts, the lead first.", maxItems = HOSTS) List<HostView> hosts,
        @Schema(required = true, maxLength = SUMMARY, pattern = NOT_BLANK,
                examples = "How we will act on the peer team's recommendations.") String summary,
        @Schema(description = "Where the plan is published.", maxLength = URL, pattern = URL_PATTERN,
                examples = "https://www.leeds.gov.uk/peer-challenge-action-plan.pdf") String url,
        @Schema(required = true, examples = "2027-01-20") LocalDate publishedOn,
        @Schema(required = true, description = "In recommendation order.", maxItems = 200) List<ActionView> actions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One action of the plan and the recommendation it answers.")
    public record ActionView(
            @Schema(required = true, minimum = "1", maximum = "200", examples = "1") int number,
            @Schema(required = true, description = "The recommendation's number", minimum = "1", maximum = "1000",
                    examples = "3") int recommendation,
            @Schema(required = true, maxLength = LINE, pattern = NOT_BLANK, examples = "Refresh the scrutiny work programme")
            String recommendationText,
            @Schema(required = true, maxLength = LINE, pattern = NOT_BLANK,
                    examples = "Agree a scrutiny work programme with the executive") String action,
            @Schema(description = "A post, not a person", maxLength = NAME, pattern = NOT_BLANK,
                    examples = "Head of Democratic Services") String owner,
            @Schema(examples = "2027-06-30") LocalDate dueOn) {
    }

    static ActionPlanView of(PublishedActionPlan p) {
        return new ActionPlanView(p.challengeId(), HostView.of(p.hosts()), p.summary(), p.url(), p.publishedOn(),
                p.actions().stream().map(a -> new ActionView(a.number(), a.recommendation(), a.recommendationText(),
                        a.action(), a.owner(), a.dueOn())).toList());
    }
}
