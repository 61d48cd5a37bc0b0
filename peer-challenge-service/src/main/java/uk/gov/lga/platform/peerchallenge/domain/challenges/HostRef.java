package uk.gov.lga.platform.peerchallenge.domain.challenges;

import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

/** A host as views show it: code, name, whether a council or a fire and rescue authority, and whether the lead. */
public record HostRef(String code, String name, OrganisationKind kind, boolean lead) {

    public boolean council() {
        return kind == OrganisationKind.COUNCIL;
    }
}
