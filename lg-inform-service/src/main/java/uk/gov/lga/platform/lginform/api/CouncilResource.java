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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilFilter;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.support.api.Page;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.ValidGssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The councils register. Open data: anyone may read it, without a token. */
@Path("/councils")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Councils", description = "The register of UK councils across time: today's and abolished ones, with who "
        + "replaced whom. Open data: anyone may read it, anonymous included.")
public class CouncilResource {

    /** Nations and regions are names: letters, spaces and the odd hyphen or comma. */
    static final String NAME_FILTER = "^[A-Za-z][A-Za-z ,'-]*$";

    private final CouncilService councils;

    @Inject
    public CouncilResource(CouncilService councils) {
        this.councils = councils;
    }

    @GET
    @Operation(operationId = "listCouncils", summary = "List councils",
            description = "Filters: nation, region, type (NMD, UA, MD, LBO, CTY, CC, SCO, WPA, NID), at (a day: the "
                    + "councils that existed then, abolished ones included; default today). Ordered by GSS code; pass the "
                    + "page's next as after for the following page. Callers: anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "One page of councils, by GSS code.")
    public Page<CouncilView> list(@Parameter(description = "A nation: England, Scotland, Wales or Northern Ireland.",
                                          example = "England", schema = @Schema(type = SchemaType.STRING,
                                          pattern = NAME_FILTER, maxLength = 40))
                                  @QueryParam("nation") String nation,
                                  @Parameter(description = "A region, such as London or Yorkshire and The Humber.",
                                          example = "London", schema = @Schema(type = SchemaType.STRING,
                                          pattern = NAME_FILTER, maxLength = 60))
                                  @QueryParam("region") String region,
                                  @Parameter(description = "A council type code.", example = "MD",
                                          schema = @Schema(type = SchemaType.STRING, pattern = Formats.SHORT_CODE,
                                                  maxLength = 4))
                                  @QueryParam("type") String type,
                                  @Parameter(description = "A day (YYYY-MM-DD): list the councils that existed on it "
                                          + "(default: today's).", example = "2018-05-01",
                                          schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10))
                                  @QueryParam("at") String at,
                                  @Parameter(description = "The next of the previous page (a GSS code); absent for the "
                                          + "first page.", example = "E08000035", schema = @Schema(type = SchemaType.STRING,
                                          pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH))
                                  @QueryParam("after") @ValidGssCode String after,
                                  @Parameter(description = "How many councils a page holds at most.", example = "100")
                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        List<Council> found = councils.list(new CouncilFilter(nation, region, type, day(at)),
                after == null ? null : GssCode.of(after), limit + 1);
        return Page.of(councils.withLinks(found), limit, CouncilView::of, r -> r.council().gssCode);
    }

    @GET
    @Path("/{gssCode}")
    @Operation(operationId = "getCouncil", summary = "Read one council by GSS code",
            description = "Its life (validFrom, validTo: the last day of an abolished council) and the councils it "
                    + "replaced or was replaced by. 404 problem for an unknown code. Callers: anyone, anonymous included.")
    @APIResponse(responseCode = "200", description = "The council.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CouncilView.class)))
    public CouncilView get(@Parameter(description = "The council's GSS code.", example = "E08000035",
            schema = @Schema(type = SchemaType.STRING, pattern = Formats.GSS_CODE, maxLength = Formats.GSS_CODE_LENGTH))
                           @PathParam("gssCode") String gssCode) {
        return CouncilView.of(councils.requireWithLinks(gssCode));
    }

    /** A day as YYYY-MM-DD (years 1000 to 9999), or a 400 problem naming the parameter. */
    private static LocalDate day(String at) {
        if (at == null) {
            return null;
        }
        try {
            if (at.length() == 10) {
                return LocalDate.parse(at);
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new ProblemException(400, "Bad Request", "The request has invalid fields.",
                List.of(new Problem.FieldError("at", "must be a day written YYYY-MM-DD")));
    }
}
