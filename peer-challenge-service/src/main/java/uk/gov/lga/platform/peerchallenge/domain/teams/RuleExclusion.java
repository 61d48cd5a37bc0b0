package uk.gov.lga.platform.peerchallenge.domain.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How many candidates one hard rule excluded from a proposal. */
@Embeddable
public class RuleExclusion {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MatchingRule rule;

    @Column(nullable = false)
    public int excluded;

    public RuleExclusion() {
    }

    RuleExclusion(MatchingRule rule, int excluded) {
        this.rule = rule;
        this.excluded = excluded;
    }
}
