package uk.gov.lga.platform.events;

import java.time.LocalDate;

/**
 * The improvement offer granted an organisation free support: member peer support days after a change of
 * political control, or scrutiny-support days after a peer challenge found member challenge of performance weak.
 * Published by peer challenge on {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the organisation (a council's GSS
 * code or a fire and rescue authority's ONS code).
 *
 * @param organisationCode the organisation granted the support
 * @param entitlement      {@code MEMBER_PEER_SUPPORT} or {@code SCRUTINY_SUPPORT}
 * @param days             free days granted; null when the grant is of places
 * @param places           places granted; null when the grant is of days
 * @param grantedOn        the day the grant counts from (the change of control, the finding)
 * @param expiresOn        the first day the grant can no longer be used; null when it does not expire
 * @param reason           why, in words
 * @param source           what caused it: {@link #POLITICAL_CONTROL_CHANGED} or {@link #PEER_CHALLENGE_FINDING}
 * @param sourceReference  the causing event's id, or the peer challenge's id
 */
public record SupportGranted(String organisationCode, String entitlement, Integer days, Integer places,
                             LocalDate grantedOn, LocalDate expiresOn, String reason, String source,
                             String sourceReference) implements PlatformEvent {

    public static final String TYPE = "SupportGranted";
    public static final String POLITICAL_CONTROL_CHANGED = "POLITICAL_CONTROL_CHANGED";
    public static final String PEER_CHALLENGE_FINDING = "PEER_CHALLENGE_FINDING";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.PEERCHALLENGE_EVENTS;
    }

    @Override
    public String subject() {
        return organisationCode;
    }
}
