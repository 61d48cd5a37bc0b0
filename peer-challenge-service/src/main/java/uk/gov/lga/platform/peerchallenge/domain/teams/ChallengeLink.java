package uk.gov.lga.platform.peerchallenge.domain.teams;

import java.time.LocalDate;

/**
 * A challenge between a host and another organisation: either {@code organisation} hosted it and a team member came
 * from {@code host}, or {@code host} hosted it and a team member came from {@code organisation}.
 */
public record ChallengeLink(String organisation, String host, long challengeId, LocalDate startsOn,
                            boolean organisationHosted) {

    public String describe() {
        return organisationHosted
                ? "hosted challenge " + challengeId + " (from " + startsOn + ") with a team member from host " + host
                : "gave a team member to challenge " + challengeId + " (from " + startsOn + ") of host " + host;
    }
}
