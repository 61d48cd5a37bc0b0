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
import uk.gov.lga.platform.lginform.domain.catalogue.Metric;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricDefinition;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.ids.ValidMetricId;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Roles;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The metric catalogue: open to everyone, kept by platform administrators. */
@Path("/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "The metric catalogue: open to everyone, kept by platform admins.")
public class MetricResource {

    static final String WRITE_RULES = "platform-admin only (401 anonymous, 403 everyone else, council officers and "
            + "benchmarking clubs included). id is a slug of 2 to 80 characters [a-z0-9-]; title, family, unit, polarity "
            + "and periodType are required, the last four from their lists; every wrong field is named in a 400 "
            + "(form) or 422 (unknown parent, a parent that would make a cycle, minValue above maxValue) problem. Callers: "
            + "platform-admin only; anyone else 403. Anonymous: 401.";
    static final String EXAMPLE = """
            {"id": "usable-reserves", "title": "Usable reserves", "description": "General fund and earmarked reserves.",
             "family": "COST_EFFICIENCY", "unit": "GBP_THOUSANDS", "polarity": "HIGH_IS_GOOD", "periodType": "FINANCIAL_YEAR",
             "source": "Revenue outturn", "minValue": 0, "additivity": "COUNCIL_TOTAL", "forecasts": false}""";
    static final String ID_PARAMETER = "The metric's id.";

    private final MetricService catalogue;

    @Inject
    public MetricResource(MetricService catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listMetrics", summary = "List the metric catalogue",
            description = "Filters: family (COST_EFFICIENCY, OUTCOME, SATISFACTION, CONTEXTUAL), discontinued "
                    + "(true/false). Ordered by id; pass the page's next as after for the following page. Callers: "
                    + "anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "One page of metrics, by id.")
    public Page<MetricView> list(@Parameter(description = "A family (any case).", example = "OUTCOME",
                                         schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z_]{1,40}$",
                                                 maxLength = 40))
                                 @QueryParam("family") String family,
                                 @Parameter(description = "true: discontinued metrics only; false: current ones only.")
                                 @QueryParam("discontinued") Boolean discontinued,
                                 @Parameter(description = "The next of the previous page (a metric id); absent for the "
                                         + "first page.", schema = @Schema(type = SchemaType.STRING,
                                         pattern = Formats.METRIC_ID, maxLength = Formats.METRIC_ID_LENGTH))
                                 @QueryParam("after") @ValidMetricId String after,
                                 @Parameter(description = "How many metrics a page holds at most.", example = "100")
                                 @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        return Page.of(catalogue.list(family(family), discontinued, after == null ? null : MetricId.of(after), limit + 1),
                limit, MetricView::of, m -> m.id);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getMetric", summary = "Read one metric by id",
            description = "404 problem for an unknown id. Callers: anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "The metric.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MetricView.class)))
    public MetricView get(@Parameter(description = ID_PARAMETER, example = "usable-reserves", schema = @Schema(
            type = SchemaType.STRING, pattern = Formats.METRIC_ID, maxLength = Formats.METRIC_ID_LENGTH))
                          @PathParam("id") String id) {
        return MetricView.of(catalogue.require(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "createMetric", summary = "Add a metric to the catalogue",
            description = WRITE_RULES + " 201 with Location; 409 if the id is taken.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MetricDefinition.class), examples = @ExampleObject(name = "metric", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Added.",
            headers = @Header(name = "Location", description = "The metric's address.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri", maxLength = Formats.URI_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    public Response create(@NotNull @Valid @ConvertGroup(to = OnCreate.class) MetricDefinition body, @Context UriInfo uri) {
        Metric created = catalogue.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id).build()).entity(MetricView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(operationId = "replaceMetric", summary = "Replace a metric's definition",
            description = WRITE_RULES + " The id comes from the path (a different id in the body is refused); the "
                    + "period type cannot change once the metric has published values. 404 for an unknown id; 200 with "
                    + "the metric.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MetricDefinition.class), examples = @ExampleObject(name = "metric", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The metric as now defined.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricView.class)))
    public MetricView update(@Parameter(description = ID_PARAMETER, example = "usable-reserves", schema = @Schema(
            type = SchemaType.STRING, pattern = Formats.METRIC_ID, maxLength = Formats.METRIC_ID_LENGTH))
                             @PathParam("id") String id, @NotNull @Valid MetricDefinition body) {
        return MetricView.of(catalogue.update(id, body));
    }

    private static Metric.MetricFamily family(String family) {
        if (family == null) {
            return null;
        }
        try {
            return Metric.MetricFamily.valueOf(family.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.stream(Metric.MetricFamily.values()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ProblemException(400, "Bad Request", "The request has invalid fields.",
                    List.of(new Problem.FieldError("family", "must be one of " + known)));
        }
    }
}
