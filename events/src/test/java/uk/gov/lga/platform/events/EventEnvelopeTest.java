package uk.gov.lga.platform.events;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeTest {

    private static final Instant AT = Instant.parse("2026-04-01T09:00:00Z");

    private final DataReturnPublished leedsReturn = new DataReturnPublished("E08000035", 7L, "COUNCIL",
            "officer.leeds", AT, AT, List.of(new DataReturnPublished.Value("usable-reserves", "2024/25", new BigDecimal("12.5"), 2, "FINAL")));

    @Test
    void wrapTakesTypeAndSubjectFromTheEvent() {
        EventEnvelope envelope = EventEnvelope.wrap(leedsReturn, "lg-inform-service", AT);

        assertThat(envelope.type()).isEqualTo("DataReturnPublished");
        assertThat(envelope.subject()).isEqualTo("E08000035");
        assertThat(envelope.source()).isEqualTo("lg-inform-service");
        assertThat(envelope.eventId()).isNotNull();
    }

    @Test
    void envelopeSurvivesAJsonRoundTripWithItsTypedPayload() {
        EventEnvelope envelope = EventEnvelope.wrap(leedsReturn, "lg-inform-service", AT);

        EventEnvelope read = EventEnvelope.fromJson(envelope.toJson());

        assertThat(read.eventId()).isEqualTo(envelope.eventId());
        assertThat(read.occurredAt()).isEqualTo(AT);
        assertThat(read.dataAs(DataReturnPublished.class)).isEqualTo(leedsReturn);
    }

    @Test
    void envelopeJsonCarriesTheInstantAsIsoText() {
        String json = EventEnvelope.wrap(leedsReturn, "lg-inform-service", AT).toJson();

        assertThat(json).contains("\"occurredAt\":\"2026-04-01T09:00:00Z\"").doesNotContain("eventType");
    }

    @Test
    void contextualDataChangeIsKeyedByTheCouncilWhoseInputChanged() {
        ContextualDataChanged changed = new ContextualDataChanged("E07000026", "lower tier",
                List.of(new ContextualDataChanged.Input("population-density", "2024", new BigDecimal("63.2"))));

        EventEnvelope read = EventEnvelope.fromJson(EventEnvelope.wrap(changed, "lg-inform-service", AT).toJson());

        assertThat(read.type()).isEqualTo("ContextualDataChanged");
        assertThat(read.subject()).isEqualTo("E07000026");
        assertThat(read.dataAs(ContextualDataChanged.class)).isEqualTo(changed);
    }

    @Test
    void writtenEnvelopeIsTheSameJsonAsAWrappedOne() {
        EventEnvelope.Written written = EventEnvelope.write(leedsReturn, "lg-inform-service", AT);
        EventEnvelope wrapped = new EventEnvelope(written.eventId(), "DataReturnPublished", AT, "lg-inform-service",
                "E08000035", EventJson.mapper().valueToTree(leedsReturn));

        assertThat(written.json()).isEqualTo(wrapped.toJson());
        assertThat(written.type()).isEqualTo("DataReturnPublished");
        assertThat(written.subject()).isEqualTo("E08000035");
    }

    @Test
    void writtenEnvelopeReadsBackWithItsTypedPayload() {
        EventEnvelope read = EventEnvelope.fromJson(EventEnvelope.write(leedsReturn, "lg-inform-service", AT).json());

        assertThat(read.dataAs(DataReturnPublished.class)).isEqualTo(leedsReturn);
        assertThat(read.source()).isEqualTo("lg-inform-service");
    }

    @Test
    void typedReadGivesThePayloadAsItsRecord() {
        EventEnvelope.Written written = EventEnvelope.write(leedsReturn, "lg-inform-service", AT);

        EventEnvelope.Typed<DataReturnPublished> read = EventEnvelope.readAs(written.json(), DataReturnPublished.class);

        assertThat(read.eventId()).isEqualTo(written.eventId());
        assertThat(read.type()).isEqualTo("DataReturnPublished");
        assertThat(read.occurredAt()).isEqualTo(AT);
        assertThat(read.data()).isEqualTo(leedsReturn);
    }

    @Test
    void typedReadOfTextThatIsNoEventIsRejected() {
        assertThatThrownBy(() -> EventEnvelope.readAs("{\"type\":\"DataReturnPublished\"}", DataReturnPublished.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventEnvelope.readAs("not json", DataReturnPublished.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typeAndSubjectTravelInTheEnvelopeNotInThePayload() {
        String payload = EventJson.write(new ContextualDataChanged("E07000026", "lower tier", List.of()));

        assertThat(payload).doesNotContain("eventType").doesNotContain("subject").contains("\"councilCode\":\"E07000026\"");
    }

    @Test
    void envelopeWithoutSubjectIsRejected() {
        assertThatThrownBy(() -> EventEnvelope.fromJson("{\"eventId\":\"" + java.util.UUID.randomUUID()
                + "\",\"type\":\"X\",\"occurredAt\":\"2026-04-01T09:00:00Z\",\"source\":\"s\",\"data\":{}}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
