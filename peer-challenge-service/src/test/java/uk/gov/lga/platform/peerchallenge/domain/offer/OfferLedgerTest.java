package uk.gov.lga.platform.peerchallenge.domain.offer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.SupportGranted;
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.peerchallenge.Fixtures.Register;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * The ledger as the other features call it, in their own transactions, on a real database with the service's
 * clock standing on a chosen day. Each test has an organisation of its own (codes E0600070x-E0600075x).
 */
@QuarkusTest
class OfferLedgerTest {

    private static final Caller MANAGER = Caller.user("manager", null, null, Set.of(Roles.CHALLENGE_MANAGER));

    @Inject
    TestClock clock;

    @Inject
    OfferService offers;

    @BeforeEach
    void midSummer2026() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Nested
    class FreeCorporateChallenge {

        @Test
        void aSecondCorporateChallengeInTheCycleIsAConflictNamingTheRule() {
            String council = council("E06000701");
            long first = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            long second = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            use(council, first, LocalDate.of(2026, 11, 2));

            assertThatThrownBy(() -> use(council, second, LocalDate.of(2028, 2, 1)))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(409))
                    .satisfies(p -> assertThat(p.getMessage()).contains("One free corporate peer challenge per three-year cycle")
                            .contains("2026-04-01 to 2029-03-31").contains("peer challenge " + first));
        }

        @Test
        void usingItAgainForTheSameChallengeWritesNothingMore() {
            String council = council("E06000702");
            long challenge = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            use(council, challenge, LocalDate.of(2026, 11, 2));
            use(council, challenge, LocalDate.of(2026, 11, 9));

            assertThat(Ledger.entries(council)).extracting(e -> e.movement).containsExactly(Movement.GRANT, Movement.USE);
            assertThat(Ledger.entries(council).get(0).reference).isEqualTo("cycle:2026-04-01");
        }

        @Test
        void aReleasedFreeChallengeCanBeUsedByAnotherChallenge() {
            String council = council("E06000703");
            long cancelled = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            long rebooked = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            use(council, cancelled, LocalDate.of(2026, 11, 2));
            Ledger.inTransaction(l -> {
                l.releaseFreeCorporateChallenge(GssCode.of(council), cancelled, Ledger.FIXTURES);
                return null;
            });

            assertThat(available(council, LocalDate.of(2027, 1, 1))).isTrue();
            use(council, rebooked, LocalDate.of(2027, 3, 1));
            assertThat(available(council, LocalDate.of(2027, 1, 1))).isFalse();
            assertThat(Ledger.entries(council)).extracting(e -> e.movement)
                    .containsExactly(Movement.GRANT, Movement.USE, Movement.RELEASE, Movement.USE);
        }

        @Test
        void aChallengeMovedIntoTheNextCycleGivesBackTheOldCyclesFreeChallenge() {
            String council = council("E06000704");
            long challenge = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            use(council, challenge, LocalDate.of(2029, 3, 20));
            use(council, challenge, LocalDate.of(2029, 4, 16));

            assertThat(available(council, LocalDate.of(2028, 1, 1))).isTrue();
            assertThat(available(council, LocalDate.of(2030, 1, 1))).isFalse();
        }

