package uk.gov.lga.platform.lginform.domain.dashboards;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import uk.gov.lga.platform.lginform.domain.OnCreate;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;

import java.util.List;

/**
 * A dashboard as its officers write it. {@code councilCode} is required when creating and cannot
 * change later; {@code public} defaults to false (private) and {@code comparisonGroup} to all England.
 * Rules that need the register, catalogue or groups are checked by {@link DashboardService}.
 */
public record DashboardDefinition(
        @NotBlank @Size(max = 120) String name,
        @NotBlank(groups = OnCreate.class) @Size(max = 9) String councilCode,
        @NotEmpty @Size(max = DashboardDefinition.MAX_METRICS) List<@NotBlank @Size(max = 80) String> metrics,
        @JsonProperty("public") Boolean isPublic,
        @Size(max = 120) String comparisonGroup) {

    public static final int MAX_METRICS = 30;

    public boolean shownToEveryone() {
        return Boolean.TRUE.equals(isPublic);
    }

    public String groupOrDefault() {
        return comparisonGroup == null || comparisonGroup.isBlank() ? GroupId.ALL_ENGLAND_ID : comparisonGroup;
    }
}
