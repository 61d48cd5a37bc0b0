package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.lginform.domain.councils.CouncilFilter;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;

/** The councils register. Open data: anyone may read it, without a token. */
@Path("/councils")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CouncilResource {

    private final CouncilService councils;

    @Inject
    public CouncilResource(CouncilService councils) {
        this.councils = councils;
    }

    @GET
    @Operation(summary = "List councils", description = "Filters: nation, region, type (NMD, UA, MD, LBO, CTY, CC, SCO, WPA, NID). "
            + "Ordered by GSS code; pass the page's next as after for the following page. Anonymous.")
    public Page<CouncilView> list(@QueryParam("nation") String nation,
                                  @QueryParam("region") String region,
                                  @QueryParam("type") String type,
                                  @QueryParam("after") @ValidGssCode String after,
                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(councils.list(new CouncilFilter(nation, region, type), after == null ? null : GssCode.of(after),
                limit + 1), limit, CouncilView::of, c -> c.gssCode);
    }

    @GET
    @Path("/{gssCode}")
    @Operation(summary = "One council by GSS code", description = "404 problem for an unknown code. Anonymous.")
    public CouncilView get(@PathParam("gssCode") String gssCode) {
        return CouncilView.of(councils.require(gssCode));
    }
}
