package uk.gov.lga.platform.events;

/** An event payload: knows its type name and its subject (the council it is about). */
public interface PlatformEvent {

    String eventType();

    String subject();
}
