package uk.gov.lga.platform.peerchallenge.domain.teams;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link TeamMatching} proposes: the seats (empty when no team fits), for every rule how many candidates it
 * excluded (a candidate breaking several counts under each), and the team rules no team could meet.
 *
 * @param seatsToFill how many seats were to be filled: the team's size, or 1 for a replacement
 * @param considered  candidates read from the bank
 * @param eligible    candidates who met every hard rule
 */
public record Proposal(int seatsToFill, List<Seat> seats, Map<MatchingRule, Integer> exclusions,
                       List<Shortfall> shortfalls, int considered, int eligible) {

    public record Seat(int seatNo, SeatRole role, Candidate peer, ScoreCard score, List<RuleCheck> checks) {

        public Seat {
            checks = List.copyOf(checks);
        }
    }

    public Proposal {
        seats = List.copyOf(seats);
        exclusions = Collections.unmodifiableMap(new LinkedHashMap<>(exclusions));
        shortfalls = List.copyOf(shortfalls);
    }

    public boolean fits() {
        return shortfalls.isEmpty();
    }

    public int score() {
        return seats.stream().mapToInt(s -> s.score().total()).sum();
    }
}
