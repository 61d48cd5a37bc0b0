package uk.gov.lga.platform.peerchallenge.domain.organisations;

/** Members of the offer: councils (from LG Inform's register) and fire and rescue authorities (registered here). */
public enum OrganisationKind {
    COUNCIL,
    FIRE_AND_RESCUE
}
