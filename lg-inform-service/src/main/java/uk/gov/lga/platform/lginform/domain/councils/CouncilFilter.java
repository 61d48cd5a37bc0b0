package uk.gov.lga.platform.lginform.domain.councils;

/** Which councils a reader lists: each filter is optional (null), and matched without regard to case. */
public record CouncilFilter(String nation, String region, String type) {
}
