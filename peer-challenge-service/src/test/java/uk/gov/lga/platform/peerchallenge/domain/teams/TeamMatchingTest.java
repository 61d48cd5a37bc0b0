package uk.gov.lga.platform.peerchallenge.domain.teams;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.ACCREDITED_FROM;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST_REGION;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.VISIT;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.candidate;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.needs;

class TeamMatchingTest {

    /** A bank that makes a corporate team of 5: two member peers of different groups, a chief executive, two officers. */
    static List<Candidate> aBankThatFits() {
        return new ArrayList<>(List.of(
                candidate(1, PeerKind.MEMBER).group("Labour").build(),
                candidate(2, PeerKind.MEMBER).group("Conservative").build(),
                candidate(3, PeerKind.CHIEF_EXECUTIVE).build(),
                candidate(4, PeerKind.OFFICER).build(),
                candidate(5, PeerKind.OFFICER).build()));
    }

    @Test
    void aCorporateTeamIsLedByAMemberPeerWithAChiefExecutivePeerSecond() {
        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, aBankThatFits());

        assertThat(p.fits()).isTrue();
        assertThat(p.seats()).extracting(Proposal.Seat::seatNo).containsExactly(1, 2, 3, 4, 5);
        assertThat(p.seats().get(0).role()).isEqualTo(SeatRole.LEAD_MEMBER_PEER);
        assertThat(p.seats().get(1).role()).isEqualTo(SeatRole.CHIEF_EXECUTIVE_PEER);
        assertThat(p.seats()).extracting(s -> s.peer().peerId()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void theTeamHasTheSizeTheNeedsAsk() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(6, PeerKind.OFFICER).build());
        bank.add(candidate(7, PeerKind.EXPERT).build());

