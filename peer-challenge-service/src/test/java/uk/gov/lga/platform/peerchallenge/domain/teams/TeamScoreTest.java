package uk.gov.lga.platform.peerchallenge.domain.teams;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.HOST_REGION;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.candidate;
import static uk.gov.lga.platform.peerchallenge.Fixtures.PeerBank.needs;

class TeamScoreTest {

    @Test
    void everyPartIsPresentAndTheTotalIsTheirSum() {
        ScoreCard card = TeamScore.score(candidate(1, PeerKind.MEMBER).group("Labour").build(), SeatRole.LEAD_MEMBER_PEER,
                TeamSoFar.NONE, needs().parties("LABOUR").build());

        assertThat(card.parts()).containsOnlyKeys(ScorePart.values());
        assertThat(card.part(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY)).isEqualTo(20);
        assertThat(card.part(ScorePart.OUTSIDE_HOST_REGION)).isEqualTo(5);
        assertThat(card.part(ScorePart.SHARES_THE_LOAD)).isEqualTo(10);
        assertThat(card.part(ScorePart.FEEDBACK)).isEqualTo(5);
        assertThat(card.total()).isEqualTo(40);
    }

    @Test
    void theControllingPartyCountsOnlyForTheLeadsSeat() {
        ScoreCard card = TeamScore.score(candidate(1, PeerKind.MEMBER).group("labour").build(), SeatRole.MEMBER_PEER,
                TeamSoFar.NONE, needs().parties("LABOUR").build());

        assertThat(card.part(ScorePart.LEAD_MEMBER_OF_CONTROLLING_PARTY)).isZero();
    }

    @Test
    void aHomeInAHostsRegionEarnsNothingForOutsideTheRegion() {
        ScoreCard card = TeamScore.score(candidate(1, PeerKind.OFFICER).home("E06000914", HOST_REGION).build(),
                SeatRole.OFFICER_PEER, TeamSoFar.NONE, needs().build());

        assertThat(card.part(ScorePart.OUTSIDE_HOST_REGION)).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "1, 10", "2, 9", "7, 7", "19, 1", "20, 0", "60, 0"})
    void sharingTheLoadLosesAPointForEveryTwoDaysGivenRecently(int days, int points) {
        ScoreCard card = TeamScore.score(candidate(1, PeerKind.OFFICER).daysGivenRecently(days).build(), SeatRole.OFFICER_PEER,
                TeamSoFar.NONE, needs().build());

        assertThat(card.part(ScorePart.SHARES_THE_LOAD)).isEqualTo(points);
    }

    @ParameterizedTest
    @CsvSource({"10, 0", "30, 5", "35, 6", "45, 8", "50, 10"})
    void feedbackMapsTheAverageRatingOntoTenPoints(int tenths, int points) {
        assertThat(TeamScore.feedback(candidate(1, PeerKind.OFFICER).feedback(tenths, 3).build())).isEqualTo(points);
    }

    @Test
    void theKindsElementsAndTheFocusAreasAreCovered() {
        ChallengeNeeds needs = needs().kind(ChallengeKind.CORPORATE).focusAreas("Climate emergency", "Housing").build();
        Candidate c = candidate(1, PeerKind.OFFICER).serviceAreas("climate  emergency")
                .elements(Element.FINANCIAL_PLANNING_AND_MANAGEMENT, Element.RESPONSE).build();

        assertThat(TeamScore.covers(c, needs)).containsExactly("Climate emergency", "FINANCIAL_PLANNING_AND_MANAGEMENT");
        assertThat(TeamScore.score(c, SeatRole.OFFICER_PEER, TeamSoFar.NONE, needs).part(ScorePart.EXPERTISE)).isEqualTo(10);
    }

    @Test
    void crossPartyIsEarnedOnlyByTheMemberWhoMakesTheTeamCrossParty() {
        Candidate labour = candidate(1, PeerKind.MEMBER).group("Labour").build();
        Candidate green = candidate(2, PeerKind.MEMBER).group("Green").build();
        TeamSoFar oneLabourMember = new TeamSoFar(List.of(new TeamSoFar.Member(1, SeatRole.LEAD_MEMBER_PEER, labour)), Set.of());
        TeamSoFar alreadyCrossParty = oneLabourMember.with(new TeamSoFar.Member(2, SeatRole.MEMBER_PEER, green));

        assertThat(TeamScore.makesCrossParty(green, oneLabourMember)).isTrue();
        assertThat(TeamScore.makesCrossParty(candidate(3, PeerKind.MEMBER).group("LABOUR").build(), oneLabourMember)).isFalse();
        assertThat(TeamScore.makesCrossParty(candidate(3, PeerKind.MEMBER).group("Independent").build(), alreadyCrossParty)).isFalse();
        assertThat(TeamScore.makesCrossParty(candidate(3, PeerKind.OFFICER).build(), oneLabourMember)).isFalse();
    }
}
