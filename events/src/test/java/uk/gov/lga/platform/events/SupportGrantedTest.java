package uk.gov.lga.platform.events;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SupportGrantedTest {

    private static final Instant AT = Instant.parse("2026-05-09T08:00:00Z");

    private final SupportGranted memberSupport = new SupportGranted("E08000035", "MEMBER_PEER_SUPPORT", 5, null,
            LocalDate.parse("2026-05-08"), LocalDate.parse("2027-05-08"),
            "Political control changed from Labour to NO_OVERALL_CONTROL on 2026-05-08.",
            SupportGranted.POLITICAL_CONTROL_CHANGED, "0b6f7c1e-8d3a-4a53-9d0e-2f1f7c9a6b10");

    @Test
    void supportGrantedTravelsOnThePeerChallengeTopicKeyedByTheOrganisation() {
        assertThat(memberSupport.topic()).isEqualTo(Topics.PEERCHALLENGE_EVENTS);
        assertThat(memberSupport.subject()).isEqualTo("E08000035");
        assertThat(memberSupport.eventType()).isEqualTo("SupportGranted");
    }

    @Test
    void supportGrantedSurvivesARoundTripWithDatesAsIsoText() {
        String json = EventEnvelope.wrap(memberSupport, "peer-challenge-service", AT).toJson();

        assertThat(json).contains("\"expiresOn\":\"2027-05-08\"").contains("\"type\":\"SupportGranted\"")
                .doesNotContain("topic");
        assertThat(EventEnvelope.fromJson(json).dataAs(SupportGranted.class)).isEqualTo(memberSupport);
    }

    @Test
    void aGrantThatDoesNotExpireTravelsWithANullExpiry() {
        SupportGranted scrutiny = new SupportGranted("E06000014", "SCRUTINY_SUPPORT", 6, null,
                LocalDate.parse("2026-07-01"), null, "Member challenge of performance found weak.",
                SupportGranted.PEER_CHALLENGE_FINDING, "42");

        String json = EventEnvelope.wrap(scrutiny, "peer-challenge-service", AT).toJson();

        assertThat(EventEnvelope.fromJson(json).dataAs(SupportGranted.class)).isEqualTo(scrutiny);
    }
}
