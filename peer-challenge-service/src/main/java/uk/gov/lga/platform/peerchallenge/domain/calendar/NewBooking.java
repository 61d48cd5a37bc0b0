package uk.gov.lga.platform.peerchallenge.domain.calendar;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;

import java.math.BigDecimal;
import java.util.List;

/**
 * A booking as asked for. HOST: {@code hosts} (the lead first), kind, shape, and for a subject-specific challenge
 * its topic and charge; focus areas; partners for WITH_PARTNERS. GIVE_PEER_DAYS: {@code council}, how many
 * {@code peerDays} and, where known, which {@code peers}. {@link BookingRules} says what is wrong with one.
 */
public record NewBooking(Quarter quarter, BookingPurpose purpose, List<String> hosts, ChallengeKind kind,
                         ChallengeShape shape, String topic, List<String> focusAreas, List<String> partners,
                         BigDecimal charge, String council, Integer peerDays, List<Long> peers) {

    public NewBooking {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        partners = partners == null ? List.of() : List.copyOf(partners);
        peers = peers == null ? List.of() : List.copyOf(peers);
    }

    /** Who books: the lead host, or the council giving days; null when the request names neither. */
    public String booker() {
        return purpose == BookingPurpose.HOST ? (hosts.isEmpty() ? null : hosts.get(0)) : council;
    }
}
