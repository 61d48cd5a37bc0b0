package uk.gov.lga.platform.peerchallenge.domain.teams;

/** The rules a whole team meets; a proposal that cannot meet one of them has no team and says why. */
public enum TeamRule {
    LEAD_MEMBER_PEER("A corporate challenge's team is led by a member peer."),
    CHIEF_EXECUTIVE_PEER("A corporate challenge's team has a chief-executive peer."),
    TEAM_SIZE("The team has as many peers as the challenge's shape needs.");

    private final String description;

    TeamRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
