package uk.gov.lga.platform.peerchallenge.domain.challenges;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.ACTION_PLAN_PUBLISHED;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.ENQUIRY;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.FEEDBACK_GIVEN;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.ON_SITE;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.POSITION_STATEMENT;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.PROGRESS_REVIEWED;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.REPORT_PUBLISHED;
import static uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage.SCOPING;

class LifecycleTest {

    /** The life in order: each stage's one allowed next stage is the following one. */
    private static final List<ChallengeStage> LIFE = List.of(ENQUIRY, SCOPING, POSITION_STATEMENT, ON_SITE,
            FEEDBACK_GIVEN, REPORT_PUBLISHED, ACTION_PLAN_PUBLISHED, PROGRESS_REVIEWED);

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 14);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 9, 17);

    @Test
    void theLifeListsEveryStageOnce() {
        assertThat(LIFE).containsExactlyInAnyOrder(ChallengeStage.values());
    }

    /** All 64 pairs of stages: the 7 forward steps are allowed, the other 57 refused with both stages named. */
    @TestFactory
    Stream<DynamicTest> everyMoveIsAllowedOnlyToTheNextStage() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ChallengeStage from : ChallengeStage.values()) {
            for (ChallengeStage to : ChallengeStage.values()) {
                boolean allowed = LIFE.indexOf(to) == LIFE.indexOf(from) + 1;
                tests.add(DynamicTest.dynamicTest(from + " → " + to + (allowed ? " is allowed" : " is refused"), () -> {
                    assertThat(Lifecycle.allows(from, to)).isEqualTo(allowed);
                    if (allowed) {
                        assertThatCode(() -> Lifecycle.requireMove(from, to)).doesNotThrowAnyException();
                    } else {
                        assertThatThrownBy(() -> Lifecycle.requireMove(from, to))
                                .isInstanceOfSatisfying(ProblemException.class, p -> {
                                    assertThat(p.status()).isEqualTo(409);
                                    assertThat(p.getMessage()).contains("at " + from).contains("to " + to);
                                });
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void aRefusedMoveSaysWhichMoveIsAllowed() {
        assertThatThrownBy(() -> Lifecycle.requireMove(SCOPING, ON_SITE))
                .hasMessageContaining("its next stage is POSITION_STATEMENT");
    }

    @Test
    void theEndOfTheLifeAllowsNoMoveAndSaysSo() {
        assertThat(Lifecycle.next(PROGRESS_REVIEWED)).isEmpty();
        assertThatThrownBy(() -> Lifecycle.requireMove(PROGRESS_REVIEWED, ENQUIRY))
                .hasMessageContaining("end of its life");
    }

    @Test
    void aMoveToNoStageIsRefused() {
        assertThat(Lifecycle.allows(ENQUIRY, null)).isFalse();
    }

    @Test
    void onlyTheFirstStagesAfterEnquiryAreReachedByABareMove() {
        assertThat(Stream.of(ChallengeStage.values()).filter(Lifecycle::reachedByMove))
                .containsExactly(SCOPING, POSITION_STATEMENT, ON_SITE);
    }

    @Test
    void theStagesThatRecordSomethingNameTheOperationThatReachesThem() {
        assertThat(Lifecycle.reachedBy(FEEDBACK_GIVEN)).get().asString().contains("findings");
        assertThat(Lifecycle.reachedBy(REPORT_PUBLISHED)).get().asString().contains("report");
        assertThat(Lifecycle.reachedBy(ACTION_PLAN_PUBLISHED)).get().asString().contains("action-plan");
        assertThat(Lifecycle.reachedBy(PROGRESS_REVIEWED)).get().asString().contains("progress-review");
        assertThat(Lifecycle.reachedBy(SCOPING)).isEmpty();
    }

    @Test
    void hostsMayReachOnlyThePositionStatementAndTheActionPlan() {
        assertThat(Stream.of(ChallengeStage.values()).filter(Lifecycle::hostsMayReach))
                .containsExactly(POSITION_STATEMENT, ACTION_PLAN_PUBLISHED);
    }

    @Test
    void visitsMayChangeUntilFeedbackIsGiven() {
        assertThat(Stream.of(ChallengeStage.values()).filter(Lifecycle::visitsMayChange))
                .containsExactly(ENQUIRY, SCOPING, POSITION_STATEMENT, ON_SITE);
    }

    @Test
    void goingOnSiteNeedsScheduledVisits() {
        assertThatThrownBy(() -> Lifecycle.requireReady(ON_SITE, Optional.empty(), Optional.empty(), MONDAY))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(409))
                .hasMessageContaining("visits are scheduled");
    }

    @Test
    void goingOnSiteWaitsForTheFirstOnSiteDay() {
        assertThatThrownBy(() -> Lifecycle.requireReady(ON_SITE, Optional.of(MONDAY), Optional.of(THURSDAY),
                MONDAY.minusDays(1))).hasMessageContaining("2026-09-14");
        assertThatCode(() -> Lifecycle.requireReady(ON_SITE, Optional.of(MONDAY), Optional.of(THURSDAY), MONDAY))
                .doesNotThrowAnyException();
    }

    @Test
    void feedbackWaitsForTheLastOnSiteDay() {
        assertThatThrownBy(() -> Lifecycle.requireReady(FEEDBACK_GIVEN, Optional.of(MONDAY), Optional.of(THURSDAY),
                THURSDAY.minusDays(1))).hasMessageContaining("2026-09-17");
        assertThatCode(() -> Lifecycle.requireReady(FEEDBACK_GIVEN, Optional.of(MONDAY), Optional.of(THURSDAY), THURSDAY))
                .doesNotThrowAnyException();
    }

    @Test
    void theOtherMovesAskNothingOfTheCalendar() {
        assertThatCode(() -> Lifecycle.requireReady(SCOPING, Optional.empty(), Optional.empty(), MONDAY))
                .doesNotThrowAnyException();
    }
}
