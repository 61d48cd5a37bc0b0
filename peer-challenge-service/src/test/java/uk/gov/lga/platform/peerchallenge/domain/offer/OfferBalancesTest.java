package uk.gov.lga.platform.peerchallenge.domain.offer;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OfferBalancesTest {

    private static final ChallengeCycle CYCLE_2026 = ChallengeCycle.containing(LocalDate.of(2026, 6, 15));
    private static final ChallengeCycle CYCLE_2023 = ChallengeCycle.containing(LocalDate.of(2024, 6, 15));

    private final List<OfferEntry> entries = new ArrayList<>();
    private long nextId = 1;

    @Test
    void aCycleWithoutEntriesStillHasItsOneFreeCorporateChallenge() {
        assertThat(balances().corporate(CYCLE_2026)).isEqualTo(new Balance(1, 0, 0, 0, 1, null));
    }

    @Test
    void aCorporateChallengeUsesTheCyclesFreeChallengeAndItsReleaseGivesItBack() {
        grant(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, 1, CYCLE_2026.start(), null);
        OfferEntry use = use(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, 1, LocalDate.of(2026, 11, 2));
        use.challengeId = 42L;
        assertThat(balances().corporate(CYCLE_2026).available()).isZero();
        assertThat(balances().corporateUseOf(42)).contains(use);

        OfferEntry release = entry(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, Movement.RELEASE, 1, use.effectiveOn);
        release.challengeId = 42L;

        assertThat(balances().corporate(CYCLE_2026)).isEqualTo(new Balance(1, 1, 1, 0, 1, null));
        assertThat(balances().corporateUseOf(42)).isEmpty();
    }

    @Test
    void theFreeChallengeOfOneCycleLeavesTheNextCyclesAlone() {
        OfferEntry use = use(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, 1, LocalDate.of(2026, 3, 31));
        use.challengeId = 7L;

        assertThat(balances().corporate(CYCLE_2023).available()).isZero();
        assertThat(balances().corporate(CYCLE_2026).available()).isEqualTo(1);
    }

    @Test
    void aLeadershipPlaceIsTakenPerFinancialYearAndFreeAgainOnceReleased() {
        use(EntitlementKind.LEADERSHIP_PROGRAMME_PLACE, 1, LocalDate.of(2027, 5, 1));
        assertThat(balances().placeTaken("2027/28")).isTrue();
        assertThat(balances().placeTaken("2026/27")).isFalse();
        assertThat(balances().places(CYCLE_2026)).isEqualTo(new Balance(3, 1, 0, 0, 2, null));

        entry(EntitlementKind.LEADERSHIP_PROGRAMME_PLACE, Movement.RELEASE, 1, LocalDate.of(2027, 6, 1));

        assertThat(balances().placeTaken("2027/28")).isFalse();
    }

    @Test
    void daysAreDrawnFromTheGrantThatExpiresFirstThenFromTheOldest() {
        OfferEntry later = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1));
        OfferEntry sooner = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 5, 8), LocalDate.of(2027, 5, 8));

        assertThat(balances().usableGrants(EntitlementKind.MEMBER_PEER_SUPPORT, LocalDate.of(2026, 10, 1)))
                .extracting(GrantBalance::grant).containsExactly(sooner, later);
        assertThat(balances().availableOn(EntitlementKind.MEMBER_PEER_SUPPORT, LocalDate.of(2026, 10, 1))).isEqualTo(10);
    }

    @Test
    void aGrantIsUsableFromItsDayUntilTheDayBeforeItExpires() {
        grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 5, 8), LocalDate.of(2027, 5, 8));

        assertThat(balances().availableOn(EntitlementKind.MEMBER_PEER_SUPPORT, LocalDate.of(2026, 5, 7))).isZero();
        assertThat(balances().availableOn(EntitlementKind.MEMBER_PEER_SUPPORT, LocalDate.of(2026, 5, 8))).isEqualTo(5);
        assertThat(balances().availableOn(EntitlementKind.MEMBER_PEER_SUPPORT, LocalDate.of(2027, 5, 7))).isEqualTo(5);
        assertThat(balances().availableOn(EntitlementKind.MEMBER_PEER_SUPPORT, LocalDate.of(2027, 5, 8))).isZero();
    }

    @Test
    void usesDrawOnTheirGrantAndTheBalanceSaysWhatIsLeftAndWhenItExpires() {
        OfferEntry grant = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 5, 8), LocalDate.of(2027, 5, 8));
        drawOn(grant, Movement.USE, 2, LocalDate.of(2026, 6, 1));

        assertThat(balances().days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, LocalDate.of(2026, 6, 15)))
                .isEqualTo(new Balance(5, 2, 0, 0, 3, LocalDate.of(2027, 5, 8)));
    }

    @Test
    void daysPastTheirExpiryCountAsExpiredFromThatDayBeforeTheExpiryIsWritten() {
        OfferEntry grant = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 5, 8), LocalDate.of(2027, 5, 8));
        drawOn(grant, Movement.USE, 2, LocalDate.of(2026, 6, 1));

        Balance onTheDay = balances().days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, LocalDate.of(2027, 5, 8));
        drawOn(grant, Movement.EXPIRY, 3, LocalDate.of(2027, 5, 8));
        Balance afterTheJob = balances().days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, LocalDate.of(2027, 5, 9));

        assertThat(onTheDay).isEqualTo(new Balance(5, 2, 0, 3, 0, null));
        assertThat(afterTheJob).isEqualTo(onTheDay);
        assertThat(balances().grants(EntitlementKind.MEMBER_PEER_SUPPORT).get(0).remaining()).isZero();
    }

    @Test
    void anEarlierCyclesGrantCountsWhileItHasDaysLeftAndNotOnceSpent() {
        OfferEntry grant = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 2, 10), LocalDate.of(2027, 2, 10));
        assertThat(balances().days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, LocalDate.of(2026, 6, 15)).available())
                .isEqualTo(5);

        drawOn(grant, Movement.USE, 5, LocalDate.of(2026, 3, 1));

        assertThat(balances().days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, LocalDate.of(2026, 6, 15)))
                .isEqualTo(new Balance(0, 0, 0, 0, 0, null));
    }

    @Test
    void scrutinySupportDaysNeverExpire() {
        grant(EntitlementKind.SCRUTINY_SUPPORT, 6, LocalDate.of(2026, 7, 1), null);

        assertThat(balances().availableOn(EntitlementKind.SCRUTINY_SUPPORT, LocalDate.of(2035, 1, 1))).isEqualTo(6);
        assertThat(balances().days(EntitlementKind.SCRUTINY_SUPPORT, CYCLE_2026, LocalDate.of(2026, 8, 1)))
                .isEqualTo(new Balance(6, 0, 0, 0, 6, null));
    }

    @Test
    void theLatestChargeOfAChallengeStandsUnlessReleasedSince() {
        OfferEntry first = charge(42, "Planning", "7500.00", LocalDate.of(2026, 6, 1));
        release(first, LocalDate.of(2026, 6, 1));
        OfferEntry second = charge(42, "Housing", "6000.00", LocalDate.of(2026, 6, 2));
        OfferEntry other = charge(43, "Planning", "8000.00", LocalDate.of(2026, 7, 1));
        release(other, LocalDate.of(2026, 7, 1));

        assertThat(balances().chargeOf(42)).contains(second);
        assertThat(balances().chargeOf(43)).isEmpty();
        assertThat(balances().charges(CYCLE_2026)).containsExactly(second);
    }

    @Test
    void theSameEntriesInAnyOrderGiveTheSameBalances() {
        OfferEntry a = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 5, 8), LocalDate.of(2027, 5, 8));
        OfferEntry b = grant(EntitlementKind.MEMBER_PEER_SUPPORT, 5, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 1));
        drawOn(a, Movement.USE, 4, LocalDate.of(2026, 10, 1));
        drawOn(b, Movement.USE, 1, LocalDate.of(2026, 10, 1));
        use(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, 1, LocalDate.of(2027, 1, 5)).challengeId = 9L;
        LocalDate today = LocalDate.of(2026, 12, 1);
        Balance expected = OfferBalances.of(entries).days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, today);

        Random random = new Random(20260615);
        for (int i = 0; i < 20; i++) {
            List<OfferEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            OfferBalances balances = OfferBalances.of(shuffled);
            assertThat(balances.days(EntitlementKind.MEMBER_PEER_SUPPORT, CYCLE_2026, today)).isEqualTo(expected);
            assertThat(balances.usableGrants(EntitlementKind.MEMBER_PEER_SUPPORT, today))
                    .extracting(GrantBalance::grant).containsExactly(a, b);
            assertThat(balances.corporate(CYCLE_2026).available()).isZero();
        }
        assertThat(expected).isEqualTo(new Balance(10, 5, 0, 0, 5, LocalDate.of(2027, 5, 8)));
    }

    private OfferBalances balances() {
        return OfferBalances.of(entries);
    }

    private OfferEntry grant(EntitlementKind kind, int quantity, LocalDate on, LocalDate expiresOn) {
        OfferEntry e = entry(kind, Movement.GRANT, quantity, on);
        e.expiresOn = expiresOn;
        e.reference = "grant:" + e.id;
        return e;
    }

    private OfferEntry use(EntitlementKind kind, int quantity, LocalDate on) {
        return entry(kind, Movement.USE, quantity, on);
    }

    private void drawOn(OfferEntry grant, Movement movement, int quantity, LocalDate on) {
        entry(grant.entitlement, movement, quantity, on).grantId = grant.id;
    }

    private OfferEntry charge(long challenge, String topic, String amount, LocalDate on) {
        OfferEntry e = entry(EntitlementKind.SUBJECT_SPECIFIC_CHALLENGE, Movement.CHARGE, 1, on);
        e.challengeId = challenge;
        e.topic = topic;
        e.amount = new BigDecimal(amount);
        return e;
    }

    private void release(OfferEntry charge, LocalDate on) {
        OfferEntry e = entry(charge.entitlement, Movement.RELEASE, 1, on);
        e.challengeId = charge.challengeId;
        e.topic = charge.topic;
        e.amount = charge.amount;
    }

    private OfferEntry entry(EntitlementKind kind, Movement movement, int quantity, LocalDate on) {
        OfferEntry e = new OfferEntry();
        e.id = nextId++;
        e.organisationCode = "E08000035";
        e.entitlement = kind;
        e.movement = movement;
        e.quantity = quantity;
        e.effectiveOn = on;
        e.cycleStart = ChallengeCycle.containing(on).start();
        e.financialYear = ChallengeCycle.financialYearOf(on);
        e.reason = "test";
        entries.add(e);
        return e;
    }
}
