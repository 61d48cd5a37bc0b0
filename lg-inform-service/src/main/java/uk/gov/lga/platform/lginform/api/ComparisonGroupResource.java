package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroupService;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroupService;
import uk.gov.lga.platform.lginform.domain.groups.GroupDetails;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

/** Groups of councils to compare with: built-in (all England, type, region, county), nearest neighbours, custom. */
@Path("/comparison-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Comparison groups", description = "Groups of councils to compare with: built-in (all England, type, "
        + "region, county), nearest neighbours, and custom groups made by councils and benchmarking clubs.")
public class ComparisonGroupResource {

    static final String CUSTOM_VISIBILITY = "A custom group is visible to the officers of its owner council, its owner "
            + "benchmarking club, the clubs it names and platform admins; to anyone else it does not exist (404).";

    static final String EXAMPLE = """
            {"name": "Core cities", "members": ["E08000035", "E08000025", "E08000003"], "clubs": ["benchmarking-club-demo"]}""";

    private final ComparisonGroupService groups;
    private final CustomGroupService customGroups;
    private final CurrentCaller caller;

    @Inject
    public ComparisonGroupResource(ComparisonGroupService groups, CustomGroupService customGroups, CurrentCaller caller) {
        this.groups = groups;
        this.customGroups = customGroups;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listComparisonGroups", summary = "List comparison groups",
            description = "Anyone, anonymous included, sees all-england, every type:, region: and county: group of "
                    + "English councils; a council officer also sees their council's custom groups, a benchmarking club "
                    + "its own and those naming it, a platform admin every custom group. Ordered built-in first, then "
                    + "custom groups oldest first; pass the page's next as after for the following page. Nearest-neighbour "
                    + "groups (nearest-neighbours:<gssCode>) are not listed: there is one per English council. Callers: "
                    + "anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "One page of groups, without their members.")
    public Page<ComparisonGroupSummary> list(@Parameter(description = "The next of the previous page (a group id); "
                                                     + "absent for the first page.", example = "region:London",
                                                     schema = @Schema(type = SchemaType.STRING, pattern = Formats.GROUP_ID,
                                                             maxLength = 200))
                                             @QueryParam("after") @Size(max = 200) String after,
                                             @Parameter(description = "How many groups a page holds at most.", example = "100")
                                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(groups.list(caller.get(), after, limit + 1), limit, ComparisonGroupSummary::of, g -> g.id().toString());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getComparisonGroup", summary = "Read one comparison group with its member councils",
            description = "Ids: all-england, type:NMD, region:London, county:<gssCode> (the county and its districts), "
                    + "nearest-neighbours:<gssCode> (the council and its 15 nearest neighbours of its tier, each with its "
                    + "rank, rebased distance and the metrics that contribute most), custom:<n>. " + CUSTOM_VISIBILITY
                    + " 404 problem for an unknown id. Callers: anyone, anonymous included, for built-in and "
                    + "nearest-neighbour groups.")
    @APIResponse(responseCode = "200", description = "The group with its members.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonGroupView.class)))
    public ComparisonGroupView get(@Parameter(description = "The group's id.", example = "nearest-neighbours:E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = Formats.GROUP_ID, maxLength = Formats.GROUP_ID_LENGTH))
                                   @PathParam("id") String id) {
        return ComparisonGroupView.of(groups.details(id, caller.get()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.BENCHMARKING_CLUB})
    @Operation(operationId = "createComparisonGroup", summary = "Create a custom comparison group",
            description = "A council officer (for the council in their token) or a benchmarking club (for its client). "
                    + "name 1-120 characters, 1-400 members (GSS codes of councils in the register, each once), optional "
                    + "clubs: client ids of other benchmarking clubs that may use the group. 400/422 problem naming each "
                    + "bad field (e.g. members[3]); 201 with Location and the group. Callers: council-officer, "
                    + "benchmarking-club; an officer without a council, and anyone else, 403. Anonymous: 401.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CustomGroupRequest.class), examples = @ExampleObject(name = "group", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "Location", description = "The group's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Formats.URI_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComparisonGroupView.class)))
    public Response create(@NotNull @Valid CustomGroupRequest group, @Context UriInfo uri) {
        GroupDetails created = customGroups.create(group.toNewGroup(), caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(created.group().id().toString()).build())
                .entity(ComparisonGroupView.of(created)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.BENCHMARKING_CLUB, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "deleteComparisonGroup", summary = "Delete a custom comparison group",
            description = "A club the group is only shared with: 403. " + CUSTOM_VISIBILITY + " Built-in groups cannot "
                    + "be deleted (403). Callers: council-officer of the owner council, the owner benchmarking-club, "
                    + "platform-admin; anyone else 403. Anonymous: 401.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@Parameter(description = "The custom group's id.", example = "custom:12",
            schema = @Schema(type = SchemaType.STRING, pattern = Formats.GROUP_ID, maxLength = Formats.GROUP_ID_LENGTH))
                           @PathParam("id") String id) {
        customGroups.delete(id, caller.get());
        return Response.noContent().build();
    }
}
