package uk.gov.lga.platform.support.openapi;

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conventions every service's API document shares, applied once at build time: the RFC 9457
 * {@code Problem} schema with its field-error list; the error responses (400 ... 429) declared once under
 * {@code components.responses} and referenced from each operation they can come from; and an OpenID Connect
 * security scheme (the realm's discovery document) beside the bearer scheme, so Swagger UI can sign in.
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String BEARER = "SecurityScheme";
    static final String OIDC = "oidc";
    static final String MEDIA_TYPE = "application/problem+json";

    /** Status, component name and when it is sent. */
    private record Refusal(String status, String name, String description) {
    }

    private static final List<Refusal> REFUSALS = List.of(
            new Refusal("400", "BadRequest", "The request is malformed: each wrong field, parameter or CSV line is named in errors."),
            new Refusal("401", "Unauthorized", "No valid access token of the realm lg was sent."),
            new Refusal("403", "Forbidden", "The caller's role or council does not allow this; detail says who may."),
            new Refusal("404", "NotFound", "Nothing with that identifier exists, or the caller may not know that it does."),
            new Refusal("409", "Conflict", "The request breaks a rule of the resource's current state; detail names the rule."),
            new Refusal("413", "PayloadTooLarge", "The body is larger than the platform accepts (64 MB)."),
            new Refusal("415", "UnsupportedMediaType", "The Content-Type is not one this operation reads, or not UTF-8."),
            new Refusal("422", "UnprocessableContent", "The body is well formed but its values break the domain's rules; each is named in errors."),
            new Refusal("429", "TooManyRequests", "The caller's request budget is spent; Retry-After says when to try again."));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        for (Refusal refusal : REFUSALS) {
            components.addResponse(refusal.name(), OASFactory.createAPIResponse()
                    .description(refusal.description())
                    .content(problemContent(refusal)));
        }
        addOidcScheme(components);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(method, operation)));
    }

    private void document(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean hasPathParameters = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        List<String> statuses = new ArrayList<>(List.of("400"));
        if (secured) {
            statuses.addAll(List.of("401", "403"));
        }
        if (hasPathParameters || method == PathItem.HttpMethod.DELETE) {
            statuses.add("404");
        }
        if (writes || method == PathItem.HttpMethod.DELETE) {
            statuses.add("409");
        }
        if (writes) {
            statuses.addAll(List.of("413", "415", "422"));
        }
        statuses.add("429");
        for (Refusal refusal : REFUSALS) {
            if (statuses.contains(refusal.status())) {
                responses.addAPIResponse(refusal.status(),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + refusal.name()));
            }
        }
        if (secured) {
            withOidc(operation);
        }
    }

    /** Each secured operation may be called with a bearer token or after signing in through the realm. */
    private static void withOidc(Operation operation) {
        List<SecurityRequirement> requirements = new ArrayList<>(operation.getSecurity());
        boolean hasOidc = requirements.stream().anyMatch(r -> r.hasScheme(OIDC));
        if (!hasOidc) {
            List<String> scopes = requirements.stream().filter(r -> r.hasScheme(BEARER))
                    .findFirst().map(r -> r.getScheme(BEARER)).orElse(List.of());
            requirements.add(OASFactory.createSecurityRequirement().addScheme(OIDC, scopes));
            operation.setSecurity(requirements);
        }
    }

    private static void addOidcScheme(Components components) {
        String realm = ConfigProvider.getConfig().getOptionalValue("platform.openapi.realm-url", String.class)
                .orElse("http://localhost:8180/realms/lg");
        components.addSecurityScheme(OIDC, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .description("Sign in through Keycloak realm lg (Swagger UI: client lg-console, authorization code + PKCE).")
                .openIdConnectUrl(realm + "/.well-known/openid-configuration"));
    }

    private static Content problemContent(Refusal refusal) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", title(refusal.name()));
        example.put("status", Integer.parseInt(refusal.status()));
        example.put("detail", refusal.description());
        example.put("instance", "/api/lg-inform/councils/E08000035/data-returns");
        if (refusal.status().equals("400") || refusal.status().equals("422")) {
            example.put("errors", List.of(Map.of("field", "values[2].metric", "message", "is not a metric of the catalogue")));
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))
                .example(example);
        return OASFactory.createContent().addMediaType(MEDIA_TYPE, media);
    }

    private static String title(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1 $2");
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem details body, sent as application/problem+json for every refusal.")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", string("A URI naming the kind of problem; about:blank when the status says it all."))
                .addProperty("title", string("The status's reason phrase."))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .description("The HTTP status code."))
                .addProperty("detail", string("What went wrong, for a person to read."))
                .addProperty("instance", string("The path of the request, as the caller sent it (through the gateway, with its prefix)."))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .description("Each wrong field, parameter or CSV line; absent when the problem is not about input.")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("One thing wrong with the input.")
                .addRequired("field").addRequired("message")
                .addProperty("field", string("Where: a body path such as values[2].metric, a parameter name, or line 14 of a CSV body."))
                .addProperty("message", string("Why, such as 'must be a GSS code such as E08000035'."));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
