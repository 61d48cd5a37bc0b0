package uk.gov.lga.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every event travels in. {@code subject} is the council's GSS code and is also
 * the Kafka record key, so one council's events stay in order on one partition.
 */
public record EventEnvelope(UUID eventId, String type, Instant occurredAt, String source, String subject,
                            JsonNode data) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    /** Wraps a typed event in a new envelope with a fresh id. */
    public static EventEnvelope wrap(PlatformEvent event, String source, Instant occurredAt) {
        return new EventEnvelope(UUID.randomUUID(), event.eventType(), occurredAt, source, event.subject(),
                EventJson.mapper().valueToTree(event));
    }

    /** A new envelope as its JSON text, with what the outbox needs to route it. */
    public record Written(UUID eventId, String type, String subject, String json) {
    }

    /**
     * Writes a typed event straight into envelope JSON, the same text {@code wrap(...).toJson()} gives,
     * without building the JSON tree first (a national dataset's events carry tens of thousands of values).
     */
    public static Written write(PlatformEvent event, String source, Instant occurredAt) {
        Outgoing outgoing = new Outgoing(UUID.randomUUID(), event.eventType(), occurredAt, source, event.subject(), event);
        return new Written(outgoing.eventId(), outgoing.type(), outgoing.subject(), EventJson.write(outgoing));
    }

    /** The envelope's wire shape with the event as it is; property names and order match the record above. */
    private record Outgoing(UUID eventId, String type, Instant occurredAt, String source, String subject,
                            PlatformEvent data) {
    }

    /** An envelope read with its payload already typed. */
    public record Typed<T extends PlatformEvent>(UUID eventId, String type, Instant occurredAt, String source,
                                                 String subject, T data) {

        public Typed {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(data, "data");
        }
    }

    /**
     * Reads envelope JSON whose payload is a {@code type} in one pass, without the JSON tree {@link #fromJson}
     * builds first: for consumers of a topic that carries one event type. Check {@link Typed#type()} before
     * trusting the payload.
     */
    public static <T extends PlatformEvent> Typed<T> readAs(String json, Class<T> type) {
        com.fasterxml.jackson.databind.JavaType typed = EventJson.mapper().getTypeFactory()
                .constructParametricType(Typed.class, type);
        try {
            return EventJson.mapper().readValue(json, typed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + type.getSimpleName() + " event: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the payload as the record its type names. */
    public <T extends PlatformEvent> T dataAs(Class<T> type) {
        try {
            return EventJson.mapper().treeToValue(data, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("event " + eventId + " has data that is not a " + type.getSimpleName(), e);
        }
    }

    public String toJson() {
        return EventJson.write(this);
    }

    public static EventEnvelope fromJson(String json) {
        return EventJson.read(json, EventEnvelope.class);
    }

    static ObjectMapper mapper() {
        return EventJson.mapper();
    }
}
