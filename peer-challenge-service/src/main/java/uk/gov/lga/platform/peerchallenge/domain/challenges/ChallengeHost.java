package uk.gov.lga.platform.peerchallenge.domain.challenges;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One host of a challenge; exactly one is the lead, whose code keys the challenge's events. */
@Embeddable
public class ChallengeHost {

    @Column(name = "organisation_code", nullable = false)
    public String organisationCode;

    @Column(nullable = false)
    public boolean lead;

    public ChallengeHost() {
    }

    public ChallengeHost(String organisationCode, boolean lead) {
        this.organisationCode = organisationCode;
        this.lead = lead;
    }
}
