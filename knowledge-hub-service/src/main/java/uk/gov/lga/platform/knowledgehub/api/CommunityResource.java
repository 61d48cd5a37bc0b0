package uk.gov.lga.platform.knowledgehub.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.platform.knowledgehub.domain.communities.Community;
import uk.gov.lga.platform.knowledgehub.domain.communities.CommunityService;
import uk.gov.lga.platform.support.api.Page;

/** Communities of practice. Open to everyone signed in to the platform, whatever their role. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CommunityResource {

    private final CommunityService communities;

    @Inject
    public CommunityResource(CommunityService communities) {
        this.communities = communities;
    }

    @GET
    @Operation(summary = "List communities of practice", description = "Ordered by id; pass the page's next as after "
            + "for the following page (limit 1 to 500, default 100). Any authenticated caller, whatever their role; "
            + "401 without a token.")
    public Page<CommunityView> list(@QueryParam("after") @Pattern(regexp = Community.ID_PATTERN,
                                            message = "must be a community id") String after,
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(communities.list(after, limit + 1), limit, CommunityView::of, c -> c.id);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One community of practice", description = "404 problem for an unknown id. Any authenticated "
            + "caller, whatever their role; 401 without a token.")
    public CommunityView get(@PathParam("id") String id) {
        return CommunityView.of(communities.require(id));
    }
}
