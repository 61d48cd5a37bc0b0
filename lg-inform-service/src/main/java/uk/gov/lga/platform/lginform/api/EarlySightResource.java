package uk.gov.lga.platform.lginform.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.earlysight.EarlySightService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.ids.ValidMetricId;
import uk.gov.lga.platform.support.security.CurrentCaller;

import java.util.List;

/** Early-sight values: in-year data shared among the councils taking part until it is published. */
@Path("/early-sight/values")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Early sight", description = "In-year values shared among the councils taking part until they are published.")
public class EarlySightResource {

    /** The most values one answer holds (the domain's cap). */
    static final int MAX_VALUES = 10_000;

    private final EarlySightService earlySight;
    private final CurrentCaller caller;

    @Inject
    public EarlySightResource(EarlySightService earlySight, CurrentCaller caller) {
        this.earlySight = earlySight;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listEarlySightValues", summary = "List early-sight values not yet released",
            description = "Only the early-sight values shared with the caller: officers of councils in the early-sight "
                    + "group, the benchmarking clubs the group names or owns, platform admins; anyone else gets an empty "
                    + "list (the data's existence is not given away). Filters: metric, council. At most 10000 values, "
                    + "newest revision first within each council, metric and period. Callers: any authenticated caller. "
                    + "Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "The early-sight values the caller may see.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = MAX_VALUES, implementation = EarlyValueView.class)))
    public List<EarlyValueView> list(@Parameter(description = "A metric id.", example = "usable-reserves",
                                             schema = @Schema(type = SchemaType.STRING, pattern = Formats.METRIC_ID,
                                                     maxLength = Formats.METRIC_ID_LENGTH))
                                     @QueryParam("metric") @ValidMetricId String metric,
                                     @Parameter(description = "A council's GSS code.", example = "E08000035",
                                             schema = @Schema(type = SchemaType.STRING, pattern = Formats.GSS_CODE,
                                                     maxLength = Formats.GSS_CODE_LENGTH))
                                     @QueryParam("council") @ValidGssCode String council) {
        return earlySight.visibleTo(caller.get(), metric == null ? null : MetricId.of(metric),
                council == null ? null : GssCode.of(council)).stream().map(EarlyValueView::of).toList();
    }
}
