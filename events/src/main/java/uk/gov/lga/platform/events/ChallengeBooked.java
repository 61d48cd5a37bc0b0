package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A council's booking of a quarter to host a peer challenge was confirmed, which opened the challenge at its first
 * stage (enquiry). Published by peer challenge on {@link Topics#PEERCHALLENGE_EVENTS}, keyed by the lead host.
 *
 * @param challengeId    the challenge the booking opened
 * @param bookingId      the booking
 * @param leadHost       the lead host's code (a council's GSS code or a fire and rescue authority's ONS code)
 * @param hosts          every host's code, the lead first
 * @param kind           CORPORATE, SUBJECT_SPECIFIC, FIRE_AND_RESCUE or CHILDRENS_SERVICES
 * @param shape          SINGLE, SHARED_MANAGEMENT, COUNTY_WITH_DISTRICTS, SUB_REGIONAL or WITH_PARTNERS
 * @param topic          the catalogue topic of a subject-specific challenge; null for the other kinds
 * @param quarter        the booked quarter, such as 2026-Q3 (July to September 2026)
 * @param quarterStartsOn the quarter's first day
 */
public record ChallengeBooked(long challengeId, long bookingId, String leadHost, List<String> hosts, String kind,
                              String shape, String topic, String quarter, LocalDate quarterStartsOn)
        implements PlatformEvent {

    public static final String TYPE = "ChallengeBooked";

    public ChallengeBooked {
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

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
        return leadHost;
    }
}
