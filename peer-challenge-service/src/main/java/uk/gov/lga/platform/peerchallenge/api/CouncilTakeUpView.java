package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.takeup.CouncilTakeUp;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** One organisation's take-up of the offer, for challenge managers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CouncilTakeUp", description = "One organisation's take-up: the corporate challenges it hosted and the "
        + "peer days it gave and received in the cycle running now.")
public record CouncilTakeUpView(
        @Schema(required = true, pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035") String code,
        @Schema(required = true, maxLength = NAME, pattern = NOT_BLANK, examples = "Leeds") String name,
        @Schema(pattern = "^[A-Z]{2,3}$", maxLength = 3, examples = "MD") String councilType,
        @Schema(maxLength = 60, pattern = NOT_BLANK, examples = "Yorkshire and The Humber") String region,
        @Schema(required = true, examples = "2026-06-15") LocalDate asOf,
        @Schema(required = true) OfferView.Cycle cycle,
        @Schema(required = true, description = "It hosts a corporate challenge starting in the cycle.", examples = "true")
        boolean corporateChallengeInCycle,
        @Schema(required = true, description = "The corporate challenges it hosted in any cycle, newest first; "
                + "cancelled ones left out.", maxItems = 1000) List<HostedChallengeView> corporateChallenges,
        @Schema(required = true, description = "Days its peers gave, and its challenges (as lead host) received, in the cycle.")
        TakeUpView.PeerDaysView peerDays) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "HostedChallenge")
    public record HostedChallengeView(
            @Schema(required = true, minimum = ID_MIN, maximum = ID_MAX, examples = "42") long challengeId,
            @Schema(description = "The first on-site day; absent until agreed.", examples = "2026-11-03") LocalDate startsOn,
            @Schema(required = true, pattern = CONSTANT, maxLength = CONSTANT_LENGTH, examples = "REPORT_PUBLISHED")
            String stage,
            @Schema(required = true, description = "It was the lead host.", examples = "true") boolean leadHost) {
    }

    static CouncilTakeUpView of(CouncilTakeUp t) {
        return new CouncilTakeUpView(t.organisation().code, t.organisation().name, t.organisation().councilType,
                t.organisation().region, t.asOf(), new OfferView.Cycle(t.cycle().start(), t.cycle().end()),
                t.corporateChallengeInCycle(),
                t.corporateChallenges().stream()
                        .map(c -> new HostedChallengeView(c.challengeId(), c.startsOn(), c.stage(), c.leadHost())).toList(),
                TakeUpView.PeerDaysView.of(t.peerDays()));
    }
}
