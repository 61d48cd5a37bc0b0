package uk.gov.lga.platform.peerchallenge.domain.challenges;

import java.util.List;

/**
 * The kinds of peer challenge in the offer. A corporate challenge is free once a cycle and always covers the
 * five elements; subject-specific ones (a topic from the catalogue) are charged at a minimum price; fire and
 * rescue and children's services challenges have their own elements.
 */
public enum ChallengeKind {
    CORPORATE(List.of(Element.LOCAL_PRIORITIES_AND_OUTCOMES, Element.ORGANISATIONAL_AND_PLACE_LEADERSHIP,
            Element.GOVERNANCE_AND_CULTURE, Element.FINANCIAL_PLANNING_AND_MANAGEMENT, Element.CAPACITY_FOR_IMPROVEMENT)),
    SUBJECT_SPECIFIC(List.of(Element.TOPIC)),
    FIRE_AND_RESCUE(List.of(Element.LEADERSHIP, Element.SERVICE_DELIVERY, Element.PREVENTION_AND_PROTECTION,
            Element.RESPONSE, Element.PEOPLE, Element.FINANCIAL_PLANNING_AND_MANAGEMENT)),
    CHILDRENS_SERVICES(List.of(Element.LEADERSHIP, Element.PRACTICE_AND_QUALITY, Element.PARTNERSHIPS,
            Element.GOVERNANCE_AND_CULTURE, Element.FINANCIAL_PLANNING_AND_MANAGEMENT));

    private final List<Element> elements;

    ChallengeKind(List<Element> elements) {
        this.elements = elements;
    }

    /** The elements every challenge of this kind assesses; the hosts' focus areas come on top. */
    public List<Element> elements() {
        return elements;
    }
}
