package uk.gov.lga.platform.lginform.domain.councils;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The source's dates normalised: an abolished council's life ends on its last day; only successors have a start. */
class CouncilLifespansTest {

    static final LocalDate APRIL_2023 = LocalDate.parse("2023-04-01");

    @Test
    void endGivenAsTheSuccessorsFirstDayBecomesTheDayBefore() {
        Map<String, Lifespan> lives = CouncilLifespans.of(List.of(abolished("E10000006", null, "2023-04-01", "E06000063")),
                Map.of("E06000063", APRIL_2023));

        assertThat(lives.get("E10000006")).isEqualTo(new Lifespan(null, LocalDate.parse("2023-03-31")));
        assertThat(lives.get("E06000063")).isEqualTo(new Lifespan(APRIL_2023, null));
    }

    @Test
    void endGivenAsTheLastDayStaysAsItIs() {
        Map<String, Lifespan> lives = CouncilLifespans.of(List.of(abolished("E10000002", "2005-06-19", "2020-03-31", "E06000060")),
                Map.of("E06000060", LocalDate.parse("2020-04-01")));

        assertThat(lives.get("E10000002").to()).isEqualTo(LocalDate.parse("2020-03-31"));
    }

    @Test
    void startOfACouncilThatSucceedsNoneIsNotUsed() {
        // Buckinghamshire County Council did not begin in 2005, whatever the source says: its life is open at the start.
        Map<String, Lifespan> lives = CouncilLifespans.of(List.of(abolished("E10000002", "2005-06-19", "2020-03-31", "E06000060")),
                Map.of("E06000060", LocalDate.parse("2020-04-01"), "E06000014", LocalDate.parse("2005-06-18")));

        assertThat(lives.get("E10000002").from()).isNull();
        assertThat(lives).as("York is no successor: its source date is not its beginning").doesNotContainKey("E06000014");
    }

    @Test
    void anAbolishedSuccessorKeepsItsStartAndEndsTheDayBeforeItsOwnSuccessor() {
        // Taunton Deane -> Somerset West and Taunton (2019-04-01 to 2023) -> Somerset (2023-04-01)
        Map<String, Lifespan> lives = CouncilLifespans.of(List.of(
                abolished("E07000190", null, "2019-03-31", "E07000246"),
                abolished("E07000246", "2019-04-01", "2023-04-01", "E06000066")), Map.of("E06000066", APRIL_2023));

        assertThat(lives.get("E07000190")).isEqualTo(new Lifespan(null, LocalDate.parse("2019-03-31")));
        assertThat(lives.get("E07000246")).isEqualTo(new Lifespan(LocalDate.parse("2019-04-01"), LocalDate.parse("2023-03-31")));
    }

    @Test
    void anEndThatFitsNeitherReadingIsRefused() {
        assertThatThrownBy(() -> CouncilLifespans.of(List.of(abolished("E10000006", null, "2023-02-01", "E06000063")),
                Map.of("E06000063", APRIL_2023)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("E10000006");
    }

    @Test
    void aLifeIncludesBothItsEndsAndOverlapsAPeriodThatTouchesIt() {
        Lifespan cumbria = new Lifespan(null, LocalDate.parse("2023-03-31"));
        Lifespan cumberland = new Lifespan(APRIL_2023, null);

        assertThat(cumbria.contains(LocalDate.parse("2023-03-31"))).isTrue();
        assertThat(cumbria.contains(APRIL_2023)).isFalse();
        assertThat(cumberland.overlaps(LocalDate.parse("2023-01-01"), LocalDate.parse("2023-12-31"))).isTrue();
        assertThat(cumberland.overlaps(LocalDate.parse("2022-04-01"), LocalDate.parse("2023-03-31"))).isFalse();
    }

    private static CouncilLifespans.Abolished abolished(String gss, String start, String end, String... successors) {
        return new CouncilLifespans.Abolished(gss, start == null ? null : LocalDate.parse(start), LocalDate.parse(end),
                List.of(successors));
    }
}