        assertThat(TeamMatching.proposeTeam(needs().teamSize(7).build(), TeamSoFar.NONE, bank).seats()).hasSize(7);
        assertThat(TeamMatching.proposeTeam(needs().teamSize(5).build(), TeamSoFar.NONE, bank).seats()).hasSize(5);
    }

    @Test
    void withoutAnEligibleMemberPeerACorporateChallengeHasNoTeamAndSaysSo() {
        List<Candidate> bank = aBankThatFits();
        bank.removeIf(c -> c.kind() == PeerKind.MEMBER);
        bank.add(candidate(6, PeerKind.OFFICER).build());
        bank.add(candidate(7, PeerKind.OFFICER).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.fits()).isFalse();
        assertThat(p.seats()).isEmpty();
        assertThat(p.shortfalls()).extracting(Shortfall::rule).containsExactly(TeamRule.LEAD_MEMBER_PEER);
        assertThat(p.shortfalls().get(0).detail()).isEqualTo("no eligible member peer can lead: 0 eligible of 0 member peers in the bank");
    }

    @Test
    void withoutAnEligibleChiefExecutivePeerACorporateChallengeHasNoTeamAndSaysSo() {
        List<Candidate> bank = aBankThatFits();
        bank.removeIf(c -> c.kind() == PeerKind.CHIEF_EXECUTIVE);
        bank.add(candidate(3, PeerKind.CHIEF_EXECUTIVE).accredited(null, null).build());
        bank.add(candidate(6, PeerKind.OFFICER).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.shortfalls()).extracting(Shortfall::rule).containsExactly(TeamRule.CHIEF_EXECUTIVE_PEER);
        assertThat(p.shortfalls().get(0).detail()).isEqualTo("no eligible chief-executive peer: 0 eligible of 1 in the bank");
    }

    @Test
    void tooFewEligibleCandidatesForTheShapesSizeMeansNoTeam() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(6, PeerKind.OFFICER).unavailable(VISIT, VISIT).build());

        Proposal p = TeamMatching.proposeTeam(needs().teamSize(6).build(), TeamSoFar.NONE, bank);

        assertThat(p.shortfalls()).extracting(Shortfall::rule).containsExactly(TeamRule.TEAM_SIZE);
        assertThat(p.shortfalls().get(0).detail()).isEqualTo("the team needs 6 peers; 5 could be seated from 5 eligible candidates");
    }

    @Test
    void aSecondChiefExecutiveTakesNoSeatSoTheTeamFallsShort() {
        List<Candidate> bank = aBankThatFits();
        bank.removeIf(c -> c.peerId() == 5);
        bank.add(candidate(5, PeerKind.CHIEF_EXECUTIVE).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.shortfalls()).extracting(Shortfall::rule).containsExactly(TeamRule.TEAM_SIZE);
    }

    @Test
    void otherKindsNeedNeitherALeadMemberNorAChiefExecutive() {
        List<Candidate> officers = List.of(candidate(1, PeerKind.OFFICER).build(), candidate(2, PeerKind.OFFICER).build(),
                candidate(3, PeerKind.EXPERT).build());

        Proposal p = TeamMatching.proposeTeam(needs().kind(ChallengeKind.SUBJECT_SPECIFIC).teamSize(3).build(), TeamSoFar.NONE, officers);

        assertThat(p.fits()).isTrue();
        assertThat(p.seats()).extracting(Proposal.Seat::role).doesNotContain(SeatRole.LEAD_MEMBER_PEER);
    }

    @Test
    void whenNoTeamFitsEachRuleSaysHowManyCandidatesItExcluded() {
        List<Candidate> bank = List.of(
                candidate(1, PeerKind.MEMBER).home(HOST, HOST_REGION).build(),
                candidate(2, PeerKind.MEMBER).accredited(null, null).build(),
                candidate(3, PeerKind.MEMBER).accredited(null, null).unavailable(VISIT, VISIT).build(),
                candidate(4, PeerKind.CHIEF_EXECUTIVE).daysCommittedInYear(19).build(),
                candidate(5, PeerKind.OFFICER).build(),
                candidate(6, PeerKind.OFFICER).onAnotherTeam(VISIT, VISIT.plusDays(1)).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.fits()).isFalse();
        assertThat(p.considered()).isEqualTo(6);
        assertThat(p.eligible()).isEqualTo(1);
        assertThat(p.exclusions()).containsExactly(
                entry(MatchingRule.NOT_FROM_A_HOST, 1),
                entry(MatchingRule.NOT_FROM_THE_HOSTS_AREA, 0),
                entry(MatchingRule.NO_RECENT_CHALLENGE_WITH_A_HOST, 0),
                entry(MatchingRule.ACCREDITED_ON_EVERY_VISIT_DAY, 2),
                entry(MatchingRule.AVAILABLE_ON_EVERY_VISIT_DAY, 1),
                entry(MatchingRule.FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS, 1),
                entry(MatchingRule.WITHIN_YEARLY_DAY_CAP, 1),
                entry(MatchingRule.NOT_ALREADY_IN_THE_TEAM, 0),
                entry(MatchingRule.HAS_NOT_DECLINED, 0));
        assertThat(p.shortfalls()).extracting(Shortfall::rule)
                .containsExactly(TeamRule.LEAD_MEMBER_PEER, TeamRule.CHIEF_EXECUTIVE_PEER, TeamRule.TEAM_SIZE);
    }

    @Test
    void theSameInputsInAnyOrderGiveTheSameProposal() {
        List<Candidate> bank = new ArrayList<>();
        GeneratedStrings generated = new GeneratedStrings();
        PeerKind[] kinds = PeerKind.values();
        String[] groups = {"Labour", "Conservative", "Liberal Democrat", "Green", "Independent"};
        for (long id = 1; id <= 200; id++) {
            PeerKind kind = kinds[generated.nextInt(kinds.length)];
            var c = candidate(id, kind).daysGivenRecently(generated.nextInt(30))
                    .elements(Element.values()[generated.nextInt(5)])
                    .serviceAreas(generated.nextInt(3) == 0 ? "Housing" : "Planning");
            if (kind == PeerKind.MEMBER) {
                c.group(groups[generated.nextInt(groups.length)]);
            }
            if (generated.nextInt(4) == 0) {
                c.feedback(10 + generated.nextInt(41), 1 + generated.nextInt(3));
            }
            bank.add(c.build());
        }
        ChallengeNeeds needs = needs().focusAreas("Housing").build();
        Proposal first = TeamMatching.proposeTeam(needs, TeamSoFar.NONE, bank);

        Random shuffle = new Random(generated.nextLong());
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(bank, shuffle);
            assertThat(TeamMatching.proposeTeam(needs, TeamSoFar.NONE, bank)).as(generated.describe("shuffle " + i)).isEqualTo(first);
        }
    }

    @Test
    void equalScoresGoToTheLowerPeerId() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(9, PeerKind.OFFICER).build());
        bank.add(candidate(8, PeerKind.OFFICER).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.seats()).extracting(s -> s.peer().peerId()).doesNotContain(8L, 9L);
    }

    @Test
    void theLeadIsTheMemberPeerOfTheHostsControllingParty() {
        Proposal p = TeamMatching.proposeTeam(needs().parties("LABOUR").build(), TeamSoFar.NONE, aBankThatFits());

        assertThat(p.seats().get(0).peer().peerId()).isEqualTo(1L);
        assertThat(p.seats().get(0).score().part(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY)).isEqualTo(20);
    }

    @Test
    void aMemberPeerOfAnotherGroupMakesTheTeamCrossParty() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(6, PeerKind.MEMBER).group("Labour").build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        Proposal.Seat second = p.seats().stream().filter(s -> s.peer().peerId() == 2L).findFirst().orElseThrow();
        assertThat(second.score().part(ScorePart.CROSS_PARTY)).isEqualTo(10);
        assertThat(p.seats()).extracting(s -> s.peer().peerId()).doesNotContain(6L);
    }

    @Test
    void expertiseCountsOnlyWhatTheTeamDoesNotCoverYet() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(6, PeerKind.OFFICER).serviceAreas("housing").build());
        bank.add(candidate(7, PeerKind.OFFICER).serviceAreas("Housing").elements(Element.GOVERNANCE_AND_CULTURE).build());

        Proposal p = TeamMatching.proposeTeam(needs().focusAreas("Housing").build(), TeamSoFar.NONE, bank);

        Proposal.Seat seven = p.seats().stream().filter(s -> s.peer().peerId() == 7L).findFirst().orElseThrow();
        assertThat(seven.score().part(ScorePart.EXPERTISE)).isEqualTo(6 + 4);
        assertThat(seven.score().covers()).containsExactly("Housing", "GOVERNANCE_AND_CULTURE");
        assertThat(p.seats()).extracting(s -> s.peer().peerId()).doesNotContain(6L);
    }

    @Test
    void aPeerFromOutsideTheHostsRegionIsPreferred() {
        List<Candidate> bank = aBankThatFits();
        bank.removeIf(c -> c.peerId() == 4);
        bank.add(candidate(4, PeerKind.OFFICER).home("E06000914", HOST_REGION).build());
        bank.add(candidate(6, PeerKind.OFFICER).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.seats()).extracting(s -> s.peer().peerId()).contains(6L).doesNotContain(4L);
    }

    @Test
    void aPeerWhoGaveFewerDaysRecentlyIsPreferred() {
        List<Candidate> bank = aBankThatFits();
        bank.removeIf(c -> c.peerId() == 4);
        bank.add(candidate(4, PeerKind.OFFICER).daysGivenRecently(8).build());
        bank.add(candidate(6, PeerKind.OFFICER).daysGivenRecently(2).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.seats()).extracting(s -> s.peer().peerId()).contains(6L).doesNotContain(4L);
    }

    @Test
    void aPeerWithBetterFeedbackIsPreferred() {
        List<Candidate> bank = aBankThatFits();
        bank.removeIf(c -> c.peerId() == 4);
        bank.add(candidate(4, PeerKind.OFFICER).feedback(25, 2).build());
        bank.add(candidate(6, PeerKind.OFFICER).feedback(45, 2).build());

        Proposal p = TeamMatching.proposeTeam(needs().build(), TeamSoFar.NONE, bank);

        assertThat(p.seats()).extracting(s -> s.peer().peerId()).contains(6L).doesNotContain(4L);
    }

    @Test
    void aReplacementFillsOnlyItsSeatScoredAgainstTheRestOfTheTeam() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(6, PeerKind.MEMBER).group("Labour").build());
        bank.add(candidate(7, PeerKind.OFFICER).serviceAreas("Housing").build());
        Candidate lead = bank.get(0);
        Candidate chief = bank.get(2);
        TeamSoFar rest = new TeamSoFar(List.of(new TeamSoFar.Member(1, SeatRole.LEAD_MEMBER_PEER, lead),
                new TeamSoFar.Member(2, SeatRole.CHIEF_EXECUTIVE_PEER, chief)), Set.of(2L));

        Proposal p = TeamMatching.proposeReplacement(needs().focusAreas("Housing").build(), rest,
                new SeatNeed(3, SeatNeed.Kind.OPEN), bank);

        assertThat(p.seatsToFill()).isEqualTo(1);
        assertThat(p.seats()).singleElement().satisfies(seat -> {
            assertThat(seat.seatNo()).isEqualTo(3);
            assertThat(seat.peer().peerId()).isEqualTo(7L);
        });
        assertThat(p.exclusions()).containsEntry(MatchingRule.NOT_ALREADY_IN_THE_TEAM, 2)
                .containsEntry(MatchingRule.HAS_NOT_DECLINED, 1)
                .containsEntry(MatchingRule.FITS_THE_SEAT, 1);
    }

    @Test
    void aReplacementNoOneCanTakeNamesTheSeat() {
        Proposal p = TeamMatching.proposeReplacement(needs().build(), TeamSoFar.NONE, new SeatNeed(2, SeatNeed.Kind.CHIEF_EXECUTIVE),
                List.of(candidate(1, PeerKind.OFFICER).build()));

        assertThat(p.fits()).isFalse();
        assertThat(p.shortfalls()).extracting(Shortfall::rule).containsExactly(TeamRule.CHIEF_EXECUTIVE_PEER);
    }

    @Test
    void anUnaccreditedPeerIsNeverProposedHoweverWellTheyScore() {
        List<Candidate> bank = aBankThatFits();
        bank.add(candidate(6, PeerKind.OFFICER).serviceAreas("Housing").elements(Element.values())
                .accredited(ACCREDITED_FROM, VISIT).build());

        Proposal p = TeamMatching.proposeTeam(needs().focusAreas("Housing").build(), TeamSoFar.NONE, bank);

        assertThat(p.seats()).extracting(s -> s.peer().peerId()).doesNotContain(6L);
        assertThat(p.exclusions()).containsEntry(MatchingRule.ACCREDITED_ON_EVERY_VISIT_DAY, 1);
    }

    private static Map.Entry<MatchingRule, Integer> entry(MatchingRule rule, int excluded) {
        return Map.entry(rule, excluded);
    }
}
