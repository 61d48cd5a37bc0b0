package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import uk.gov.lga.platform.lginform.domain.OnCreate;
import uk.gov.lga.platform.lginform.domain.dashboards.Dashboard;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardDefinition;
import uk.gov.lga.platform.lginform.domain.dashboards.DashboardService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.CurrentCaller;
import uk.gov.lga.platform.support.security.Roles;

/**
 * Dashboards. A private one is seen only by its council's officers, LGA advisers and administrators;
 * to anyone else it does not exist (404), so its existence is not given away.
 */
@Path("/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboards", description = "A council's chosen metrics with their latest values, comparisons and trends; "
        + "public, or private to the council's officers, LGA advisers and admins.")
public class DashboardResource {

    static final String BODY = "{\"name\": ..., \"councilCode\": \"E08000035\", \"metrics\": [\"usable-reserves\", ...], "
            + "\"public\": false, \"comparisonGroup\": \"all-england\"}; up to 30 distinct metrics; every wrong field is "
            + "named in a 400 (form) or 422 (unknown council, metric or group) problem.";
    static final String EXAMPLE = """
            {"name": "Finance at a glance", "councilCode": "E08000035",
             "metrics": ["usable-reserves", "household-waste-recycled"], "public": false, "comparisonGroup": "all-england"}""";
    static final String ID_DESCRIPTION = "The dashboard's id.";

    private final DashboardService dashboards;
    private final CurrentCaller caller;

    @Inject
    public DashboardResource(DashboardService dashboards, CurrentCaller caller) {
        this.dashboards = dashboards;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNCIL_OFFICER)
    @Operation(operationId = "createDashboard", summary = "Create a dashboard",
            description = BODY + " 201 with Location. Callers: council-officer for their own council only (token claim "
                    + "council = councilCode); anyone else 403. Anonymous: 401.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DashboardDefinition.class),
            examples = @ExampleObject(name = "dashboard", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.",
            headers = @Header(name = "Location", description = "The dashboard's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Formats.URI_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardView.class)))
    public Response create(@NotNull @Valid @ConvertGroup(to = OnCreate.class) DashboardDefinition body, @Context UriInfo uri) {
        Dashboard created = dashboards.create(body, caller.get());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(DashboardView.of(created)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listDashboards", summary = "List dashboards",
            description = "Public dashboards; council officers also see their own council's private ones, LGA advisers "
                    + "and platform admins every private one. council filters by GSS code. Ordered by id; pass the "
                    + "page's next as after for the following page. Callers: anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "One page of dashboards, without their panels.")
    public Page<DashboardView> list(@Parameter(description = "A council's GSS code.", example = "E08000035",
                                            schema = @Schema(type = SchemaType.STRING, pattern = Formats.GSS_CODE,
                                                    maxLength = Formats.GSS_CODE_LENGTH))
                                    @QueryParam("council") String council,
                                    @Parameter(description = "The next of the previous page (a dashboard id); absent for "
                                            + "the first page.", schema = @Schema(type = SchemaType.INTEGER, format = "int64",
                                            minimum = "1", maximum = Formats.MAX_LONG))
                                    @QueryParam("after") Long after,
                                    @Parameter(description = "How many dashboards a page holds at most.", example = "100")
                                    @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        Caller reader = caller.get();
        return Page.of(dashboards.list(council, reader, after, limit + 1), limit,
                d -> DashboardView.of(d, dashboards.showsGroupTo(d, reader)), d -> d.id.toString());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getDashboard", summary = "Read one dashboard with every metric's latest value, comparison and trend",
            description = "Each panel compares the metric at its newest period with any published value against the "
                    + "dashboard's group and England, and shows the council's values for the five periods ending there "
                    + "(null where it has none). Each comparison is in its period's own geography. predecessors=true: "
                    + "each trend point also lists the values of the councils the dashboard's council replaced and, for "
                    + "an additive metric before it existed, their comparable sum; seriesBreak marks its first day. "
                    + "Callers: a public dashboard, anyone, anonymous included; a private one, its council's "
                    + "council-officer, lga-adviser, platform-admin; 404 for anyone else, as for an unknown id.")
    @APIResponse(responseCode = "200", description = "The dashboard with its panels.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardView.class)))
    public DashboardView get(@Parameter(description = ID_DESCRIPTION, example = "7", schema = @Schema(
            type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = Formats.MAX_LONG))
                             @PathParam("id") long id,
                             @Parameter(description = "true: trends continue through the councils this one replaced.")
                             @QueryParam("predecessors") @DefaultValue("false") boolean predecessors) {
        Caller reader = caller.get();
        Dashboard d = dashboards.require(id, reader);
        return DashboardView.withPanels(d, dashboards.panels(d, reader, predecessors), dashboards.showsGroupTo(d, reader));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "replaceDashboard", summary = "Replace a dashboard's name, metrics, visibility and group",
            description = BODY + " councilCode may be left out and cannot change. 200 with the dashboard. Callers: "
                    + "council-officer of its council, platform-admin; 403 others who can see it, 404 those who cannot. "
                    + "Anonymous: 401.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DashboardDefinition.class),
            examples = @ExampleObject(name = "dashboard", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The dashboard as now defined.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DashboardView.class)))
    public DashboardView update(@Parameter(description = ID_DESCRIPTION, example = "7", schema = @Schema(
            type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = Formats.MAX_LONG))
                                @PathParam("id") long id, @NotNull @Valid DashboardDefinition body) {
        return DashboardView.of(dashboards.update(id, body, caller.get()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.COUNCIL_OFFICER, Roles.PLATFORM_ADMIN})
    @Operation(operationId = "deleteDashboard", summary = "Delete a dashboard",
            description = "Callers: council-officer of its council, platform-admin; 403 others who can see it, 404 "
                    + "those who cannot. Anonymous: 401.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@Parameter(description = ID_DESCRIPTION, example = "7", schema = @Schema(
            type = SchemaType.INTEGER, format = "int64", minimum = "1", maximum = Formats.MAX_LONG))
                           @PathParam("id") long id) {
        dashboards.delete(id, caller.get());
        return Response.noContent().build();
    }
}
