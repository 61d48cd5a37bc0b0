package uk.gov.lga.platform.lginform.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.series.SeriesService;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.ids.ValidMetricId;

/** A council's published values of one metric over time, across a reorganisation. Open data. */
@Path("/councils/{gssCode}/series")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Series", description = "A council's values of one metric over time, continued through the councils it "
        + "replaced. Open data: anyone may read.")
public class SeriesResource {

    static final String EXAMPLE = """
            {"gssCode": "E06000065", "name": "North Yorkshire",
             "metric": {"id": "population", "title": "Resident population", "periodType": "CALENDAR_YEAR", "additivity": "AREA_COUNT"},
             "seriesBreak": {"on": "2023-04-01", "period": "2023"},
             "points": [
              {"period": "2022", "value": null,
               "predecessors": [{"predecessor": "E10000023", "name": "North Yorkshire", "value": 615491},
                                {"predecessor": "E07000163", "name": "Craven", "value": 57142}],
               "comparable": {"value": 615491, "method": "DISTRICTS_AND_UNITARIES",
                              "summedFrom": ["E07000163", "E07000164", "E07000165", "E07000166", "E07000167", "E07000168", "E07000169"]}},
              {"period": "2023", "value": 618054}]}""";

    private final SeriesService series;

    @Inject
    public SeriesResource(SeriesService series) {
        this.series = series;
    }

    @GET
    @Operation(operationId = "getCouncilSeries", summary = "Get a council's series of one metric",
            description = "Every period with a published value of the council, oldest first. With predecessors=true, each "
                    + "period also lists the published values of the councils it replaced (at any depth: Somerset, "
                    + "Somerset West and Taunton, Taunton Deane) for the periods they existed in, each marked with the "
                    + "predecessor's GSS code; for a metric the catalogue declares additive, a period wholly before the "
                    + "council's first day also gets their sum as a comparable value, marked with how it was made "
                    + "(never a rate, never a county with its own districts, never a council split between successors, "
                    + "never with a value missing: then the reason is given). seriesBreak marks the council's first day. "
                    + "Callers: anyone, anonymous included (published data is open). 404 problem for an unknown council "
                    + "or metric.")
    @APIResponse(responseCode = "200", description = "The series, oldest period first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesView.class),
                    examples = @ExampleObject(name = "successor", value = EXAMPLE)))
    public SeriesView get(
            @Parameter(description = "The council's GSS code.", example = "E06000065",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + GssCode.PATTERN + "$", maxLength = 9))
            @PathParam("gssCode") @ValidGssCode String gssCode,
            @Parameter(description = "The metric's id.", example = "population", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = Formats.METRIC_ID, maxLength = Formats.METRIC_ID_LENGTH))
            @QueryParam("metric") @NotNull @ValidMetricId String metric,
            @Parameter(description = "true: add the values of the councils it replaced, and their comparable sums.")
            @QueryParam("predecessors") @DefaultValue("false") boolean predecessors) {
        return SeriesView.of(series.of(gssCode, metric, predecessors));
    }
}
