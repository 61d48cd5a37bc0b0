package uk.gov.lga.platform.deploy.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPeerChallengesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final List<String> METRICS = List.of("household-waste-recycled", "usable-reserves", "planning-on-time");
    /** 317 English councils, as today's register has them; Leeds among them. */
    static final List<SyntheticPeerChallenges.Council> COUNCILS = councils();

    static List<SyntheticPeerChallenges.Council> councils() {
        List<SyntheticPeerChallenges.Council> councils = new ArrayList<>();
        councils.add(new SyntheticPeerChallenges.Council("E08000035", "Leeds", "MD"));
        for (int i = 1; i < 317; i++) {
            councils.add(new SyntheticPeerChallenges.Council(String.format("E06%06d", i), "Council " + i, "UA"));
        }
        return councils;
    }

    static SyntheticPeerChallenges.Data generate(long seed) {
        return SyntheticPeerChallenges.generate(COUNCILS, METRICS, seed, TODAY);
    }

    @Test
    void sameSeedAndDayGiveTheSameData() {
        assertThat(generate(7)).isEqualTo(generate(7));
    }

    @Test
    void anotherSeedGivesOtherData() {
        assertThat(generate(7).challenges()).isNotEqualTo(generate(8).challenges());
    }

    @Test
    void theBankHasAThousandPeersOfEveryKindWithDistinctNamesMarkedSynthetic() {
        List<SyntheticPeerChallenges.Peer> peers = generate(7).peers();

        assertThat(peers).hasSize(1_000);
        assertThat(peers).extracting(SyntheticPeerChallenges.Peer::name).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).contains("SYNTHETIC"));
        assertThat(peers.stream().map(SyntheticPeerChallenges.Peer::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("MEMBER", "CHIEF_EXECUTIVE", "OFFICER", "EXPERT");
        assertThat(peers).filteredOn(p -> p.kind().equals("MEMBER")).allSatisfy(p -> assertThat(p.politicalGroup()).isNotNull());
        assertThat(peers).filteredOn(p -> !p.kind().equals("EXPERT")).allSatisfy(p -> assertThat(p.homeOrganisation()).isNotNull());
    }

    @Test
    void someAccreditationsHaveExpiredAndSomePeersAreUnavailable() {
        List<SyntheticPeerChallenges.Peer> peers = generate(7).peers();

        assertThat(peers).filteredOn(p -> p.accreditationExpiresOn().isBefore(TODAY)).hasSizeBetween(100, 400);
        assertThat(peers).allSatisfy(p -> assertThat(p.inductedOn()).isBeforeOrEqualTo(p.accreditationExpiresOn()));
        assertThat(peers).filteredOn(p -> !p.unavailable().isEmpty()).hasSizeBetween(80, 200);
    }

    @Test
    void peerOneIsLinkedToTheirUserAndInvitedToChallengesToCome() {
        SyntheticPeerChallenges.Data data = generate(7);

        assertThat(data.peers().get(0).userName()).isEqualTo("peer.one");
        assertThat(data.peers()).filteredOn(p -> p.userName() != null).hasSize(1);
        List<SyntheticPeerChallenges.Seat> seats = data.challenges().stream().flatMap(c -> c.team().stream())
                .filter(s -> s.peer() == 0).toList();
        assertThat(seats).filteredOn(s -> s.status().equals("INVITED")).hasSize(2);
        assertThat(data.challenges()).filteredOn(c -> c.team().stream().anyMatch(s -> s.peer() == 0))
                .allSatisfy(c -> assertThat(c.host()).isNotEqualTo("E08000035"));
    }

    @Test
    void aboutTwoThirdsOfTheCouncilsHostedChallenges() {
        Set<String> hosts = generate(7).challenges().stream().map(SyntheticPeerChallenges.Challenge::host)
                .collect(Collectors.toSet());

        assertThat(hosts.size()).isBetween(317 * 58 / 100, 317 * 75 / 100);
    }

    @Test
    void everyStageIsPresentAndOneChallengeIsOnSiteToday() {
        Map<String, Long> byStage = generate(7).challenges().stream()
                .collect(Collectors.groupingBy(SyntheticPeerChallenges.Challenge::stage, Collectors.counting()));

        assertThat(byStage.keySet()).containsExactlyInAnyOrderElementsOf(SyntheticPeerChallenges.STAGES);
        assertThat(byStage.get("ON_SITE")).isEqualTo(1);
    }

    @Test
    void challengesRunFrom2011AndSomeDeadlinesAreOverdue() {
        List<SyntheticPeerChallenges.Challenge> challenges = generate(7).challenges();

        assertThat(challenges).allSatisfy(c -> assertThat(c.enquiredOn()).isAfterOrEqualTo(LocalDate.of(2011, 4, 1))
                .isBeforeOrEqualTo(TODAY));
        assertThat(challenges.stream().flatMap(c -> c.visits().stream()).map(SyntheticPeerChallenges.Visit::startsOn)
                .min(LocalDate::compareTo)).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(2011));
        // a report is due three months after the last on-site day, an action plan five
        assertThat(challenges).filteredOn(c -> c.stage().equals("FEEDBACK_GIVEN")
                && c.visits().get(0).endsOn().plusMonths(3).isBefore(TODAY)).isNotEmpty();
        assertThat(challenges).filteredOn(c -> c.stage().equals("REPORT_PUBLISHED")
                && c.visits().get(0).endsOn().plusMonths(5).isBefore(TODAY)).isNotEmpty();
    }

    @Test
    void noHostHasTwoCorporateChallengesInACycleAndReferencesAreUnique() {
        List<SyntheticPeerChallenges.Challenge> challenges = generate(7).challenges();
        Set<String> hostAndCycle = new HashSet<>();

        for (SyntheticPeerChallenges.Challenge c : challenges) {
            if (c.kind().equals("CORPORATE")) {
                LocalDate day = c.visits().isEmpty() ? c.enquiredOn() : c.visits().get(0).startsOn();
                assertThat(hostAndCycle.add(c.host() + SyntheticPeerChallenges.cycleStart(day))).as(c.reference()).isTrue();
            }
        }
        assertThat(challenges).extracting(SyntheticPeerChallenges.Challenge::reference).doesNotHaveDuplicates();
    }

    @Test
    void datesFollowTheLifecycleAndTeamsNeverIncludeAHostsPeer() {
        SyntheticPeerChallenges.Data data = generate(7);
        Map<Integer, String> homes = new HashMap<>();
        for (int i = 0; i < data.peers().size(); i++) {
            homes.put(i, data.peers().get(i).homeOrganisation());
        }

        for (SyntheticPeerChallenges.Challenge c : data.challenges()) {
            if (c.reportPublishedOn() != null) {
                assertThat(c.reportPublishedOn()).as(c.reference()).isAfterOrEqualTo(c.visits().get(0).endsOn())
                        .isBeforeOrEqualTo(TODAY);
            }
            if (c.actionPlanPublishedOn() != null) {
                assertThat(c.actionPlanPublishedOn()).as(c.reference()).isAfterOrEqualTo(c.reportPublishedOn());
            }
            if (c.reviewedOn() != null) {
                assertThat(c.reviewedOn()).as(c.reference()).isAfter(c.visits().get(0).endsOn())
                        .isAfterOrEqualTo(c.actionPlanPublishedOn()).isBeforeOrEqualTo(TODAY);
            }
            assertThat(c.team()).as(c.reference()).allSatisfy(s -> assertThat(homes.get(s.peer())).isNotEqualTo(c.host()));
            assertThat(c.findings().isEmpty()).as(c.reference()).isEqualTo(c.stageIndex() < 4);
        }
    }

    @Test
    void earlyInACycleNothingDoneIsDatedAfterToday() {
        LocalDate early = LocalDate.of(2026, 4, 10);

        for (SyntheticPeerChallenges.Challenge c : SyntheticPeerChallenges.generate(COUNCILS, METRICS, 7, early).challenges()) {
            if (c.stageIndex() >= 3) {
                assertThat(c.visits().get(0).startsOn()).as(c.reference()).isBeforeOrEqualTo(early);
            }
            if (c.stageIndex() >= 4) {
                assertThat(c.visits().get(0).endsOn()).as(c.reference()).isBeforeOrEqualTo(early);
            }
            assertThat(c.enquiredOn()).as(c.reference()).isBeforeOrEqualTo(early);
        }
    }

    @Test
    void everyQuarterOfTheCycleRunningNowHasCapacity() {
        assertThat(generate(7).capacity()).hasSize(12).containsKeys("2026-Q2", "2029-Q1")
                .allSatisfy((quarter, capacity) -> assertThat(capacity).isBetween(8, 14));
    }
}
