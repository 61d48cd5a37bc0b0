package uk.gov.lga.platform.knowledgehub.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.knowledgehub.domain.communities.Community;
import uk.gov.lga.platform.knowledgehub.domain.communities.CommunityService;
import uk.gov.lga.platform.support.api.Page;

/** Communities of practice. Open to everyone signed in to the platform, whatever their role. */
@Path("/communities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Communities", description = "Communities of practice, where councils share what works and find peers. "
        + "Any signed-in caller, whatever their role.")
public class CommunityResource {

    /** The longest community id (the table's column). */
    static final int MAX_ID_LENGTH = 80;

    private final CommunityService communities;

    @Inject
    public CommunityResource(CommunityService communities) {
        this.communities = communities;
    }

    @GET
    @Operation(operationId = "listCommunities", summary = "List communities of practice",
            description = "Ordered by id, a page at a time: pass the page's next as after for the following page. "
                    + "Callers: any authenticated caller, whatever their role. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "One page of communities.")
    public Page<CommunityView> list(
            @Parameter(description = "The next of the previous page (a community id); absent for the first page.",
                    example = "finance-leaders")
            @QueryParam("after") @Pattern(regexp = Community.ID_PATTERN, message = "must be a community id")
            @Size(max = MAX_ID_LENGTH) String after,
            @Parameter(description = "How many communities a page holds at most.", example = "20")
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(communities.list(after, limit + 1), limit, CommunityView::of, c -> c.id);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommunity", summary = "Read one community of practice",
            description = "The community with that id; 404 problem when there is none. "
                    + "Callers: any authenticated caller, whatever their role. Anonymous: 401.")
    @APIResponse(responseCode = "200", description = "The community.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommunityView.class)))
    public CommunityView get(
            @Parameter(description = "The community's id.", example = "finance-leaders")
            @PathParam("id") @Pattern(regexp = Community.ID_PATTERN, message = "must be a community id")
            @Size(max = MAX_ID_LENGTH) String id) {
        return CommunityView.of(communities.require(id));
    }
}
