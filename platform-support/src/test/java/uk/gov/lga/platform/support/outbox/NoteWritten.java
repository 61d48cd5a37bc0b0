package uk.gov.lga.platform.support.outbox;

import uk.gov.lga.platform.events.PlatformEvent;

/** A test event: about a council, on the topic the test names. */
record NoteWritten(String councilCode, String note, String onTopic) implements PlatformEvent {

    @Override
    public String eventType() {
        return "NoteWritten";
    }

    @Override
    public String subject() {
        return councilCode;
    }

    @Override
    public String topic() {
        return onTopic;
    }
}
