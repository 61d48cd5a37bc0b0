package uk.gov.lga.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The events of a peer challenge's life: on the peer challenge topic, keyed by the lead host, as their schemas say. */
class ChallengeEventsTest {

    private static final Instant AT = Instant.parse("2026-07-01T09:00:00Z");
    private static final String KENT = "E10000016";
    private static final List<String> HOSTS = List.of(KENT, "E07000105", "E07000106");

    private final ChallengeBooked booked = new ChallengeBooked(41, 7, KENT, HOSTS, "CORPORATE", "COUNTY_WITH_DISTRICTS",
            null, "2026-Q4", LocalDate.parse("2026-10-01"));
    private final ChallengeScheduled scheduled = new ChallengeScheduled(41, KENT, HOSTS,
            List.of(new ChallengeScheduled.Visit(1, LocalDate.parse("2026-10-05"), LocalDate.parse("2026-10-06")),
                    new ChallengeScheduled.Visit(2, LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-04"))),
            LocalDate.parse("2026-10-05"), LocalDate.parse("2026-11-04"), LocalDate.parse("2027-02-04"),
            LocalDate.parse("2027-04-04"), LocalDate.parse("2027-09-04"));
    private final ChallengeCompleted completed = new ChallengeCompleted(41, KENT, HOSTS, "CORPORATE", null,
            LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-04"), true,
            List.of(new ChallengeCompleted.ElementSummary("GOVERNANCE_AND_CULTURE", 2, 3, 1)));
    private final ReportPublished report = new ReportPublished(41, KENT, HOSTS, "CORPORATE", null,
            "Corporate peer challenge: Kent and its districts", "A council that knows itself well.",
            "https://www.local.gov.uk/reports/kent-2026.pdf", LocalDate.parse("2027-01-20"),
            LocalDate.parse("2026-11-04"), LocalDate.parse("2027-02-04"), true, List.of("GOVERNANCE_AND_CULTURE"));
    private final ActionPlanPublished actionPlan = new ActionPlanPublished(41, KENT, HOSTS, LocalDate.parse("2027-04-10"),
            6, 4, null, LocalDate.parse("2027-04-04"), false);
    private final ProgressReviewed reviewed = new ProgressReviewed(41, KENT, HOSTS, LocalDate.parse("2027-09-01"),
            List.of(new ProgressReviewed.RecommendationStatus(1, "ACHIEVED"),
                    new ProgressReviewed.RecommendationStatus(2, "IN_PROGRESS")),
            LocalDate.parse("2027-09-04"), true);
    private final DeadlineMissed missed = new DeadlineMissed(41, KENT, HOSTS, "REPORT", LocalDate.parse("2027-02-04"),
            LocalDate.parse("2026-11-04"), "FEEDBACK_GIVEN");

    private List<PlatformEvent> all() {
        return List.of(booked, scheduled, completed, report, actionPlan, reviewed, missed);
    }

    @Test
    void everyChallengeEventTravelsOnThePeerChallengeTopicKeyedByTheLeadHost() {
        for (PlatformEvent event : all()) {
            assertThat(event.topic()).as(event.eventType()).isEqualTo(Topics.PEERCHALLENGE_EVENTS);
            assertThat(event.subject()).as(event.eventType()).isEqualTo(KENT);
        }
    }

    @Test
    void everyChallengeEventSurvivesARoundTripInItsEnvelope() {
        for (PlatformEvent event : all()) {
            String json = EventEnvelope.wrap(event, "peer-challenge-service", AT).toJson();

            EventEnvelope read = EventEnvelope.fromJson(json);
            assertThat(read.type()).isEqualTo(event.eventType());
            assertThat(read.dataAs(event.getClass())).isEqualTo(event);
            assertThat(json).doesNotContain("\"topic\"").doesNotContain("eventType");
        }
    }

    @Test
    void datesTravelAsIsoText() {
        String json = EventEnvelope.wrap(scheduled, "peer-challenge-service", AT).toJson();

        assertThat(json).contains("\"lastOnSiteDay\":\"2026-11-04\"").contains("\"startsOn\":\"2026-10-05\"");
    }

    @Test
    void everyChallengeEventCarriesWhatItsSchemaRequiresAndNothingItDoesNotName() throws IOException {
        for (PlatformEvent event : all()) {
            JsonNode schema = schemaOf(event.eventType());
            JsonNode data = EventJson.mapper().valueToTree(event);

            assertThat(schema.path("title").asText()).isEqualTo(event.eventType());
            for (JsonNode required : schema.path("required")) {
                assertThat(data.has(required.asText())).as(event.eventType() + " carries " + required.asText()).isTrue();
            }
            List<String> named = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(named::add);
            List<String> sent = new ArrayList<>();
            data.fieldNames().forEachRemaining(sent::add);
            assertThat(named).as(event.eventType() + "'s schema names every field").containsAll(sent);
        }
    }

    @Test
    void aChallengeEventWithoutHostsReadsAsAnEmptyList() {
        ChallengeBooked withoutHosts = new ChallengeBooked(1, 1, KENT, null, "CORPORATE", "SINGLE", null, "2026-Q4",
                LocalDate.parse("2026-10-01"));

        assertThat(withoutHosts.hosts()).isEmpty();
    }

    private static JsonNode schemaOf(String type) throws IOException {
        String file = Stream.of(type.split("(?=[A-Z])")).map(String::toLowerCase)
                .reduce((a, b) -> a + "-" + b).orElseThrow() + ".schema.json";
        try (InputStream in = ChallengeEventsTest.class.getResourceAsStream("/schemas/" + file)) {
            assertThat(in).as(file).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
