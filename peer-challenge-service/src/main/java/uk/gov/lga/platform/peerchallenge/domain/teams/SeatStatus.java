package uk.gov.lga.platform.peerchallenge.domain.teams;

/** A team seat's invitation and the peer's answer. Invited and accepted seats are live: they hold the seat. */
public enum SeatStatus {
    INVITED,
    ACCEPTED,
    DECLINED;

    public boolean isLive() {
        return this != DECLINED;
    }
}
