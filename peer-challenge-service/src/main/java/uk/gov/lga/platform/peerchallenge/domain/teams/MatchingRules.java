package uk.gov.lga.platform.peerchallenge.domain.teams;

import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hard rules, checked for one candidate against one challenge: each gives met or not and the facts that
 * decided it, so a proposal explains every seat and counts every exclusion. Pure: the same inputs, the same answer.
 */
public final class MatchingRules {

    private MatchingRules() {
    }

    /**
     * Every rule that applies, in {@link MatchingRule} order. {@code replacing} is the seat being replaced, or null for
     * a whole team ({@link MatchingRule#FITS_THE_SEAT} applies only to a replacement).
     */
    public static List<RuleCheck> check(Candidate c, ChallengeNeeds needs, TeamSoFar team, SeatNeed replacing) {
        List<RuleCheck> checks = new ArrayList<>();
        checks.add(notFromAHost(c, needs));
        checks.add(notFromTheHostsArea(c, needs));
        checks.add(noRecentChallengeWithAHost(c, needs));
        checks.add(accredited(c, needs));
        checks.add(available(c, needs));
        checks.add(freeOfOtherTeams(c, needs));
        checks.add(withinYearlyCap(c, needs));
        checks.add(team.contains(c.peerId())
                ? new RuleCheck(MatchingRule.NOT_ALREADY_IN_THE_TEAM, false, "already invited to, or on, this team")
                : new RuleCheck(MatchingRule.NOT_ALREADY_IN_THE_TEAM, true, "not on this team yet"));
        checks.add(team.declined().contains(c.peerId())
                ? new RuleCheck(MatchingRule.HAS_NOT_DECLINED, false, "declined an invitation to this challenge")
                : new RuleCheck(MatchingRule.HAS_NOT_DECLINED, true, "has not declined this challenge"));
        if (replacing != null) {
            boolean fits = replacing.accepts(c.kind(), team.hasChiefExecutive());
            checks.add(new RuleCheck(MatchingRule.FITS_THE_SEAT, fits, "seat " + replacing.seatNo() + " needs "
                    + replacing.describe() + "; this peer is " + describe(c)));
        }
        return checks;
    }

    public static boolean allMet(List<RuleCheck> checks) {
        return checks.stream().allMatch(RuleCheck::met);
    }

    /** The rules that apply: all but {@link MatchingRule#FITS_THE_SEAT} for a whole team. */
    public static Set<MatchingRule> applicable(SeatNeed replacing) {
        EnumSet<MatchingRule> rules = EnumSet.allOf(MatchingRule.class);
        if (replacing == null) {
            rules.remove(MatchingRule.FITS_THE_SEAT);
        }
        return rules;
    }

    /**
     * The rules {@link #check} finds unmet, decided the same way but without writing the facts: a proposal asks this of
     * every candidate of the bank (10,000 in the benchmark), and the facts only of the peers it seats.
     */
    public static Set<MatchingRule> broken(Candidate c, ChallengeNeeds needs, TeamSoFar team, SeatNeed replacing) {
        EnumSet<MatchingRule> broken = EnumSet.noneOf(MatchingRule.class);
        String home = c.homeOrganisation();
        if (home != null && needs.hostCodes().contains(home)) {
            broken.add(MatchingRule.NOT_FROM_A_HOST);
        }
        if (home != null && needs.hostArea().containsKey(home)) {
            broken.add(MatchingRule.NOT_FROM_THE_HOSTS_AREA);
        }
        if (home != null && needs.recentlyLinked().containsKey(home)) {
            broken.add(MatchingRule.NO_RECENT_CHALLENGE_WITH_A_HOST);
        }
        if (c.inductedOn() == null || c.accreditationExpiresOn() == null || c.inductedOn().isAfter(needs.firstVisitDay())
                || c.accreditationExpiresOn().isBefore(needs.lastVisitDay())) {
            broken.add(MatchingRule.ACCREDITED_ON_EVERY_VISIT_DAY);
        }
        if (clash(c.unavailable(), needs).isPresent()) {
            broken.add(MatchingRule.AVAILABLE_ON_EVERY_VISIT_DAY);
        }
        if (clash(c.otherTeams(), needs).isPresent()) {
            broken.add(MatchingRule.FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS);
        }
        if (c.daysCommittedInYear() + needs.days() > needs.yearlyDayCap()) {
            broken.add(MatchingRule.WITHIN_YEARLY_DAY_CAP);
        }
        if (team.contains(c.peerId())) {
            broken.add(MatchingRule.NOT_ALREADY_IN_THE_TEAM);
        }
        if (team.declined().contains(c.peerId())) {
            broken.add(MatchingRule.HAS_NOT_DECLINED);
        }
        if (replacing != null && !replacing.accepts(c.kind(), team.hasChiefExecutive())) {
            broken.add(MatchingRule.FITS_THE_SEAT);
        }
        return broken;
    }

