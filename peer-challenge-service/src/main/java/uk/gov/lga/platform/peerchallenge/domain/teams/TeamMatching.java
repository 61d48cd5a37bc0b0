package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the best team for a challenge from the bank's candidates, and explains it.
 * <ol>
 * <li>Every candidate is checked against every hard rule ({@link MatchingRules#broken}); each rule's exclusions are
 * counted. The facts behind each rule ({@link MatchingRules#check}) are written for the seated peers only.</li>
 * <li>The seats are filled in order from the eligible candidates: for a corporate challenge the lead member peer,
 * then the chief-executive peer, then the open seats; for the other kinds open seats only. Each seat takes the
 * candidate with the highest {@link TeamScore} given the team chosen so far (expertise counts only what is not
 * covered yet), ties going to the lower peer id.</li>
 * <li>A seat no eligible candidate can take is a {@link Shortfall}; then no team fits and no seat is proposed.</li>
 * </ol>
 * Pure and deterministic: the same needs, team and candidates, in any order, give the same proposal.
 */
public final class TeamMatching {

    private TeamMatching() {
    }

    /** The seats of a whole team for the challenge's kind and size: lead and chief executive first for a corporate one. */
    public static List<SeatNeed> seatsFor(ChallengeKind kind, int teamSize) {
        List<SeatNeed> seats = new ArrayList<>();
        for (int no = 1; no <= teamSize; no++) {
            SeatNeed.Kind seat = kind != ChallengeKind.CORPORATE ? SeatNeed.Kind.OPEN
                    : no == 1 ? SeatNeed.Kind.LEAD : no == 2 ? SeatNeed.Kind.CHIEF_EXECUTIVE : SeatNeed.Kind.OPEN;
            seats.add(new SeatNeed(no, seat));
        }
        return seats;
    }

    /** A whole team. */
    public static Proposal proposeTeam(ChallengeNeeds needs, TeamSoFar team, List<Candidate> candidates) {
        return propose(needs, team, seatsFor(needs.kind(), needs.teamSize()), null, candidates);
    }

    /** One seat of a confirmed team, the rest of the team kept. */
    public static Proposal proposeReplacement(ChallengeNeeds needs, TeamSoFar rest, SeatNeed seat, List<Candidate> candidates) {
        return propose(needs, rest, List.of(seat), seat, candidates);
    }

    private static Proposal propose(ChallengeNeeds needs, TeamSoFar team, List<SeatNeed> seats, SeatNeed replacing,
                                    List<Candidate> candidates) {
        List<Candidate> ordered = candidates.stream().sorted(Comparator.comparingLong(Candidate::peerId)).toList();
        Set<MatchingRule> applicable = MatchingRules.applicable(replacing);
        Map<MatchingRule, Integer> exclusions = new EnumMap<>(MatchingRule.class);
        applicable.forEach(rule -> exclusions.put(rule, 0));
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate c : ordered) {
            Set<MatchingRule> broken = MatchingRules.broken(c, needs, team, replacing);
            broken.forEach(rule -> exclusions.merge(rule, 1, Integer::sum));
            if (broken.isEmpty()) {
                eligible.add(c);
            }
        }

        List<Proposal.Seat> chosen = new ArrayList<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        int openSeatsUnfilled = 0;
        TeamSoFar sofar = team;
        TeamScore.Coverage coverage = new TeamScore.Coverage(needs);
        for (SeatNeed seat : seats) {
            Proposal.Seat best = null;
            for (Candidate c : eligible) {
                if (sofar.contains(c.peerId()) || !seat.accepts(c.kind(), sofar.hasChiefExecutive())) {
                    continue;
                }
                SeatRole role = seat.roleFor(c.kind());
                ScoreCard score = TeamScore.score(c, role, sofar, needs, coverage);
                if (best == null || score.total() > best.score().total()) {
                    best = new Proposal.Seat(seat.seatNo(), role, c, score, List.of());
                }
            }
            if (best == null) {
                switch (seat.kind()) {
                    case LEAD -> shortfalls.add(new Shortfall(TeamRule.LEAD_MEMBER_PEER,
                            "no eligible member peer can lead: " + count(eligible, PeerKind.MEMBER) + " eligible of "
                                    + count(ordered, PeerKind.MEMBER) + " member peers in the bank"));
                    case CHIEF_EXECUTIVE -> shortfalls.add(new Shortfall(TeamRule.CHIEF_EXECUTIVE_PEER,
                            "no eligible chief-executive peer: " + count(eligible, PeerKind.CHIEF_EXECUTIVE)
                                    + " eligible of " + count(ordered, PeerKind.CHIEF_EXECUTIVE) + " in the bank"));
                    case OPEN -> openSeatsUnfilled++;
                }
                continue;
            }
            chosen.add(new Proposal.Seat(best.seatNo(), best.role(), best.peer(), best.score(),
                    MatchingRules.check(best.peer(), needs, team, replacing)));
            sofar = sofar.with(new TeamSoFar.Member(best.seatNo(), best.role(), best.peer()));
        }
        if (openSeatsUnfilled > 0) {
            shortfalls.add(new Shortfall(TeamRule.TEAM_SIZE, replacing != null
                    ? "no eligible candidate can take seat " + replacing.seatNo()
                    : "the team needs " + seats.size() + " peers; " + chosen.size() + " could be seated from "
                            + eligible.size() + " eligible candidates"));
        }
        return new Proposal(seats.size(), shortfalls.isEmpty() ? chosen : List.of(), exclusions, shortfalls,
                ordered.size(), eligible.size());
    }

    private static long count(List<Candidate> candidates, PeerKind kind) {
        return candidates.stream().filter(c -> c.kind() == kind).count();
    }
}
