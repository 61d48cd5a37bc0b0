package uk.gov.lga.platform.peerchallenge.domain.calendar;

import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;

import java.util.List;

/** The calendar of one three-year cycle: its twelve quarters in order. */
public record CalendarCycle(ChallengeCycle cycle, List<QuarterSummary> quarters) {
}
