package uk.gov.lga.platform.peerchallenge.domain.teams;

/**
 * The hard rules every peer on a team meets, checked for each candidate ({@link MatchingRules}). A candidate who
 * breaks any of them is not proposed; a proposal counts, for each rule, the candidates it excluded.
 */
public enum MatchingRule {
    NOT_FROM_A_HOST("Not from an organisation hosting the challenge."),
    NOT_FROM_THE_HOSTS_AREA("Not from a host's county, nor from a district of that county (a county host's own districts included)."),
    NO_RECENT_CHALLENGE_WITH_A_HOST("Not from an organisation that a host challenged, or that challenged a host, in the conflict "
            + "period (5 years by default) before the first visit day: one hosting, the other providing an accepted team member."),
    ACCREDITED_ON_EVERY_VISIT_DAY("Inducted before the first visit day and accredited until the last."),
    AVAILABLE_ON_EVERY_VISIT_DAY("No unavailable dates on any visit day."),
    FREE_OF_OTHER_TEAMS_ON_VISIT_DAYS("Not invited to, or on, another challenge's team on any visit day."),
    WITHIN_YEARLY_DAY_CAP("Days committed in the financial year of the first visit day, with this challenge's, within the yearly cap."),
    NOT_ALREADY_IN_THE_TEAM("Not already invited to, or on, this challenge's team."),
    HAS_NOT_DECLINED("Has not declined an invitation to this challenge."),
    FITS_THE_SEAT("Can take the seat being replaced: a member peer for the lead's, a chief-executive peer for the chief "
            + "executive's, anyone else for the others.");

    private final String description;

    MatchingRule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
