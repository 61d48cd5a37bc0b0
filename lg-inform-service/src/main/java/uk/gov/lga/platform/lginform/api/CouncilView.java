package uk.gov.lga.platform.lginform.api;

import uk.gov.lga.platform.lginform.domain.councils.Council;

import java.math.BigDecimal;

/** A council as the register publishes it. */
public record CouncilView(String gssCode, String code, String name, String officialName, String nation, String region,
                          String type, String typeName, String tier, String countyCode, String combinedAuthority,
                          Integer population, BigDecimal areaKm2, Double latitude, Double longitude) {

    static CouncilView of(Council c) {
        return new CouncilView(c.gssCode, c.code, c.name, c.officialName, c.nation, c.region, c.type, c.typeName,
                c.tier, c.countyCode, c.combinedAuthority, c.population, c.areaKm2, c.latitude, c.longitude);
    }
}
