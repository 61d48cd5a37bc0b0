package uk.gov.lga.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event payload: knows its type name, its subject (the council it is about) and the topic it travels
 * on. Type and subject travel in the envelope, not in the payload; the topic is the Kafka record's.
 * Jackson applies these annotations to every implementation.
 */
public interface PlatformEvent {

    @JsonIgnore
    String eventType();

    @JsonIgnore
    String subject();

    /** The topic of the publishing service ({@link Topics}). */
    @JsonIgnore
    String topic();
}
