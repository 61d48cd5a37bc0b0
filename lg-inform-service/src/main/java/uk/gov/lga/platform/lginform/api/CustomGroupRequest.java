package uk.gov.lga.platform.lginform.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroups;

import java.util.List;

/** A custom comparison group to create: its name, its member councils and the other benchmarking clubs that may use it. */
public record CustomGroupRequest(
        @NotBlank @Size(max = 120) String name,
        @NotEmpty @Size(max = 400) List<@NotNull @Pattern(regexp = CouncilResource.GSS_CODE, message = "must be a GSS code") String> members,
        @Size(max = 50) List<@NotNull @Pattern(regexp = CLIENT_ID, message = "must be a client id") String> clubs) {

    static final String CLIENT_ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    CustomGroups.NewGroup toNewGroup() {
        return new CustomGroups.NewGroup(name, members, clubs);
    }
}
