package uk.gov.lga.platform.peerchallenge.domain.peers;

/** Where an expert peer comes from. */
public enum ExpertSector {
    BUSINESS,
    VOLUNTARY_SECTOR,
    OTHER_PUBLIC_SECTOR,
    CIVIL_SERVICE
}