    static RuleCheck notFromAHost(Candidate c, ChallengeNeeds needs) {
        if (c.homeOrganisation() == null) {
            return new RuleCheck(MatchingRule.NOT_FROM_A_HOST, true, "no home organisation in local government");
        }
        boolean host = needs.hostCodes().contains(c.homeOrganisation());
        return new RuleCheck(MatchingRule.NOT_FROM_A_HOST, !host,
                "home " + c.homeOrganisation() + (host ? " hosts the challenge" : " is not a host"));
    }

    static RuleCheck notFromTheHostsArea(Candidate c, ChallengeNeeds needs) {
        String why = c.homeOrganisation() == null ? null : needs.hostArea().get(c.homeOrganisation());
        return why == null
                ? new RuleCheck(MatchingRule.NOT_FROM_THE_HOSTS_AREA, true, c.homeOrganisation() == null
                        ? "no home organisation in local government" : "home " + c.homeOrganisation() + " is outside the hosts' two-tier areas")
                : new RuleCheck(MatchingRule.NOT_FROM_THE_HOSTS_AREA, false, "home " + c.homeOrganisation() + " is " + why);
    }

    static RuleCheck noRecentChallengeWithAHost(Candidate c, ChallengeNeeds needs) {
        String link = c.homeOrganisation() == null ? null : needs.recentlyLinked().get(c.homeOrganisation());
        return link == null
                ? new RuleCheck(MatchingRule.NO_RECENT_CHALLENGE_WITH_A_HOST, true, c.homeOrganisation() == null
                        ? "no home organisation in local government" : "no recent challenge between home " + c.homeOrganisation() + " and a host")
                : new RuleCheck(MatchingRule.NO_RECENT_CHALLENGE_WITH_A_HOST, false, "home " + c.homeOrganisation() + ": " + link);
    }

    static RuleCheck accredited(Candidate c, ChallengeNeeds needs) {
        MatchingRule rule = MatchingRule.ACCREDITED_ON_EVERY_VISIT_DAY;
        LocalDate first = needs.firstVisitDay();
        LocalDate last = needs.lastVisitDay();
        if (c.inductedOn() == null || c.accreditationExpiresOn() == null) {
            return new RuleCheck(rule, false, c.inductedOn() == null ? "not inducted" : "no accreditation recorded");
        }
        if (c.inductedOn().isAfter(first)) {
            return new RuleCheck(rule, false, "inducted on " + c.inductedOn() + ", after the first visit day " + first);
        }
        if (c.accreditationExpiresOn().isBefore(last)) {
            return new RuleCheck(rule, false, "accreditation ends on " + c.accreditationExpiresOn()
                    + ", before the last visit day " + last);
        }
        return new RuleCheck(rule, true, "accredited from " + c.inductedOn() + " until " + c.accreditationExpiresOn());
    }

    static RuleCheck available(Candidate c, ChallengeNeeds needs) {
        return clash(c.unavailable(), needs)
                .map(day -> new RuleCheck(MatchingRule.AVAILABLE_ON_EVERY_VISIT_DAY, false, "unavailable on " + day))
                .orElseGet(() -> new RuleCheck(MatchingRule.AVAILABLE_ON_EVERY_VISIT_DAY, true,
                        "available on all " + needs.days() + " visit days"));
    }

    static RuleCheck freeOfOtherTeams(Candidate c, ChallengeNeeds needs) {
        return clash(c.otherTeams(), needs)
                .map(day -> new RuleCheck(MatchingRule.FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS, false,
                        "on another challenge's team on " + day))
                .orElseGet(() -> new RuleCheck(MatchingRule.FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS, true,
                        "on no other team on the visit days"));
    }

    static RuleCheck withinYearlyCap(Candidate c, ChallengeNeeds needs) {
        int total = c.daysCommittedInYear() + needs.days();
        return new RuleCheck(MatchingRule.WITHIN_YEARLY_DAY_CAP, total <= needs.yearlyDayCap(),
                c.daysCommittedInYear() + " days committed in " + needs.financialYear() + " + " + needs.days()
                        + " of this challenge = " + total + " of " + needs.yearlyDayCap());
    }

    private static Optional<LocalDate> clash(List<DateRange> ranges, ChallengeNeeds needs) {
        return ranges.isEmpty() ? Optional.empty() : needs.firstDayIn(ranges);
    }

    static String describe(Candidate c) {
        return switch (c.kind()) {
            case MEMBER -> "a member peer";
            case CHIEF_EXECUTIVE -> "a chief-executive peer";
            case OFFICER -> "an officer peer";
            case EXPERT -> "an expert";
        };
    }
}
