package uk.gov.lga.platform.peerchallenge.domain.calendar;

/** What a quarter holds: confirmed and waiting HOST bookings, and peer days offered by GIVE bookings. */
public record QuarterCounts(String quarter, int hostsConfirmed, int waiting, int peerDaysOffered) {

    public static QuarterCounts none(String quarter) {
        return new QuarterCounts(quarter, 0, 0, 0);
    }
}
