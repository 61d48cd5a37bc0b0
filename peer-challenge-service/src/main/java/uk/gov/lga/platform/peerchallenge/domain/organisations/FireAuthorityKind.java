package uk.gov.lga.platform.peerchallenge.domain.organisations;

/** How a fire and rescue authority in England is governed. */
public enum FireAuthorityKind {
    /** A combined fire authority of members from the councils of its area. */
    COMBINED_FIRE_AUTHORITY,
    /** A metropolitan county fire and rescue authority. */
    METROPOLITAN,
    /** A county council that is itself the fire and rescue authority. */
    COUNTY_COUNCIL,
    /** A police, fire and crime commissioner acting as the fire and rescue authority. */
    POLICE_FIRE_AND_CRIME_COMMISSIONER,
    /** A mayor (London Fire Commissioner, a combined authority's mayor). */
    MAYORAL
}
