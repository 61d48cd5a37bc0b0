package uk.gov.lga.platform.lginform.domain.dashboards;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.lginform.domain.OnCreate;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;

import java.util.List;

/**
 * A dashboard as its officers write it. {@code councilCode} is required when creating and cannot
 * change later; {@code public} defaults to false (private) and {@code comparisonGroup} to all England.
 * Rules that need the register, catalogue or groups are checked by {@link DashboardService}.
 */
public record DashboardDefinition(
        @Schema(description = "Its name: not blank.", pattern = "^[\\s\\S]*\\S[\\s\\S]*$", examples = "Finance at a glance")
        @NotBlank @Size(max = 120) String name,
        @Schema(description = "The council's GSS code: required when creating, cannot change.",
                pattern = "^" + GssCode.PATTERN + "$", examples = "E08000035")
        @NotBlank(groups = OnCreate.class) @Size(max = 9) String councilCode,
        @Schema(description = "Its metrics, in order; each once.", type = SchemaType.ARRAY, implementation = MetricIdText.class)
        @NotEmpty @Size(max = DashboardDefinition.MAX_METRICS) List<@NotBlank @Size(max = 80) String> metrics,
        @JsonProperty("public") Boolean isPublic,
        @Schema(description = "A comparison group id (default all-england).", pattern = "^[a-z-]+(:[A-Za-z0-9 ]{1,60})?$",
                examples = "all-england")
        @Size(max = 120) String comparisonGroup) {

    public static final int MAX_METRICS = 30;

    /**
     * How the document states one metric id of a list (smallrye would turn @NotBlank into a pattern that, anchored,
     * allows one character only).
     */
    @Schema(name = "MetricId", type = SchemaType.STRING, description = "A metric's id.",
            pattern = "^" + MetricId.PATTERN + "$", maxLength = 80, examples = "usable-reserves")
    public interface MetricIdText {
    }

    public boolean shownToEveryone() {
        return Boolean.TRUE.equals(isPublic);
    }

    public String groupOrDefault() {
        return comparisonGroup == null || comparisonGroup.isBlank() ? GroupId.ALL_ENGLAND_ID : comparisonGroup;
    }
}
