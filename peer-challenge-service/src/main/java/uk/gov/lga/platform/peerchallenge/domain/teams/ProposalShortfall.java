package uk.gov.lga.platform.peerchallenge.domain.teams;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A team rule a proposal could not meet, stored with it. */
@Embeddable
public class ProposalShortfall {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRule rule;

    @Column(nullable = false)
    public String detail;

    public ProposalShortfall() {
    }

    ProposalShortfall(Shortfall shortfall) {
        this.rule = shortfall.rule();
        this.detail = shortfall.detail();
    }

    public Shortfall shortfall() {
        return new Shortfall(rule, detail);
    }
}
