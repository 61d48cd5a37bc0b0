package uk.gov.lga.platform.events;

import java.time.LocalDate;

/**
 * The political control of a council changed, as recorded in LG Inform. Peer challenge grants member peer
 * support from it. Published on {@link Topics#LGINFORM_COUNCILS}, keyed by council.
 *
 * @param control         the controlling party, or {@code NO_OVERALL_CONTROL}
 * @param leaderParty     the party of the council's leader; null where not known
 * @param effectiveFrom   the day the control took effect
 * @param previousControl the control before, null for the first record of a council
 * @param synthetic       true for the demo data's made-up records
 */
public record PoliticalControlChanged(String councilCode, String control, String leaderParty, LocalDate effectiveFrom,
                                      String previousControl, boolean synthetic) implements PlatformEvent {

    public static final String TYPE = "PoliticalControlChanged";
    public static final String NO_OVERALL_CONTROL = "NO_OVERALL_CONTROL";

    /** A first record is not a change of control: it opens no entitlement. */
    public boolean isChange() {
        return previousControl != null && !previousControl.equals(control);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.LGINFORM_COUNCILS;
    }

    @Override
    public String subject() {
        return councilCode;
    }
}
