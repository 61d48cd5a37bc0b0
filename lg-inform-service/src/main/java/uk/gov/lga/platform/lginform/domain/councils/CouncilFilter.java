package uk.gov.lga.platform.lginform.domain.councils;

import java.time.LocalDate;

/**
 * Which councils a reader lists: each filter is optional (null), and matched without regard to case; {@code at}
 * keeps those that existed on that day.
 */
public record CouncilFilter(String nation, String region, String type, LocalDate at) {
}
