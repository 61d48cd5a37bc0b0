package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.takeup.TakeUp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** Take-up of the offer in the cycle running now, in aggregate. */
@Schema(name = "TakeUp", description = "Take-up of the improvement offer in the three-year cycle running now: the share "
        + "of English councils (those existing today) hosting a corporate peer challenge that starts in the cycle, "
        + "overall, by council type and by region, and peer days on site. Aggregates only.")
public record TakeUpView(
        @Schema(required = true, description = "The day the figures were worked out (UK time).", examples = "2026-06-15")
        LocalDate asOf,
        @Schema(required = true) OfferView.Cycle cycle,
        @Schema(required = true, description = "All English councils.") ShareView councils,
        @Schema(required = true, description = "By council type (NMD, UA, MD, LBO, CTY, CC), in name order.",
                maxItems = 20) List<GroupView> byType,
        @Schema(required = true, description = "By region, in name order.", maxItems = 20) List<GroupView> byRegion,
        @Schema(required = true) PeerDaysView peerDays) {

    static final String PEER_DAYS_NOTE = "Days peers spent on site in the cycle up to today: each accepted team seat "
            + "counts the days of its challenge's visits. Given counts peers with a home organisation (experts have "
            + "none); received counts every seat, for the challenge's lead host.";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TakeUpShare")
    public record ShareView(
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "296") int councils,
            @Schema(required = true, description = "Of them, how many host a corporate peer challenge starting in the cycle.",
                    minimum = "0", maximum = COUNT_MAX, examples = "61") int withCorporateChallenge,
            @Schema(description = "withCorporateChallenge / councils x 100, one decimal place; absent when there are no councils.",
                    examples = "20.6") BigDecimal percentage) {

        static ShareView of(TakeUp.Share s) {
            return new ShareView(s.councils(), s.withCorporateChallenge(), s.percentage());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TakeUpGroup")
    public record GroupView(
            @Schema(description = "The council type or region; absent for councils the register gives none.",
                    maxLength = 60, pattern = NOT_BLANK, examples = "North West") String name,
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "39") int councils,
            @Schema(required = true, minimum = "0", maximum = COUNT_MAX, examples = "9") int withCorporateChallenge,
            @Schema(examples = "23.1") BigDecimal percentage) {

        static GroupView of(TakeUp.Group g) {
            return new GroupView(g.name(), g.share().councils(), g.share().withCorporateChallenge(), g.share().percentage());
        }
    }

    @Schema(name = "PeerDays")
    public record PeerDaysView(
            @Schema(required = true, minimum = "0", maximum = ID_MAX, examples = "412") long given,
            @Schema(required = true, minimum = "0", maximum = ID_MAX, examples = "436") long received,
            @Schema(required = true, maxLength = 500, pattern = NOT_BLANK, examples = PEER_DAYS_NOTE) String note) {

        static PeerDaysView of(TakeUp.PeerDays d) {
            return new PeerDaysView(d.given(), d.received(), PEER_DAYS_NOTE);
        }
    }

    static TakeUpView of(TakeUp t) {
        return new TakeUpView(t.asOf(), new OfferView.Cycle(t.cycle().start(), t.cycle().end()), ShareView.of(t.councils()),
                t.byType().stream().map(GroupView::of).toList(), t.byRegion().stream().map(GroupView::of).toList(),
                PeerDaysView.of(t.peerDays()));
    }
}
