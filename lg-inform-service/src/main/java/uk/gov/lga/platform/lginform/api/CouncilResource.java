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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
public class CouncilResource {

    private final CouncilService councils;

    @Inject
    public CouncilResource(CouncilService councils) {
        this.councils = councils;
    }

    @GET
    @Operation(summary = "List councils", description = "Filters: nation, region, type (NMD, UA, MD, LBO, CTY, CC, SCO, WPA, NID), "
            + "at (a day: the councils that existed then, abolished ones included; default today). Ordered by GSS code; "
            + "pass the page's next as after for the following page. Anonymous.")
    public Page<CouncilView> list(@QueryParam("nation") String nation,
                                  @QueryParam("region") String region,
                                  @QueryParam("type") String type,
                                  @Parameter(description = "A day (YYYY-MM-DD): list the councils that existed on it "
                                          + "(default: today's).", example = "2018-05-01")
                                  @QueryParam("at") String at,
                                  @QueryParam("after") @ValidGssCode String after,
                                  @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Page.MAX_LIMIT) int limit) {
        List<Council> found = councils.list(new CouncilFilter(nation, region, type, day(at)),
                after == null ? null : GssCode.of(after), limit + 1);
        return Page.of(councils.withLinks(found), limit, CouncilView::of, r -> r.council().gssCode);
    }

    @GET
    @Path("/{gssCode}")
    @Operation(summary = "One council by GSS code", description = "Its life (validFrom, validTo: the last day of an "
            + "abolished council) and the councils it replaced or was replaced by. 404 problem for an unknown code. Anonymous.")
    public CouncilView get(@PathParam("gssCode") String gssCode) {
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
