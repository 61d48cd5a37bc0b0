package uk.gov.lga.platform.lginform.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
public class EarlySightResource {

    private final EarlySightService earlySight;
    private final CurrentCaller caller;

    @Inject
    public EarlySightResource(EarlySightService earlySight, CurrentCaller caller) {
        this.earlySight = earlySight;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Early-sight values not yet released", description = "Any authenticated caller, who sees "
            + "only the early-sight values shared with them: officers of councils in the early-sight group, the "
            + "benchmarking clubs the group names or owns, platform admins; anyone else gets an empty list (the data's "
            + "existence is not given away); anonymous 401. Filters: metric, council. At most 10000 values, newest "
            + "revision first within each council, metric and period.")
    public List<EarlyValueView> list(@QueryParam("metric") @ValidMetricId String metric,
                                     @QueryParam("council") @ValidGssCode String council) {
        return earlySight.visibleTo(caller.get(), metric == null ? null : MetricId.of(metric),
                council == null ? null : GssCode.of(council)).stream().map(EarlyValueView::of).toList();
    }
}
