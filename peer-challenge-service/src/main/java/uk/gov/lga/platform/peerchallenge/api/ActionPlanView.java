package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PublishedActionPlan;

import java.time.LocalDate;
import java.util.List;

/** A published action plan, open to anyone. */
@Schema(description = "A published action plan, open to anyone: the hosts' actions answering each recommendation.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionPlanView(long challengeId, List<HostView> hosts, String summary, String url, LocalDate publishedOn,
                             List<ActionView> actions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionView(int number, @Schema(description = "The recommendation's number") int recommendation,
                             String recommendationText, String action, String owner, LocalDate dueOn) {
    }

    static ActionPlanView of(PublishedActionPlan p) {
        return new ActionPlanView(p.challengeId(), HostView.of(p.hosts()), p.summary(), p.url(), p.publishedOn(),
                p.actions().stream().map(a -> new ActionView(a.number(), a.recommendation(), a.recommendationText(),
                        a.action(), a.owner(), a.dueOn())).toList());
    }
}
