package uk.gov.lga.platform.peerchallenge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.peerchallenge.domain.organisations.FireAuthorityKind;
import uk.gov.lga.platform.peerchallenge.domain.organisations.NewFireAuthority;

import static uk.gov.lga.platform.peerchallenge.api.SchemaBounds.*;

/** A fire and rescue authority to register as a member of the offer. */
@Schema(name = "FireAuthorityRequest", description = "A fire and rescue authority to register as a member of the offer.")
public record FireAuthorityRequest(
        @Schema(required = true, description = "Its ONS code: E31 and six digits.", pattern = "^E31\\d{6}$",
                maxLength = GSS_LENGTH, examples = "E31000040")
        @NotNull @Pattern(regexp = "E31\\d{6}", message = "must be an ONS fire and rescue authority code such as E31000040")
        String code,
        @Schema(required = true, maxLength = 200, pattern = NOT_BLANK, examples = "West Yorkshire Fire and Rescue Authority")
        @NotBlank @Size(max = 200) String name,
        @Schema(required = true, examples = "METROPOLITAN") @NotNull FireAuthorityKind kind,
        @Schema(description = "The English region it serves.", maxLength = 60, examples = "Yorkshire and The Humber")
        @Size(max = 60) String region) {

    NewFireAuthority toNew() {
        return new NewFireAuthority(code, name.strip(), kind, region == null || region.isBlank() ? null : region.strip());
    }
}
