package uk.gov.lga.platform.events;

/** Kafka topic names, one per publishing service (DESIGN.md). */
public final class Topics {

    public static final String LGINFORM_RETURNS = "lginform.returns";
    public static final String LGINFORM_COUNCILS = "lginform.councils";
    public static final String PEERCHALLENGE_EVENTS = "peerchallenge.events";
    public static final String KNOWLEDGEHUB_ACTIVITY = "knowledgehub.activity";
    public static final String RADAR_ALERTS = "radar.alerts";

    private Topics() {
    }
}
