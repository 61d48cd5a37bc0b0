package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a challenge asks of its team, as matching sees it.
 *
 * @param visits             the on-site visits, each a range of days
 * @param hostCodes          the hosts' GSS codes
 * @param hostRegions        the hosts' regions (where known)
 * @param controllingParties the hosts' controlling parties, as {@link Party#normalise} gives them (no overall control left out)
 * @param hostArea           organisations of the hosts' two-tier areas (a host's county, that county's districts, a
 *                           county host's districts), hosts left out, each with why it is in the area
 * @param recentlyLinked     organisations a host challenged, or that challenged a host, in the conflict period, each with the challenge
 * @param focusAreas         the hosts' focus areas, and a subject-specific challenge's topic
 * @param financialYear      the financial year of the first visit day, e.g. 2026/27, for the yearly cap
 * @param yearlyDayCap       most days a peer gives in a financial year
 */
public record ChallengeNeeds(long challengeId, ChallengeKind kind, int teamSize, List<DateRange> visits,
                             List<String> hostCodes, Set<String> hostRegions, Set<String> controllingParties,
                             Map<String, String> hostArea, Map<String, String> recentlyLinked, List<Element> elements,
                             List<String> focusAreas, String financialYear, int yearlyDayCap) {

    public ChallengeNeeds {
        if (visits.isEmpty()) {
            throw new IllegalArgumentException("a team is matched to visit days; the challenge has none");
        }
        visits = visits.stream().sorted().toList();
        hostCodes = List.copyOf(hostCodes);
        hostRegions = Set.copyOf(hostRegions);
        controllingParties = Set.copyOf(controllingParties);
        hostArea = Map.copyOf(hostArea);
        recentlyLinked = Map.copyOf(recentlyLinked);
        elements = List.copyOf(elements);
        focusAreas = List.copyOf(focusAreas);
    }

    /** Every on-site day, each once, in order. */
    public List<LocalDate> visitDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        visits.forEach(v -> v.from().datesUntil(v.to().plusDays(1)).forEach(days::add));
        return List.copyOf(days);
    }

    /** The number of on-site days, a day two visits share counted once. */
    public int days() {
        int days = 0;
        LocalDate counted = null;
        for (DateRange visit : visits) {
            LocalDate from = counted == null || visit.from().isAfter(counted) ? visit.from() : counted.plusDays(1);
            if (!from.isAfter(visit.to())) {
                days += new DateRange(from, visit.to()).days();
                counted = visit.to();
            }
        }
        return days;
    }

    /** The first visit day that falls in one of the ranges, if any, without listing the days. */
    public Optional<LocalDate> firstDayIn(List<DateRange> ranges) {
        LocalDate first = null;
        for (DateRange visit : visits) {
            for (DateRange range : ranges) {
                if (visit.overlaps(range)) {
                    LocalDate day = visit.from().isAfter(range.from()) ? visit.from() : range.from();
                    first = first == null || day.isBefore(first) ? day : first;
                }
            }
        }
        return Optional.ofNullable(first);
    }

    public LocalDate firstVisitDay() {
        return visits.get(0).from();
    }

    public LocalDate lastVisitDay() {
        return visits.stream().map(DateRange::to).max(Comparator.naturalOrder()).orElseThrow();
    }
}
