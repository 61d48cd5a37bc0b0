package uk.gov.lga.platform.peerchallenge.domain.teams;

/**
 * The preferences a proposal scores, each a whole number of points per seat ({@link TeamScore}); the best team is
 * the one chosen seat by seat with the most points, ties going to the lower peer id.
 */
public enum ScorePart {
    /** 20 when the lead member peer belongs to a host's controlling party. */
    LEAD_MEMBER_OF_CONTROLLING_PARTY,
    /** 10 for the member peer who makes the team cross-party (the team's member peers were all of one other group). */
    CROSS_PARTY,
    /** 6 for each of the hosts' focus areas (and a subject-specific challenge's topic), 4 for each of the kind's elements, newly covered. */
    EXPERTISE,
    /** 5 when the peer's home organisation is outside every host's region (or they have none). */
    OUTSIDE_HOST_REGION,
    /** 10 less one for every two days given in the recent period (24 months by default), never below 0. */
    SHARES_THE_LOAD,
    /** The average rating mapped from 1..5 to 0..10; 5 (an average of 3) for a peer without feedback. */
    FEEDBACK
}
