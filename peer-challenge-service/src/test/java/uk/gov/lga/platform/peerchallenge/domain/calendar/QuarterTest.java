package uk.gov.lga.platform.peerchallenge.domain.calendar;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.testsupport.GeneratedStrings;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuarterTest {

    @Test
    void aQuarterIsReadAsWrittenAndCoversItsThreeMonths() {
        Quarter q = Quarter.parse("2026-Q3", "quarter");

        assertThat(q.startsOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q.endsOn()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(q).hasToString("2026-Q3");
    }

    @Test
    void theFourthQuarterEndsOnNewYearsEveAndIsFollowedByTheNextYearsFirst() {
        Quarter q = Quarter.parse("2026-Q4", "quarter");

        assertThat(q.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q.next()).isEqualTo(new Quarter(2027, 1));
    }

    @Test
    void aDayFallsInTheQuarterOfItsMonth() {
        assertThat(Quarter.containing(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.containing(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 2));
    }

    @Test
    void aCycleHoldsTheTwelveQuartersFromAprilToMarch() {
        ChallengeCycle cycle = ChallengeCycle.containing(LocalDate.of(2027, 1, 1));

        assertThat(Quarter.of(cycle)).hasSize(12).first().hasToString("2026-Q2");
        assertThat(Quarter.of(cycle)).last().hasToString("2029-Q1");
        assertThat(Quarter.parse("2029-Q1", "quarter").cycle()).isEqualTo(cycle);
        assertThat(Quarter.parse("2029-Q2", "quarter").cycle()).isNotEqualTo(cycle);
    }

    @Test
    void quartersAreOrderedByYearThenNumber() {
        assertThat(new Quarter(2026, 4)).isLessThan(new Quarter(2027, 1));
        assertThat(new Quarter(2027, 2)).isGreaterThan(new Quarter(2027, 1));
    }

    @Test
    void aQuarterIsOverOnlyAfterItsLastDay() {
        Quarter q = new Quarter(2026, 2);

        assertThat(q.endedBefore(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(q.endedBefore(LocalDate.of(2026, 7, 1))).isTrue();
    }

    @Test
    void quartersBeforeTheOfferOrAfter2099AreRefusedNamingTheField() {
        for (String text : new String[]{"2011-Q1", "1999-Q4", "2100-Q1"}) {
            assertThatThrownBy(() -> Quarter.parse(text, "quarter"))
                    .isInstanceOfSatisfying(ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.errors()).singleElement().satisfies(e -> assertThat(e.field()).isEqualTo("quarter"));
                    });
        }
        assertThat(Quarter.parse("2011-Q2", "quarter")).isEqualTo(Quarter.FIRST);
    }

    @Test
    void generatedTextIsAQuarterOnlyWhenItIsExactlyYearDashQDigit() {
        GeneratedStrings generated = new GeneratedStrings();
        for (int i = 0; i < GeneratedStrings.CASES; i++) {
            String input = generated.variantOf("2026-Q3", "0123456789-Q");
            boolean wellFormed = input.matches("[0-9]{4}-Q[1-4]");
            try {
                Quarter q = Quarter.parse(input, "after");
                assertThat(wellFormed).as(generated.describe(input)).isTrue();
                assertThat(q.toString()).as(generated.describe(input)).isEqualTo(input);
            } catch (ProblemException e) {
                assertThat(e.errors()).as(generated.describe(input)).singleElement()
                        .satisfies(err -> assertThat(err.field()).isEqualTo("after"));
            }
        }
    }
}
