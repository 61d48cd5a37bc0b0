package uk.gov.lga.platform.peerchallenge.domain.takeup;

import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * Take-up of the offer in the cycle running now: the share of English councils (those existing today) that host a
 * corporate peer challenge starting in the cycle, overall, by council type and by region; and the peer days on
 * site so far in the cycle. Aggregates only: no council is named.
 */
public record TakeUp(LocalDate asOf, ChallengeCycle cycle, Share councils, List<Group> byType, List<Group> byRegion,
                     PeerDays peerDays) {

    /** How many councils, how many of them with a corporate challenge in the cycle, and the percentage. */
    public record Share(int councils, int withCorporateChallenge) {

        /** Percentage to one decimal place, half up; null when there are no councils. */
        public BigDecimal percentage() {
            return councils == 0 ? null : BigDecimal.valueOf(withCorporateChallenge * 100L)
                    .divide(BigDecimal.valueOf(councils), 1, RoundingMode.HALF_UP);
        }

        public Share plus(Share other) {
            return new Share(councils + other.councils, withCorporateChallenge + other.withCorporateChallenge);
        }
    }

    /** A council type or region; {@code name} null for councils the register gives none. */
    public record Group(String name, Share share) {
    }

    /**
     * Days peers spent on site in the cycle up to today: each accepted team seat counts the days of its challenge's
     * visits. {@code given} counts peers with a home organisation (experts have none); {@code received} counts every
     * seat, for the challenge's lead host.
     */
    public record PeerDays(long given, long received) {
    }

    /** One council's row of the take-up count: its type and region, and whether it hosts a corporate challenge. */
    public record CouncilRow(String code, String councilType, String region, boolean withCorporateChallenge) {
    }
}
