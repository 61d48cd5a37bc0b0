package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.RegisteredCouncil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A council as the register publishes it: today's or abolished, with its life and who it replaced or was replaced by. */
public record CouncilView(String gssCode, String code, String name, String officialName, String nation, String region,
                          String type, String typeName, String tier,
                          @Schema(description = "For a two-tier district, its county's three-letter code", examples = "NYK")
                          String countyCode,
                          @Schema(description = "For a two-tier district, its county's GSS code", examples = "E10000023")
                          String countyGssCode,
                          String combinedAuthority, Integer population, BigDecimal areaKm2, Double latitude,
                          Double longitude,
                          @Schema(description = "The first day of the council's life; null where the register does not "
                                  + "know it (only successors of abolished councils have one)", examples = "2023-04-01")
                          LocalDate validFrom,
                          @Schema(description = "The last day of its life; null while it exists", examples = "2023-03-31")
                          LocalDate validTo,
                          @Schema(description = "The councils it replaced") List<Link> predecessors,
                          @Schema(description = "The councils that replaced it") List<Link> successors) {

    /** Another council of the register; read it at /councils/{gssCode}. */
    public record Link(@Schema(examples = "E10000023") String gssCode, @Schema(examples = "North Yorkshire") String name) {
    }

    static CouncilView of(RegisteredCouncil r) {
        Council c = r.council();
        return new CouncilView(c.gssCode, c.code, c.name, c.officialName, c.nation, c.region, c.type, c.typeName,
                c.tier, c.countyCode, c.countyGssCode, c.combinedAuthority, c.population, c.areaKm2, c.latitude,
                c.longitude, c.validFrom, c.validTo, links(r.predecessors()), links(r.successors()));
    }

    private static List<Link> links(List<RegisteredCouncil.Link> links) {
        return links.stream().map(l -> new Link(l.gssCode(), l.name())).toList();
    }
}
