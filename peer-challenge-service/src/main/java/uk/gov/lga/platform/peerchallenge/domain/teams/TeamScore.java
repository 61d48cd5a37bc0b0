package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The preferences, scored for one candidate in one seat given the team chosen so far (see {@link ScorePart} for the
 * points). Expertise counts only what the team does not cover yet, so a team is built to cover the challenge.
 */
public final class TeamScore {

    static final int LEAD_PARTY = 20;
    static final int CROSS_PARTY = 10;
    static final int PER_FOCUS_AREA = 6;
    static final int PER_ELEMENT = 4;
    static final int OUTSIDE_REGION = 5;
    static final int SHARE_THE_LOAD = 10;
    static final int FEEDBACK_MAX = 10;
    /** A peer without feedback scores as if rated 3 on average. */
    static final int FEEDBACK_NONE = 5;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

    private TeamScore() {
    }

    public static ScoreCard score(Candidate c, SeatRole role, TeamSoFar team, ChallengeNeeds needs) {
        return score(c, role, team, needs, new Coverage(needs));
    }

    /** As {@link #score(Candidate, SeatRole, TeamSoFar, ChallengeNeeds)}, with what each peer covers worked out once. */
    static ScoreCard score(Candidate c, SeatRole role, TeamSoFar team, ChallengeNeeds needs, Coverage coverage) {
        Map<ScorePart, Integer> parts = new EnumMap<>(ScorePart.class);
        if (role == SeatRole.LEAD_MEMBER_PEER && needs.controllingParties().contains(Party.normalise(c.politicalGroup()))) {
            parts.put(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY, LEAD_PARTY);
        }
        if (makesCrossParty(c, team)) {
            parts.put(ScorePart.CROSS_PARTY, CROSS_PARTY);
        }
        Set<String> coveredByTeam = new HashSet<>();
        team.members().forEach(m -> coveredByTeam.addAll(coverage.of(m.peer()).all()));
        Covered mine = coverage.of(c);
        List<String> newFocus = mine.focusAreas().stream().filter(f -> !coveredByTeam.contains(f)).toList();
        List<String> newElements = mine.elements().stream().filter(e -> !coveredByTeam.contains(e)).toList();
        parts.put(ScorePart.EXPERTISE, PER_FOCUS_AREA * newFocus.size() + PER_ELEMENT * newElements.size());
        if (c.homeRegion() == null || !needs.hostRegions().contains(c.homeRegion())) {
            parts.put(ScorePart.OUTSIDE_HOST_REGION, OUTSIDE_REGION);
        }
        parts.put(ScorePart.SHARES_THE_LOAD, Math.max(0, SHARE_THE_LOAD - c.daysGivenRecently() / 2));
        parts.put(ScorePart.FEEDBACK, feedback(c));
        List<String> newlyCovered = new ArrayList<>(newFocus);
        newlyCovered.addAll(newElements);
        return new ScoreCard(parts, newlyCovered);
    }

    /** What of the challenge's needs the peer covers: its focus areas (and topic) first, then the kind's elements. */
    public static List<String> covers(Candidate c, ChallengeNeeds needs) {
        return new Coverage(needs).of(c).all();
    }

    /** What a peer covers of one challenge's needs. */
    record Covered(List<String> focusAreas, List<String> elements) {

        List<String> all() {
            List<String> all = new ArrayList<>(focusAreas);
            all.addAll(elements);
            return all;
        }
    }

    /**
     * What each candidate covers of one challenge's needs, worked out once per candidate: a proposal scores every
     * candidate for every seat against the team so far, so the same coverage is asked for many times.
     */
    static final class Coverage {

        private final ChallengeNeeds needs;
        private final Map<String, String> tagOfFocus = new HashMap<>();
        private final Map<Long, Covered> byPeer = new HashMap<>();

        Coverage(ChallengeNeeds needs) {
            this.needs = needs;
            needs.focusAreas().forEach(f -> tagOfFocus.put(f, tag(f)));
        }

        /**
         * A focus area is covered by a service area or metric id of the same words, whatever the case and spacing;
         * an element by the same element.
         */
        Covered of(Candidate c) {
            return byPeer.computeIfAbsent(c.peerId(), id -> {
                Set<String> tags = new HashSet<>();
                c.serviceAreas().forEach(s -> tags.add(tag(s)));
                c.metricIds().forEach(m -> tags.add(tag(m)));
                List<String> focus = needs.focusAreas().stream().filter(f -> tags.contains(tagOfFocus.get(f))).distinct().toList();
                List<String> elements = needs.elements().stream().map(Element::name).filter(c.elements()::contains).toList();
                return new Covered(focus, elements);
            });
        }
    }

    /** A member peer whose group differs from every member peer already on the team, when those are all of one group. */
    static boolean makesCrossParty(Candidate c, TeamSoFar team) {
        if (c.kind() != PeerKind.MEMBER) {
            return false;
        }
        Set<String> groups = team.members().stream()
                .filter(m -> m.peer().kind() == PeerKind.MEMBER)
                .map(m -> Party.normalise(m.peer().politicalGroup()))
                .collect(Collectors.toSet());
        return groups.size() == 1 && !groups.contains(Party.normalise(c.politicalGroup()));
    }

    /** 1.0 → 0, 3.0 → 5, 5.0 → 10. */
    static int feedback(Candidate c) {
        if (c.feedbackCount() == 0 || c.feedbackTenths() == null) {
            return FEEDBACK_NONE;
        }
        return Math.max(0, Math.min(FEEDBACK_MAX, (c.feedbackTenths() - 10) / 4));
    }

    private static String tag(String s) {
        return SEPARATORS.matcher(s.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
