package uk.gov.lga.platform.peerchallenge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.time.LocalDate;
import java.util.List;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A member of the offer: a council from LG Inform's register, or a fire and rescue authority. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Organisation", description = "A member of the improvement offer: a council (copied from LG Inform's "
        + "register) or a fire and rescue authority (registered here). Both host challenges and hold entitlements.")
public record OrganisationView(
        @Schema(required = true, description = "GSS code of a council, ONS code (E31...) of a fire and rescue authority.",
                pattern = GSS, maxLength = GSS_LENGTH, examples = "E08000035") String code,
        @Schema(required = true, examples = "COUNCIL") OrganisationKind kind,
        @Schema(required = true, maxLength = NAME, pattern = NOT_BLANK, examples = "Leeds") String name,
        @Schema(maxLength = 40, pattern = NOT_BLANK, examples = "England") String nation,
        @Schema(maxLength = 60, pattern = NOT_BLANK, examples = "Yorkshire and The Humber") String region,
        @Schema(description = "A council's type: NMD, UA, MD, LBO, CTY, CC, SCO, WPA, NID.", pattern = "^[A-Z]{2,3}$",
                maxLength = 3, examples = "MD") String councilType,
        @Schema(maxLength = 20, pattern = "^[a-z]+(-[a-z]+)*$", examples = "unitary") String tier,
        @Schema(description = "A two-tier district's county.", pattern = GSS, maxLength = GSS_LENGTH, examples = "E10000016")
        String countyCode,
        @Schema(description = "How a fire and rescue authority is governed.", pattern = CONSTANT, maxLength = CONSTANT_LENGTH,
                examples = "COMBINED_FIRE_AUTHORITY")
        String fireAuthorityKind,
        @Schema(description = "The first day of its life, where known.", examples = "1974-04-01") LocalDate validFrom,
        @Schema(description = "The last day of its life; absent while it exists.", examples = "2023-03-31") LocalDate validTo,
        @Schema(required = true, description = "Codes of the councils it replaced.", maxItems = 100)
        List<@Size(max = GSS_LENGTH) @Pattern(regexp = GSS) String> predecessors,
        @Schema(required = true, description = "Codes of the councils that replaced it.", maxItems = 100)
        List<@Size(max = GSS_LENGTH) @Pattern(regexp = GSS) String> successors,
        @Schema(description = "A council's political control as LG Inform last recorded it; absent until it does.")
        PoliticalControl politicalControl) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OrganisationPoliticalControl")
    public record PoliticalControl(
            @Schema(required = true, description = "The controlling party, or NO_OVERALL_CONTROL.", maxLength = 60,
                    pattern = NOT_BLANK, examples = "Labour") String control,
            @Schema(description = "The party of the council's leader.", maxLength = 60, pattern = NOT_BLANK,
                    examples = "Labour") String leaderParty,
            @Schema(required = true, description = "The day it took effect.", examples = "2024-05-10") LocalDate since,
            @Schema(required = true, description = "True for the demo data's made-up records.", examples = "false") boolean synthetic) {
    }

    static OrganisationView of(Organisation o) {
        return new OrganisationView(o.code, o.kind, o.name, o.nation, o.region, o.councilType, o.tier, o.countyCode,
                o.fireAuthorityKind, o.validFrom, o.validTo, List.copyOf(o.predecessors), List.copyOf(o.successors),
                o.politicalControl == null ? null
                        : new PoliticalControl(o.politicalControl, o.leaderParty, o.controlSince, o.controlSynthetic));
    }
}
