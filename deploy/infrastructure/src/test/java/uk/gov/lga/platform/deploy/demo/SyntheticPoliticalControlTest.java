package uk.gov.lga.platform.deploy.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPoliticalControlTest {

    static final LocalDate TODAY = LocalDate.parse("2026-11-30");
    static final List<String> ENGLISH = IntStream.rangeClosed(1, 300).mapToObj(i -> String.format("E07%06d", i)).toList();

    @Test
    void sameCouncilSeedAndDayGiveTheSameHistory() {
        assertThat(SyntheticPoliticalControl.history("E08000035", null, 7, TODAY))
                .isEqualTo(SyntheticPoliticalControl.history("E08000035", null, 7, TODAY));
    }

    @Test
    void everyHistoryIsInOrderNeverInTheFutureAndEachRecordChangesTheControl() {
        for (String council : ENGLISH) {
            List<SyntheticPoliticalControl.Record> history = SyntheticPoliticalControl.history(council, null, 7, TODAY);
            assertThat(history).isNotEmpty();
            for (int i = 0; i < history.size(); i++) {
                assertThat(history.get(i).effectiveFrom()).isBeforeOrEqualTo(TODAY);
                if (i > 0) {
                    assertThat(history.get(i).effectiveFrom()).isAfter(history.get(i - 1).effectiveFrom());
                    assertThat(history.get(i).control()).isNotEqualTo(history.get(i - 1).control());
                }
            }
        }
    }

    @Test
    void aFewCouncilsChangedControlWithinTheLastYear() {
        long recent = ENGLISH.stream().filter(c -> SyntheticPoliticalControl.history(c, null, 7, TODAY).stream()
                .anyMatch(r -> r.effectiveFrom().isAfter(TODAY.minusYears(1)))).count();
        assertThat(recent).isBetween(10L, 60L);
    }

    @Test
    void aCouncilsFirstRecordIsNotBeforeItExisted() {
        LocalDate start = LocalDate.parse("2023-04-01");
        assertThat(SyntheticPoliticalControl.history("E06000065", start, 7, TODAY).get(0).effectiveFrom())
                .isAfterOrEqualTo(start);
    }
}
