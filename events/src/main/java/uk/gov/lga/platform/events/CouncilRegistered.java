package uk.gov.lga.platform.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A council as LG Inform's register knows it, published whenever it is registered or changes, so other
 * services keep their own copy of which councils exist when. Published on {@link Topics#LGINFORM_COUNCILS},
 * keyed by council; the latest event of a council replaces what a consumer knew of it.
 *
 * @param gssCode      the council's GSS code
 * @param code         its mySociety three-letter code
 * @param type         NMD, UA, MD, LBO, CTY, CC, SCO, WPA, NID
 * @param tier         lower tier, upper tier, unitary, ni district
 * @param countyCode   for a two-tier district, the GSS code of its county; else null
 * @param validFrom    the first day of the council's life, where known; null = before the register's records
 * @param validTo      the last day of its life; null while it exists
 * @param predecessors GSS codes of the councils it replaced
 * @param successors   GSS codes of the councils that replaced it
 */
public record CouncilRegistered(String gssCode, String code, String name, String officialName, String nation,
                                String region, String type, String tier, String countyCode, LocalDate validFrom,
                                LocalDate validTo, List<String> predecessors, List<String> successors)
        implements PlatformEvent {

    public static final String TYPE = "CouncilRegistered";

    public CouncilRegistered {
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** The council existed on that day. */
    public boolean existedOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
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
        return gssCode;
    }
}
