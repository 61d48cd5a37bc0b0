package uk.gov.lga.platform.support.openapi;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import uk.gov.lga.platform.support.problem.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The conventions every service's API document shares, applied once at build time (switched on per service with
 * {@code mp.openapi.filter=uk.gov.lga.platform.support.openapi.ProblemResponses}):
 * <ul>
 *   <li>the RFC 9457 {@code Problem} schema with its {@code FieldError} list, and the refusals (400, 401, 403, 404,
 *   409, 413, 415, 422, 429, 500) declared once under {@code components.responses} and referenced from each
 *   operation they can come from (below);</li>
 *   <li>the bearer scheme described (access tokens of realm lg, checked as RFC 8725 advises) and an OpenID
 *   Connect scheme beside it pointing at the realm's discovery document, so Swagger UI can sign in;</li>
 *   <li>the schemas every service shares: {@link SharedSchemas} (pages, timestamps, anchored patterns).</li>
 * </ul>
 * Which refusals an operation documents: 400, 401, 429 and 500 always (any request can carry a malformed
 * parameter or header; a token that is sent must be valid even where anonymous callers are allowed, because
 * authentication is proactive; the gateway can limit any route; a failure is a 500 problem); 403 when its
 * security requirement names roles, or the resource declared a 403 itself ({@code @APIResponse(responseCode =
 * "403", description = ...)}, for a check such as "the council's own officer"); 404 with a path parameter or on
 * DELETE; 409 on writes and DELETE; 413 and 415 with a request body; 422 on writes. A resource adds any other
 * refusal of the list by declaring it with a description; whatever it declared is replaced by the shared
 * response. Role names move out of the security requirements (OAS 3.0 tools read them as OAuth scopes, and
 * Swagger UI would ask the realm for them): each operation's description says who may call it.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    /** The bearer scheme's name: Quarkus's default (quarkus.smallrye-openapi.security-scheme-name). */
    static final String BEARER = "SecurityScheme";
    static final String OIDC = "oidc";

    /** Quarkus adds these, without a body, to every secured operation; they are derived again here. */
    private static final Map<String, String> QUARKUS_DEFAULTS = Map.of("401", "Not Authorized", "403", "Not Allowed");

    /**
     * Above the longest request target a service reads (platform.limits.max-uri-length, 8192): an instance, or a
     * field naming a parameter, is never longer.
     */
    static final int MAX_REQUEST_TARGET = 16_384;

    /** A data return holds at most a million values (LG Inform), each with at most one error. */
    static final int MAX_FIELD_ERRORS = 1_000_000;

    /** Status, component name, the title the platform sends, when it is sent and an example detail. */
    private record Refusal(String status, String name, String title, String description, String detail) {
    }

    private static final List<Refusal> REFUSALS = List.of(
            new Refusal("400", "BadRequest", "Bad Request",
                    "The request is malformed: each wrong parameter, field or CSV line is named in errors.",
                    "The request has invalid fields."),
            new Refusal("401", "Unauthorized", "Unauthorized",
                    "No valid access token: none was sent where the operation needs one, or the token sent is not an "
                            + "access token of realm lg for the platform (audience lg-platform), or has expired. "
                            + "A token that is sent must be valid even where anonymous callers are allowed. "
                            + "WWW-Authenticate names the Bearer scheme.",
                    "A valid bearer token is required."),
            new Refusal("403", "Forbidden", "Forbidden",
                    "The caller's role or council does not allow this; detail says who may.",
                    "Your role does not allow this."),
            new Refusal("404", "NotFound", "Not Found",
                    "Nothing with that identifier exists, or the caller may not know that it does.",
                    "No community has the id no-such-community."),
            new Refusal("409", "Conflict", "Conflict",
                    "The request breaks a rule of the resource's current state; detail names the rule.",
                    "The group is used by a pending early-sight return."),
            new Refusal("413", "ContentTooLarge", "Content Too Large",
                    "The body is larger than the platform accepts (64 MB).",
                    "The body is larger than 64 MB."),
            new Refusal("415", "UnsupportedMediaType", "Unsupported Media Type",
                    "The Content-Type is not one this operation reads, or declares a charset other than UTF-8.",
                    "Bodies are read as UTF-8 only; the request declares charset 'UTF-16'."),
            new Refusal("422", "UnprocessableContent", "Unprocessable Content",
                    "The body is well formed but its values break the domain's rules; each is named in errors.",
                    "The data return was not accepted: 1 problem(s) found."),
            new Refusal("429", "TooManyRequests", "Too Many Requests",
                    "The caller's request budget at the gateway is spent (gateway.limits: open data by default); "
                            + "Retry-After says when to try again.",
                    "At most 120 requests a minute on /api/lg-inform/open-data/values; retry after 12 s."),
            new Refusal("500", "InternalServerError", "Internal Server Error",
                    "The service failed; the error was logged under the request's X-Request-Id. Never caused by input.",
                    "The service failed; the error was logged."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        describeBearerScheme(components);
        addOidcScheme(components, ConfigProvider.getConfig());
        SharedSchemas.describe(openAPI);
        Set<String> used = new LinkedHashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> used.addAll(document(method, item, operation))));
        }
        // Only the refusals some operation can send: an unused component would only mislead.
        for (Refusal refusal : REFUSALS) {
            if (used.contains(refusal.status())) {
                components.addResponse(refusal.name(), refusalResponse(refusal));
            }
        }
    }

    /** Documents the operation's refusals and security; answers the statuses it references. */
    private static Set<String> document(PathItem.HttpMethod method, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        QUARKUS_DEFAULTS.forEach((status, description) -> {
            APIResponse response = responses.getAPIResponse(status);
            if (response != null && response.getRef() == null && response.getContent() == null
                    && description.equals(response.getDescription())) {
                responses.removeAPIResponse(status);
            }
        });
        List<SecurityRequirement> security = operation.getSecurity() == null ? List.of() : operation.getSecurity();
        boolean namesRoles = security.stream().anyMatch(r -> r.getSchemes() != null
                && r.getSchemes().values().stream().anyMatch(scopes -> scopes != null && !scopes.isEmpty()));
        boolean hasPathParameters = hasPathParameter(operation.getParameters()) || hasPathParameter(item.getParameters());
        boolean delete = method == PathItem.HttpMethod.DELETE;
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        boolean hasBody = operation.getRequestBody() != null;

        Set<String> statuses = new LinkedHashSet<>(List.of("400", "401", "429", "500"));
        if (namesRoles) {
            statuses.add("403");
        }
        if (hasPathParameters || delete) {
            statuses.add("404");
        }
        if (writes || delete) {
            statuses.add("409");
        }
        if (hasBody) {
            statuses.addAll(List.of("413", "415"));
        }
        if (writes) {
            statuses.add("422");
        }
        if (responses.getAPIResponses() != null) {
            statuses.addAll(responses.getAPIResponses().keySet());
        }
        Set<String> referenced = new LinkedHashSet<>();
        for (Refusal refusal : REFUSALS) {
            if (statuses.contains(refusal.status())) {
                responses.addAPIResponse(refusal.status(),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + refusal.name()));
                referenced.add(refusal.status());
            }
        }
        if (!security.isEmpty()) {
            operation.setSecurity(bearerOrOidc(security));
        }
        return referenced;
    }

    private static boolean hasPathParameter(List<Parameter> parameters) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    /**
     * A secured operation may be called with a bearer token or after signing in through the realm; neither names
     * roles (they are not OAuth scopes, and the realm would refuse them as scopes).
     */
    private static List<SecurityRequirement> bearerOrOidc(List<SecurityRequirement> requirements) {
        List<SecurityRequirement> result = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            SecurityRequirement plain = OASFactory.createSecurityRequirement();
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().keySet().forEach(plain::addScheme);
            }
            result.add(plain);
        }
        if (result.stream().noneMatch(r -> r.hasScheme(OIDC))) {
            result.add(OASFactory.createSecurityRequirement().addScheme(OIDC));
        }
        return result;
    }

    private static void describeBearerScheme(Components components) {
        SecurityScheme bearer = components.getSecuritySchemes() == null ? null : components.getSecuritySchemes().get(BEARER);
        if (bearer != null) {
            bearer.setDescription("An access token of Keycloak realm lg, sent as Authorization: Bearer. It is a JWT "
                    + "checked as RFC8725 (JSON Web Token Best Current Practices) advises, at the gateway and again by "
                    + "the service: signature by the realm's keys only (no alg none), issuer, expiry, audience "
                    + "lg-platform and typ Bearer (ID and refresh tokens are refused).");
        }
    }

    /**
     * The realm's discovery document, from {@code platform.openapi.realm-url}, else the realm the service checks
     * tokens against ({@code quarkus.oidc.auth-server-url}). Read when the document is built: the committed and
     * served documents name the default realm (http://localhost:8180/realms/lg).
     */
    private static void addOidcScheme(Components components, Config config) {
        String realm = config.getOptionalValue("platform.openapi.realm-url", String.class)
                .or(() -> config.getOptionalValue("quarkus.oidc.auth-server-url", String.class))
                .filter(url -> !url.isBlank())
                .orElse("http://localhost:8180/realms/lg")
                .replaceAll("/+$", "");
        components.addSecurityScheme(OIDC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .description("Sign in through Keycloak realm lg (Swagger UI at the gateway: client lg-console, "
                        + "authorization code with PKCE). Gives the same access token as the bearer scheme.")
                .openIdConnectUrl(realm + "/.well-known/openid-configuration"));
    }

    private static APIResponse refusalResponse(Refusal refusal) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(refusal.description())
                .content(problemContent(refusal));
        if (refusal.status().equals("401")) {
            response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                    .description("The Bearer challenge, such as Bearer realm=\"lg\".")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(200)
                            .pattern("^Bearer( .*)?$")));
        }
        if (refusal.status().equals("429")) {
            response.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconds to wait before the next request.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
        }
        return response;
    }

    private static Content problemContent(Refusal refusal) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", refusal.title());
        example.put("status", Integer.parseInt(refusal.status()));
        example.put("detail", refusal.detail());
        if (refusal.status().equals("400")) {
            example.put("errors", List.of(fieldError("limit", "must be less than or equal to 500")));
        }
        if (refusal.status().equals("422")) {
            example.put("errors", List.of(fieldError("values[2].metric", "is not a metric of the catalogue")));
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))
                .example(example);
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    /** In a stable order, so that the stored document does not change from one build to the next. */
    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem details body, sent as application/problem+json for every refusal.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("A URI reference naming the kind of problem; about:blank when the status "
                        + "says it all.", 2048).format("uri-reference").addExample("about:blank"))
                .addProperty("title", string("The status's reason phrase.", 100).pattern("^[A-Za-z][A-Za-z -]*$")
                        .addExample("Unprocessable Content"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599))
                        .description("The HTTP status code.").addExample(422))
                .addProperty("detail", string("What went wrong, for a person to read.", 8192)
                        .addExample("The data return was not accepted: 1 problem(s) found."))
                .addProperty("instance", string("The path of the request as the caller sent it (through the gateway, "
                        + "with its prefix).", MAX_REQUEST_TARGET).format("uri-reference")
                        .addExample("/api/lg-inform/councils/E08000035/data-returns"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("Each wrong field, parameter or CSV line; absent when the problem is not about input.")
                        .maxItems(MAX_FIELD_ERRORS)
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One thing wrong with the input.")
                .addRequired("field").addRequired("message")
                .addProperty("field", string("Where: a body path such as values[2].metric, a parameter name, or "
                        + "line 14 of a CSV body.", MAX_REQUEST_TARGET).addExample("values[2].metric"))
                .addProperty("message", string("Why, such as 'must be a GSS code such as E08000035'.", 1024)
                        .addExample("is not a metric of the catalogue"));
    }

    private static Schema string(String description, int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).maxLength(maxLength);
    }
}
