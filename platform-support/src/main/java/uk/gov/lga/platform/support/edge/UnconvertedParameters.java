package uk.gov.lga.platform.support.edge;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemExceptionMappers;

import java.util.List;

/**
 * RESTEasy Reactive converts primitive {@code int}, {@code long} and {@code boolean} parameters itself, without asking
 * {@link StrictParameters}, and answers a failure ({@code limit=abc}) as a bare 404 (path, query) or 400 (others) with
 * the failure as its cause. Such an answer is made here what {@link StrictParameters} makes it for boxed types: 400
 * naming each parameter. Any other 404 or 400 is answered as every other refusal is.
 */
public class UnconvertedParameters {

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, ResourceInfo resource) {
        return answer(e, uri, resource);
    }

    @ServerExceptionMapper
    public Response badRequest(BadRequestException e, UriInfo uri, ResourceInfo resource) {
        return answer(e, uri, resource);
    }

    private static Response answer(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() != null && resource != null && resource.getResourceMethod() != null) {
            List<Problem.FieldError> refused = StrictParameters.refused(resource.getResourceMethod(), uri);
            if (!refused.isEmpty()) {
                return ProblemExceptionMappers.respond(400, "Bad Request", "The request has invalid fields.", uri, refused);
            }
        }
        int status = e.getResponse().getStatus();
        return ProblemExceptionMappers.respond(status, Response.Status.fromStatusCode(status).getReasonPhrase(), e.getMessage(),
                uri, List.of());
    }
}
