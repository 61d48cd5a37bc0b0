package uk.gov.lga.platform.peerchallenge.domain.teams;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the candidates query needs to read the bank for one challenge.
 *
 * @param challengeId its own seats are not another team's
 * @param windowFrom  the first visit day
 * @param windowTo    the last visit day
 * @param yearFrom    the first day of the financial year of the first visit day (yearly cap)
 * @param yearTo      its last day
 * @param recentFrom  the first day of the recent period (sharing the load)
 * @param recentTo    its last day, the day before the first visit day
 * @param onlyPeers   read only these peers (re-checking a proposal when it is confirmed); null for the whole bank
 */
public record CandidateQuery(long challengeId, LocalDate windowFrom, LocalDate windowTo, LocalDate yearFrom,
                             LocalDate yearTo, LocalDate recentFrom, LocalDate recentTo, Set<Long> onlyPeers) {

    public CandidateQuery only(Set<Long> peers) {
        return new CandidateQuery(challengeId, windowFrom, windowTo, yearFrom, yearTo, recentFrom, recentTo, Set.copyOf(peers));
    }
}
