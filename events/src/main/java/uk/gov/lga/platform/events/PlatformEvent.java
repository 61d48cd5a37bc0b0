package uk.gov.lga.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event payload: knows its type name and its subject (the council it is about). Both travel in the
 * envelope, not in the payload; Jackson applies these annotations to every implementation.
 */
public interface PlatformEvent {

    @JsonIgnore
    String eventType();

    @JsonIgnore
    String subject();
}
