package uk.gov.lga.platform.lginform.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.lginform.domain.groups.NewGroup;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;

import java.util.List;

/** A custom comparison group to create: its name, its member councils and the other benchmarking clubs that may use it. */
@Schema(description = "A custom comparison group to create.")
public record CustomGroupRequest(
        @Schema(description = "Its name, 1-120 characters, not blank.", required = true, pattern = "^[\\s\\S]*\\S[\\s\\S]*$", examples = "Core cities")
        @NotBlank @Size(max = 120) String name,
        @Schema(description = "Its councils' GSS codes, each once.", required = true, type = SchemaType.ARRAY,
                implementation = Formats.GssCodeItem.class)
        @NotEmpty @Size(max = 400) List<@NotNull @ValidGssCode String> members,
        @Schema(description = "Client ids of other benchmarking clubs that may use it.", type = SchemaType.ARRAY,
                implementation = Formats.ClientIdItem.class)
        @Size(max = 50) List<@NotNull @Pattern(regexp = CLIENT_ID, message = "must be a client id") String> clubs) {

    static final String CLIENT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    NewGroup toNewGroup() {
        return new NewGroup(name, members.stream().map(GssCode::of).toList(), clubs);
    }
}
