package uk.gov.lga.platform.peerchallenge.domain.challenges;

/**
 * What a challenge assesses and reports findings on. A corporate challenge always covers the first five,
 * today's model of corporate capacity and leadership; the others belong to the other kinds.
 */
public enum Element {
    LOCAL_PRIORITIES_AND_OUTCOMES,
    ORGANISATIONAL_AND_PLACE_LEADERSHIP,
    GOVERNANCE_AND_CULTURE,
    FINANCIAL_PLANNING_AND_MANAGEMENT,
    CAPACITY_FOR_IMPROVEMENT,
    /** A subject-specific challenge's one element: its topic from the catalogue. */
    TOPIC,
    LEADERSHIP,
    SERVICE_DELIVERY,
    PREVENTION_AND_PROTECTION,
    RESPONSE,
    PEOPLE,
    PRACTICE_AND_QUALITY,
    PARTNERSHIPS
}
