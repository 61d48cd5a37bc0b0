package uk.gov.lga.platform.peerchallenge.domain.challenges;

/** Who hosts a challenge together, as the papers describe them; the team's size follows the shape. */
public enum ChallengeShape {
    /** One council or authority. */
    SINGLE,
    /** Two councils sharing a chief executive and management team. */
    SHARED_MANAGEMENT,
    /** A county council in parallel with the districts of its area. */
    COUNTY_WITH_DISTRICTS,
    /** Several councils of a sub-region. */
    SUB_REGIONAL,
    /** A council with its public-sector partners (health, police, fire). */
    WITH_PARTNERS
}
