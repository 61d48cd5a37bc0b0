package uk.gov.lga.platform.lginform.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.RegisteredCouncil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A council as the register publishes it: today's or abolished, with its life and who it replaced or was replaced by. */
@Schema(description = "A council as the register publishes it: today's or abolished, with its life and who it "
        + "replaced or was replaced by.")
public record CouncilView(@Schema(description = "The council's GSS code.", required = true, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E08000035") String gssCode,
                          @Schema(description = "The register's three-letter code.", required = true,
                                  pattern = "^[A-Z0-9]{3}$", maxLength = 3, examples = "LDS") String code,
                          @Schema(description = "The council's name.", required = true, maxLength = 120, examples = "Leeds") String name,
                          @Schema(description = "Its official name.", required = true, maxLength = 200, examples = "Leeds City Council") String officialName,
                          @Schema(description = "England, Scotland, Wales or Northern Ireland.", required = true,
                                  pattern = CouncilResource.NAME_FILTER, maxLength = 40, examples = "England") String nation,
                          @Schema(description = "Its region (the nation outside England).", required = true,
                                  pattern = CouncilResource.NAME_FILTER, maxLength = 60,
                                  examples = "Yorkshire and The Humber") String region,
                          @Schema(description = "Its type code: NMD, UA, MD, LBO, CTY, CC, SCO, WPA, NID.", required = true,
                                  pattern = Formats.SHORT_CODE, maxLength = 4, examples = "MD") String type,
                          @Schema(description = "Its type, in words.", required = true, maxLength = 60, examples = "Metropolitan district") String typeName,
                          @Schema(description = "Its tier: county, district, unitary, and so on.", required = true,
                                  pattern = "^[a-z][a-z ]{0,19}$", maxLength = 20, examples = "unitary") String tier,
                          @Schema(description = "For a two-tier district, its county's three-letter code", nullable = true,
                                  pattern = "^[A-Z0-9]{3}$", maxLength = 3, examples = "NYK")
                          String countyCode,
                          @Schema(description = "For a two-tier district, its county's GSS code", nullable = true, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E10000023")
                          String countyGssCode,
                          @Schema(description = "The combined authority it belongs to, by code; null when none.",
                                  nullable = true, pattern = "^[A-Za-z0-9]{1,10}$", maxLength = 10, examples = "WY")
                          String combinedAuthority,
                          @Schema(description = "Population (2020).", nullable = true, minimum = "0", maximum = Formats.MAX_INT,
                                  examples = "812000") Integer population,
                          @Schema(description = "Area in square kilometres.", nullable = true, examples = "551.7")
                          BigDecimal areaKm2,
                          @Schema(description = "Latitude of its centre.", nullable = true, examples = "53.8") Double latitude,
                          @Schema(description = "Longitude of its centre.", nullable = true, examples = "-1.55") Double longitude,
                          @Schema(description = "The first day of the council's life; null where the register does not "
                                  + "know it (only successors of abolished councils have one)", nullable = true,
                                  pattern = Formats.DATE, maxLength = 10, examples = "2023-04-01")
                          LocalDate validFrom,
                          @Schema(description = "The last day of its life; null while it exists", nullable = true, pattern = Formats.DATE, maxLength = 10,
                                  examples = "2023-03-31")
                          LocalDate validTo,
                          @Schema(description = "The councils it replaced", required = true, maxItems = MAX_LINKS)
                          List<Link> predecessors,
                          @Schema(description = "The councils that replaced it", required = true, maxItems = MAX_LINKS)
                          List<Link> successors) {

    /** More than any reorganisation has merged or split (a county and its seven districts at most so far). */
    static final int MAX_LINKS = 50;

    /** Another council of the register; read it at /councils/{gssCode}. */
    @Schema(name = "CouncilLink", description = "Another council of the register; read it at /councils/{gssCode}.")
    public record Link(@Schema(description = "Its GSS code.", required = true, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH, examples = "E10000023") String gssCode,
                       @Schema(description = "Its name.", required = true, maxLength = 120, examples = "North Yorkshire") String name) {
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