        @Test
        void aRefusedUseRollsBackTheCallersWholeTransaction() {
            String council = council("E06000705");
            use(council, Ledger.challengeOf(council, ChallengeKind.CORPORATE), LocalDate.of(2026, 11, 2));
            long before = QuarkusTransaction.requiringNew().call(() -> PeerChallenge.count("councilCode", council));

            assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                PeerChallenge c = new PeerChallenge();
                c.councilCode = council;
                c.kind = ChallengeKind.CORPORATE;
                c.stage = ChallengeStage.ENQUIRY;
                c.persist();
                Ledger.ledger().useFreeCorporateChallenge(GssCode.of(council), c.id, LocalDate.of(2027, 5, 1), Ledger.FIXTURES);
            })).isInstanceOf(ProblemException.class);

            assertThat(QuarkusTransaction.requiringNew().call(() -> PeerChallenge.count("councilCode", council))).isEqualTo(before);
        }

        @Test
        void anUnknownOrganisationIsNotFound() {
            assertThatThrownBy(() -> use("E06000799", 1, LocalDate.of(2026, 11, 2)))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(404));
        }

        @Test
        void nothingCanBeUsedBeforeTheOfferBeganIn2011() {
            String council = council("E06000706");
            assertThatThrownBy(() -> use(council, Ledger.challengeOf(council, ChallengeKind.CORPORATE), LocalDate.of(2011, 3, 31)))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(409));
        }
    }

    @Nested
    class SubjectSpecificCharges {

        @BeforeEach
        void catalogue() {
            Ledger.topic("Planning", "7500.00", true);
            Ledger.topic("Retired topic", "1000.00", false);
        }

        @Test
        void aChargeBelowTheTopicsMinimumPriceIsRefusedNamingCharge() {
            String council = council("E06000710");
            long challenge = Ledger.challengeOf(council, ChallengeKind.SUBJECT_SPECIFIC);

            assertThatThrownBy(() -> charge(council, challenge, "Planning", "7499.99"))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(422))
                    .satisfies(p -> assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("charge"));
            assertThat(Ledger.entries(council)).isEmpty();
        }

        @Test
        void anUnknownOrRetiredTopicIsRefusedNamingTopic() {
            String council = council("E06000711");
            long challenge = Ledger.challengeOf(council, ChallengeKind.SUBJECT_SPECIFIC);

            for (String topic : new String[]{"Astrology", "Retired topic"}) {
                assertThatThrownBy(() -> charge(council, challenge, topic, "9000"))
                        .asInstanceOf(type(ProblemException.class))
                        .satisfies(p -> assertThat(p.status()).isEqualTo(422))
                        .satisfies(p -> assertThat(p.errors()).extracting(Problem.FieldError::field).containsExactly("topic"));
            }
        }

        @Test
        void theMinimumPriceOrMoreIsChargedOnceAndAChangedChargeReleasesTheOld() {
            String council = council("E06000712");
            long challenge = Ledger.challengeOf(council, ChallengeKind.SUBJECT_SPECIFIC);
            charge(council, challenge, "Planning", "7500");
            charge(council, challenge, "Planning", "7500.00");
            charge(council, challenge, "Planning", "8200.50");

            assertThat(Ledger.entries(council)).extracting(e -> e.movement + " " + e.amount)
                    .containsExactly("CHARGE 7500.00", "RELEASE 7500.00", "CHARGE 8200.50");
            assertThat(offers.forCouncil(GssCode.of(council), MANAGER).charges())
                    .extracting(e -> e.amount).containsExactly(new BigDecimal("8200.50"));
        }

        @Test
        void aCancelledChallengesChargeIsReleased() {
            String council = council("E06000713");
            long challenge = Ledger.challengeOf(council, ChallengeKind.SUBJECT_SPECIFIC);
            charge(council, challenge, "Planning", "7500");
            Ledger.inTransaction(l -> {
                l.releaseCharge(GssCode.of(council), challenge, Ledger.FIXTURES);
                return null;
            });

            assertThat(offers.forCouncil(GssCode.of(council), MANAGER).charges()).isEmpty();
        }
    }

    @Nested
    class FreeSupportDays {

        @Test
        void aChangeOfControlGrantsFiveDaysForTwelveMonthsOnceHoweverOftenItIsHeard() {
            String council = council("E06000720");
            Optional<OfferEntry> first = grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID());
            Optional<OfferEntry> again = grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID());

            assertThat(first).get().satisfies(g -> {
                assertThat(g.quantity).isEqualTo(5);
                assertThat(g.expiresOn).isEqualTo(LocalDate.of(2027, 5, 8));
                assertThat(g.reference).isEqualTo("control-change:2026-05-08");
            });
            assertThat(again).isEmpty();
            assertThat(Ledger.outbox(SupportGranted.TYPE, council)).hasSize(1).first()
                    .satisfies(json -> assertThat(EventEnvelope.fromJson(json).dataAs(SupportGranted.class))
                            .isEqualTo(new SupportGranted(council, "MEMBER_PEER_SUPPORT", 5, null, LocalDate.of(2026, 5, 8),
                                    LocalDate.of(2027, 5, 8), first.get().reason, SupportGranted.POLITICAL_CONTROL_CHANGED,
                                    first.get().sourceEventId.toString())));
        }

        @Test
        void aChangeWhoseTwelveMonthsAreOverWhenHeardGrantsNothing() {
            String council = council("E06000721");

            assertThat(grantMember(council, LocalDate.of(2025, 6, 15), UUID.randomUUID())).isEmpty();
            assertThat(grantMember(council, LocalDate.of(2025, 6, 16), UUID.randomUUID())).isPresent();
        }

        @Test
        void usesDrawFromTheGrantExpiringFirstAndMayTakeFromTwo() {
            String council = council("E06000722");
            OfferEntry older = grantMember(council, LocalDate.of(2025, 9, 1), UUID.randomUUID()).orElseThrow();
            OfferEntry newer = grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID()).orElseThrow();

            List<OfferEntry> uses = useMember(council, 7, LocalDate.of(2026, 6, 10));

            assertThat(uses).extracting(e -> e.grantId + ":" + e.quantity)
                    .containsExactly(older.id + ":5", newer.id + ":2");
        }

        @Test
        void usingMoreDaysThanAreLeftIsAConflictAndWritesNothing() {
            String council = council("E06000723");
            grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID());
            useMember(council, 4, LocalDate.of(2026, 6, 1));

            assertThatThrownBy(() -> useMember(council, 2, LocalDate.of(2026, 6, 2)))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(409))
                    .satisfies(p -> assertThat(p.getMessage()).contains("cannot be used beyond its balance").contains("1 day left"));
            assertThat(Ledger.entries(council)).hasSize(2);
        }

        @Test
        void daysCannotBeUsedOnOrAfterTheDayTheyExpire() {
            String council = council("E06000724");
            grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID());
            clock.setToday(LocalDate.of(2027, 6, 1));

            assertThat(useMember(council, 1, LocalDate.of(2027, 5, 7))).hasSize(1);
            assertThatThrownBy(() -> useMember(council, 1, LocalDate.of(2027, 5, 8)))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(409))
                    .satisfies(p -> assertThat(p.getMessage()).contains("within 12 months").contains("expired on 2027-05-08"));
        }

        @Test
        void daysNeverGrantedCannotBeUsed() {
            String council = council("E06000725");

            assertThatThrownBy(() -> useMember(council, 1, LocalDate.of(2026, 6, 1)))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(409))
                    .satisfies(p -> assertThat(p.getMessage()).contains("must be granted before it is used"));
        }

        @Test
        void twoUsesAtOnceCannotBothDrawTheLastDays() throws Exception {
            String council = council("E06000726");
            grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID());
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<String>> attempts = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            useMember(council, 3, LocalDate.of(2026, 6, 1));
                            return "used";
                        } catch (ProblemException e) {
                            return "refused " + e.status();
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }))
                    .toList();
            start.countDown();

            List<String> outcomes = attempts.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).sorted().toList();
            assertThat(outcomes).containsExactly("refused 409", "used");
        }

        @Test
        void aFindingGrantsSixScrutinyDaysOncePerChallengeThatNeverExpire() {
            String council = council("E06000727");
            long challenge = Ledger.challengeOf(council, ChallengeKind.CORPORATE);
            Ledger.inTransaction(l -> {
                l.grantScrutinySupport(GssCode.of(council), challenge, LocalDate.of(2026, 6, 12), null);
                l.grantScrutinySupport(GssCode.of(council), challenge, LocalDate.of(2026, 6, 13), "again");
                return null;
            });

            assertThat(Ledger.entries(council)).singleElement().satisfies(g -> {
                assertThat(g.quantity).isEqualTo(6);
                assertThat(g.expiresOn).isNull();
                assertThat(g.challengeId).isEqualTo(challenge);
                assertThat(g.recordedBy).isEqualTo("system:challenge-findings");
            });
            assertThat(Ledger.outbox(SupportGranted.TYPE, council)).singleElement()
                    .satisfies(json -> assertThat(EventEnvelope.fromJson(json).dataAs(SupportGranted.class).sourceReference())
                            .isEqualTo(Long.toString(challenge)));
        }
    }

    @Nested
    class Expiry {

        @Test
        void theUnusedDaysOfAGrantExpireOnceOnTheDayItsTwelveMonthsEnd() {
            String council = council("E06000730");
            OfferEntry grant = grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID()).orElseThrow();
            useMember(council, 2, LocalDate.of(2026, 6, 1));

            clock.setToday(LocalDate.of(2027, 5, 7));
            offers.expireUnusedSupport(Caller.system("support-expiry"));
            assertThat(Ledger.entries(council)).extracting(e -> e.movement).doesNotContain(Movement.EXPIRY);

            clock.setToday(LocalDate.of(2027, 5, 8));
            offers.expireUnusedSupport(Caller.system("support-expiry"));
            offers.expireUnusedSupport(Caller.system("support-expiry"));

            assertThat(Ledger.entries(council)).filteredOn(e -> e.movement == Movement.EXPIRY).singleElement()
                    .satisfies(e -> {
                        assertThat(e.quantity).isEqualTo(3);
                        assertThat(e.grantId).isEqualTo(grant.id);
                        assertThat(e.effectiveOn).isEqualTo(LocalDate.of(2027, 5, 8));
                        assertThat(e.recordedBy).isEqualTo("system:support-expiry");
                    });
        }

        @Test
        void aGrantWhoseDaysWereAllUsedLeavesNothingToExpire() {
            String council = council("E06000731");
            grantMember(council, LocalDate.of(2026, 5, 8), UUID.randomUUID());
            useMember(council, 5, LocalDate.of(2026, 6, 1));

            clock.setToday(LocalDate.of(2027, 6, 1));
            offers.expireUnusedSupport(Caller.system("support-expiry"));

            assertThat(Ledger.entries(council)).extracting(e -> e.movement).doesNotContain(Movement.EXPIRY);
        }
    }

    @Nested
    class LeadershipPlaces {

        @Test
        void aSecondPlaceInTheSameFinancialYearIsAConflictNamingTheRule() {
            String council = council("E06000740");
            place(council, "2026/27", "Jo Bloggs");

            assertThatThrownBy(() -> place(council, "2026/27", "Sam Okafor"))
                    .asInstanceOf(type(ProblemException.class))
                    .satisfies(p -> assertThat(p.status()).isEqualTo(409))
                    .satisfies(p -> assertThat(p.getMessage()).contains("One subsidised leadership-programme place per council per financial year"));
            place(council, "2027/28", "Sam Okafor");
        }

        @Test
        void theDelegateIsKeptBesideTheLedgerNotInIt() {
            String council = council("E06000741");
            place(council, "2026/27", "Priya Shah");

            assertThat(Ledger.entries(council)).noneMatch(e -> e.reason.contains("Priya"));
            assertThat(QuarkusTransaction.requiringNew().call(() ->
                    LeadershipPlace.<LeadershipPlace>find("councilCode", council).singleResult().delegateName)).isEqualTo("Priya Shah");
        }
    }

    private static String council(String code) {
        Register.council(code, "Test council " + code, "UA", "Test Region Ledger");
        return code;
    }

    private static void use(String council, long challenge, LocalDate on) {
        Ledger.inTransaction(l -> {
            l.useFreeCorporateChallenge(GssCode.of(council), challenge, on, Ledger.FIXTURES);
            return null;
        });
    }

    private static boolean available(String council, LocalDate on) {
        return Ledger.inTransaction(l -> l.freeCorporateChallengeAvailable(GssCode.of(council), on));
    }

    private static void charge(String council, long challenge, String topic, String amount) {
        Ledger.inTransaction(l -> {
            l.chargeSubjectSpecific(GssCode.of(council), challenge, topic, new BigDecimal(amount), Ledger.FIXTURES);
            return null;
        });
    }

    private static Optional<OfferEntry> grantMember(String council, LocalDate changedOn, UUID event) {
        return Ledger.inTransaction(l -> l.grantMemberPeerSupport(GssCode.of(council), changedOn, event,
                "Political control changed on " + changedOn + ".", Ledger.FIXTURES));
    }

    private static List<OfferEntry> useMember(String council, int days, LocalDate on) {
        return Ledger.inTransaction(l -> l.useDays(GssCode.of(council), EntitlementKind.MEMBER_PEER_SUPPORT, days, on,
                "Mentoring for the new leader.", null, Ledger.FIXTURES));
    }

    private static void place(String council, String year, String delegate) {
        Ledger.inTransaction(l -> l.takeLeadershipPlace(GssCode.of(council), year, delegate, Ledger.FIXTURES));
    }
}
