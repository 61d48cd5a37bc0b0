package uk.gov.lga.platform.peerchallenge.domain.teams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.ACCREDITED_FROM;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.COUNTY;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.DISTRICT_A;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.VISIT;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.candidate;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.needs;

/** Each hard rule, shown biting on its own: a candidate who breaks only that rule is excluded by it and nothing else. */
class MatchingRulesTest {

    /** A replacement of an open seat of a team that already has its chief executive. */
    static final SeatNeed OPEN_SEAT = new SeatNeed(3, SeatNeed.Kind.OPEN);
    static final TeamSoFar TEAM_WITH_CHIEF_EXECUTIVE = new TeamSoFar(
            List.of(new TeamSoFar.Member(2, SeatRole.CHIEF_EXECUTIVE_PEER, candidate(90, PeerKind.CHIEF_EXECUTIVE).build())),
            Set.of(91L));

    @Test
    void aCandidateOfTheDefaultShapeMeetsEveryRuleWithItsReason() {
        List<RuleCheck> checks = MatchingRules.check(candidate(1, PeerKind.OFFICER).build(), needs().build(),
                TEAM_WITH_CHIEF_EXECUTIVE, OPEN_SEAT);

        assertThat(checks).extracting(RuleCheck::rule).containsExactly(MatchingRule.values());
        assertThat(checks).allMatch(RuleCheck::met);
        assertThat(checks).allSatisfy(check -> assertThat(check.detail()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(MatchingRule.class)
    void eachRuleBitesAlone(MatchingRule rule) {
        var needs = needs().inArea(DISTRICT_A, "a district of " + COUNTY + ", the county of host " + HOST)
                .linked("E06000950", "hosted challenge 12 (from 2023-05-08) with a team member from host " + HOST)
                .cap(20);
        var c = candidate(1, PeerKind.OFFICER);
        switch (rule) {
            case NOT_FROM_A_HOST -> c.home(HOST, "Elsewhere");
            case NOT_FROM_THE_HOSTS_AREA -> c.home(DISTRICT_A, "East of England");
            case NO_RECENT_CHALLENGE_WITH_A_HOST -> c.home("E06000950", "South West");
            case ACCREDITED_ON_EVERY_VISIT_DAY -> c.accredited(ACCREDITED_FROM, VISIT.plusDays(2));
            case AVAILABLE_ON_EVERY_VISIT_DAY -> c.unavailable(VISIT.plusDays(3), VISIT.plusDays(10));
            case FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS -> c.onAnotherTeam(VISIT.minusDays(2), VISIT);
            case WITHIN_YEARLY_DAY_CAP -> c.daysCommittedInYear(17);
            case NOT_ALREADY_IN_THE_TEAM -> c = candidate(90, PeerKind.OFFICER);
            case HAS_NOT_DECLINED -> c = candidate(91, PeerKind.OFFICER);
            case FITS_THE_SEAT -> c = candidate(1, PeerKind.CHIEF_EXECUTIVE);
        }

        List<RuleCheck> checks = MatchingRules.check(c.build(), needs.build(), TEAM_WITH_CHIEF_EXECUTIVE, OPEN_SEAT);

        assertThat(checks).filteredOn(check -> !check.met()).extracting(RuleCheck::rule).containsExactly(rule);
    }

    @Test
    void theQuickCheckOfEveryCandidateAgreesWithTheExplainedOne() {
        GeneratedStrings generated = new GeneratedStrings();
        ChallengeNeeds needs = needs().inArea(DISTRICT_A, "a district").linked("E06000950", "a link")
                .visits(new DateRange(VISIT, VISIT.plusDays(1)), new DateRange(VISIT.plusDays(14), VISIT.plusDays(15))).build();
        String[] homes = {HOST, DISTRICT_A, "E06000950", "E06000911", null};
        for (int i = 0; i < 2_000; i++) {
            PeerKind kind = PeerKind.values()[generated.nextInt(PeerKind.values().length)];
            var c = candidate(80 + generated.nextInt(20), kind).home(homes[generated.nextInt(homes.length)], "Somewhere")
                    .daysCommittedInYear(generated.nextInt(24));
            if (generated.nextInt(3) == 0) {
                c.accredited(VISIT.plusDays(generated.between(-30, 30)), VISIT.plusDays(generated.between(-30, 30) + 30));
            }
            if (generated.nextInt(3) == 0) {
                LocalDate from = VISIT.plusDays(generated.between(-10, 20));
                c.unavailable(from, from.plusDays(generated.nextInt(5)));
            }
            if (generated.nextInt(3) == 0) {
                LocalDate from = VISIT.plusDays(generated.between(-10, 20));
                c.onAnotherTeam(from, from.plusDays(generated.nextInt(5)));
            }
            Candidate candidate = c.build();
            SeatNeed replacing = generated.nextInt(2) == 0 ? null : OPEN_SEAT;

            Set<MatchingRule> unmet = MatchingRules.check(candidate, needs, TEAM_WITH_CHIEF_EXECUTIVE, replacing).stream()
                    .filter(check -> !check.met()).map(RuleCheck::rule).collect(Collectors.toSet());

            assertThat(MatchingRules.broken(candidate, needs, TEAM_WITH_CHIEF_EXECUTIVE, replacing))
                    .as(generated.describe(candidate.toString())).isEqualTo(unmet);
        }
    }

    @Test
    void theHostsAreaRuleSaysWhyTheHomeIsInIt() {
        RuleCheck check = MatchingRules.notFromTheHostsArea(candidate(1, PeerKind.OFFICER).home(COUNTY, "East of England").build(),
                needs().inArea(COUNTY, "the county of host " + DISTRICT_A).build());

        assertThat(check.met()).isFalse();
        assertThat(check.detail()).isEqualTo("home " + COUNTY + " is the county of host " + DISTRICT_A);
    }

    @Test
    void aRecentChallengeLinkNamesTheChallenge() {
        RuleCheck check = MatchingRules.noRecentChallengeWithAHost(candidate(1, PeerKind.OFFICER).home("E06000950", "South West").build(),
                needs().linked("E06000950", "gave a team member to challenge 7 (from 2024-03-04) of host " + HOST).build());

        assertThat(check.met()).isFalse();
        assertThat(check.detail()).contains("challenge 7").contains(HOST);
    }

    @Test
    void anExpertWithoutAHomeOrganisationMeetsTheHomeRules() {
        Candidate expert = candidate(1, PeerKind.EXPERT).home(null, null).build();
        ChallengeNeeds needs = needs().build();

        assertThat(MatchingRules.notFromAHost(expert, needs).met()).isTrue();
        assertThat(MatchingRules.notFromTheHostsArea(expert, needs).met()).isTrue();
        assertThat(MatchingRules.noRecentChallengeWithAHost(expert, needs).met()).isTrue();
    }

    @Test
    void accreditationMustCoverTheFirstToTheLastVisitDayOfEveryVisit() {
        ChallengeNeeds twoVisits = needs().visits(new DateRange(VISIT, VISIT.plusDays(1)),
                new DateRange(VISIT.plusDays(21), VISIT.plusDays(22))).build();

        assertThat(MatchingRules.accredited(candidate(1, PeerKind.OFFICER)
                .accredited(ACCREDITED_FROM, VISIT.plusDays(22)).build(), twoVisits).met()).isTrue();
        assertThat(MatchingRules.accredited(candidate(1, PeerKind.OFFICER)
                .accredited(ACCREDITED_FROM, VISIT.plusDays(21)).build(), twoVisits).detail())
                .isEqualTo("accreditation ends on " + VISIT.plusDays(21) + ", before the last visit day " + VISIT.plusDays(22));
        assertThat(MatchingRules.accredited(candidate(1, PeerKind.OFFICER)
                .accredited(VISIT.plusDays(1), VISIT.plusYears(2)).build(), twoVisits).met()).isFalse();
        assertThat(MatchingRules.accredited(candidate(1, PeerKind.OFFICER).accredited(null, null).build(), twoVisits).detail())
                .isEqualTo("not inducted");
    }

    @Test
    void unavailableDaysBetweenTwoShortVisitsDoNotExclude() {
        ChallengeNeeds twoVisits = needs().visits(new DateRange(VISIT, VISIT.plusDays(1)),
                new DateRange(VISIT.plusDays(21), VISIT.plusDays(22))).build();
        Candidate awayInBetween = candidate(1, PeerKind.OFFICER).unavailable(VISIT.plusDays(2), VISIT.plusDays(20)).build();
        Candidate awayOnTheSecondVisit = candidate(2, PeerKind.OFFICER).unavailable(VISIT.plusDays(22), VISIT.plusDays(30)).build();

        assertThat(MatchingRules.available(awayInBetween, twoVisits).met()).isTrue();
        assertThat(MatchingRules.available(awayOnTheSecondVisit, twoVisits).detail()).isEqualTo("unavailable on " + VISIT.plusDays(22));
    }

    @Test
    void theYearlyCapCountsThisChallengesDaysAndAllowsReachingIt() {
        ChallengeNeeds fourDays = needs().cap(20).build();

        RuleCheck atTheCap = MatchingRules.withinYearlyCap(candidate(1, PeerKind.OFFICER).daysCommittedInYear(16).build(), fourDays);
        RuleCheck overIt = MatchingRules.withinYearlyCap(candidate(1, PeerKind.OFFICER).daysCommittedInYear(17).build(), fourDays);

        assertThat(atTheCap.met()).isTrue();
        assertThat(atTheCap.detail()).isEqualTo("16 days committed in 2026/27 + 4 of this challenge = 20 of 20");
        assertThat(overIt.met()).isFalse();
    }

    @Test
    void theLeadsSeatTakesOnlyAMemberPeerAndTheChiefExecutivesOnlyAChiefExecutive() {
        SeatNeed lead = new SeatNeed(1, SeatNeed.Kind.LEAD);
        SeatNeed chief = new SeatNeed(2, SeatNeed.Kind.CHIEF_EXECUTIVE);

        assertThat(lead.accepts(PeerKind.MEMBER, false)).isTrue();
        assertThat(lead.accepts(PeerKind.OFFICER, false)).isFalse();
        assertThat(chief.accepts(PeerKind.CHIEF_EXECUTIVE, true)).isTrue();
        assertThat(chief.accepts(PeerKind.MEMBER, false)).isFalse();
        assertThat(OPEN_SEAT.accepts(PeerKind.CHIEF_EXECUTIVE, false)).isTrue();
        assertThat(OPEN_SEAT.accepts(PeerKind.CHIEF_EXECUTIVE, true)).isFalse();
    }

    @Test
    void partiesCompareWhateverTheirSpellingAndNoOverallControlIsNoParty() {
        assertThat(Party.normalise(" Liberal  Democrat ")).isEqualTo("LIBERAL_DEMOCRAT");
        assertThat(Party.normalise("liberal-democrat")).isEqualTo("LIBERAL_DEMOCRAT");
        assertThat(Party.isParty(Party.normalise("No overall control"))).isFalse();
        assertThat(Party.isParty(Party.normalise("Labour"))).isTrue();
        assertThat(Party.isParty(null)).isFalse();
    }
}
