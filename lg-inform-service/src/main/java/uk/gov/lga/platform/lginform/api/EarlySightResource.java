package uk.gov.lga.platform.lginform.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.lginform.domain.EarlySightValues;
import uk.gov.lga.platform.lginform.domain.groups.CurrentViewer;

import java.util.List;

/** Early-sight values: in-year data shared among the councils taking part until it is published. */
@Path("/early-sight/values")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class EarlySightResource {

    @Inject
    EarlySightValues values;

    @Inject
    CurrentViewer viewer;

    @GET
    @Operation(summary = "Early-sight values not yet released", description = "Any authenticated caller, who sees "
            + "only the early-sight values shared with them: officers of councils in the early-sight group, the "
            + "benchmarking clubs the group names or owns, platform admins; anyone else gets an empty list (the data's "
            + "existence is not given away); anonymous 401. Filters: metric, council. At most 10000 values, newest "
            + "revision first within each council, metric and period.")
    public List<EarlySightValues.EarlyValue> list(
            @QueryParam("metric") @Pattern(regexp = "[a-z0-9-]{2,80}", message = "must be a metric id") String metric,
            @QueryParam("council") @Pattern(regexp = "[ENSW]\\d{8}", message = "must be a GSS code") String council) {
        return values.visibleTo(viewer.get(), metric, council);
    }
}
