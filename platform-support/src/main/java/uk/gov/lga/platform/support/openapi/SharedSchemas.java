package uk.gov.lga.platform.support.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import uk.gov.lga.platform.support.api.Page;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the generated schemas of platform-support's own types cannot say for themselves, said once for every
 * service's document (called by {@link ProblemResponses}): the bounds and field descriptions of a cursor
 * {@link Page} ({@code PageXxxView}), the length of a timestamp or date, and patterns anchored as Bean
 * Validation reads them.
 */
final class SharedSchemas {

    /** Long enough for any cursor the services hand out (a slug, or a Base64 key of a few identifiers). */
    static final int MAX_CURSOR_LENGTH = 1024;
    /** ISO 8601: 2024-05-01T10:15:30.123456789+01:00 is 35 characters. */
    static final int MAX_DATE_TIME_LENGTH = 35;
    static final int DATE_LENGTH = 10;
    /** The pattern the OpenAPI scanner writes for {@code @NotBlank}. */
    static final String NOT_BLANK = "\\S";

    private SharedSchemas() {
    }

    static void describe(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null) {
            Map<String, Integer> limits = pageLimits(openAPI);
            schemas.forEach((name, schema) -> {
                if (isPage(schema)) {
                    describePage(schema, limits.getOrDefault(name, Page.MAX_LIMIT));
                }
                boundTemporal(schema);
            });
        }
        everySchema(openAPI, SharedSchemas::anchorPattern);
    }

    /**
     * Bean Validation's {@code @Pattern} must match the whole string, a JSON Schema {@code pattern} only somewhere
     * in it: the generated {@code [ENSW]\d{8}} would let a client think {@code xE08000035x} valid. Every pattern
     * is anchored (a pattern written anchored stays as it is), except {@code \S}: that is how {@code @NotBlank} is
     * documented, and "a non-space character somewhere" is already what it means (anchored it would allow exactly
     * one character).
     */
    static void anchorPattern(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !NOT_BLANK.equals(pattern) && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
    }

    /** Visits every schema of the document: components, parameters, bodies, responses and headers. */
    static void everySchema(OpenAPI openAPI, Consumer<Schema> visitor) {
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Consumer<Schema> walk = new Consumer<>() {
            @Override
            public void accept(Schema schema) {
                if (schema == null || !seen.add(schema)) {
                    return;
                }
                visitor.accept(schema);
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(this);
                }
                accept(schema.getItems());
                accept(schema.getAdditionalPropertiesSchema());
                accept(schema.getNot());
                Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(), schema.getPrefixItems())
                        .filter(Objects::nonNull).flatMap(List::stream).forEach(this);
            }
        };
        Components components = openAPI.getComponents();
        if (components != null) {
            values(components.getSchemas()).forEach(walk);
            values(components.getParameters()).forEach(p -> parameter(p, walk));
            values(components.getResponses()).forEach(r -> response(r, walk));
            values(components.getRequestBodies()).forEach(b -> content(b.getContent(), walk));
            values(components.getHeaders()).forEach(h -> walk.accept(h.getSchema()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> parameter(p, walk));
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> parameter(p, walk));
                }
                if (operation.getRequestBody() != null) {
                    content(operation.getRequestBody().getContent(), walk);
                }
                if (operation.getResponses() != null) {
                    values(operation.getResponses().getAPIResponses()).forEach(r -> response(r, walk));
                }
            }
        }
    }

    private static void parameter(Parameter parameter, Consumer<Schema> walk) {
        walk.accept(parameter.getSchema());
        content(parameter.getContent(), walk);
    }

    private static void response(APIResponse response, Consumer<Schema> walk) {
        content(response.getContent(), walk);
        values(response.getHeaders()).forEach(h -> walk.accept(h.getSchema()));
    }

    private static void content(Content content, Consumer<Schema> walk) {
        if (content != null) {
            values(content.getMediaTypes()).forEach(m -> walk.accept(m.getSchema()));
        }
    }

    private static <T> Collection<T> values(Map<String, T> map) {
        return map == null ? List.of() : map.values();
    }

    /** The schema of a {@link Page}: exactly {@code items} (an array) and {@code next} (a string). */
    private static boolean isPage(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        return properties != null && properties.keySet().equals(Set.of("items", "next"))
                && hasType(properties.get("items"), Schema.SchemaType.ARRAY)
                && hasType(properties.get("next"), Schema.SchemaType.STRING);
    }

    /**
     * The largest page each page schema is answered in: the maximum of the {@code limit} parameter of the operations
     * answering it (a service may allow larger pages than {@link Page#MAX_LIMIT} for bulk reads, as LG Inform's
     * values do), so the document's {@code maxItems} is what a client can receive.
     */
    static Map<String, Integer> pageLimits(OpenAPI openAPI) {
        Map<String, Integer> limits = new HashMap<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return limits;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                Integer limit = limitMaximum(operation);
                APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
                if (limit == null || ok == null || ok.getContent() == null) {
                    continue;
                }
                ok.getContent().getMediaTypes().values().stream()
                        .map(media -> media.getSchema() == null ? null : media.getSchema().getRef())
                        .filter(Objects::nonNull)
                        .map(ref -> ref.substring(ref.lastIndexOf('/') + 1))
                        .forEach(name -> limits.merge(name, limit, Math::max));
            }
        }
        return limits;
    }

    private static Integer limitMaximum(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> "limit".equals(p.getName()) && p.getIn() == Parameter.In.QUERY && p.getSchema() != null
                        && p.getSchema().getMaximum() != null)
                .map(p -> p.getSchema().getMaximum().intValue())
                .findFirst().orElse(null);
    }

    private static void describePage(Schema page, int maxItems) {
        if (page.getDescription() == null) {
            page.setDescription("One page of a list, in a stable order. Ask for the following page by passing next as "
                    + "the parameter after; on the last page next is null.");
        }
        page.setRequired(List.of("items"));
        Schema items = page.getProperties().get("items");
        items.setMaxItems(maxItems);
        if (items.getDescription() == null) {
            items.setDescription("This page's items: at most limit (1 to " + maxItems + "; the operation says its default).");
        }
        Schema next = page.getProperties().get("next");
        next.setMaxLength(MAX_CURSOR_LENGTH);
        if (!next.getType().contains(Schema.SchemaType.NULL)) {
            next.addType(Schema.SchemaType.NULL);
        }
        if (next.getDescription() == null) {
            next.setDescription("The cursor of the following page, to pass as after; null on the last page. "
                    + "Opaque: its form may change.");
        }
    }

    /** {@code Instant}, {@code OffsetDateTime}, {@code LocalDate}: strings whose format bounds their length. */
    private static void boundTemporal(Schema schema) {
        if (!hasType(schema, Schema.SchemaType.STRING) || schema.getMaxLength() != null) {
            return;
        }
        if ("date-time".equals(schema.getFormat())) {
            schema.setMaxLength(MAX_DATE_TIME_LENGTH);
        } else if ("date".equals(schema.getFormat())) {
            schema.setMaxLength(DATE_LENGTH);
        }
    }

    private static boolean hasType(Schema schema, Schema.SchemaType type) {
        return schema != null && schema.getType() != null && schema.getType().contains(type);
    }
}
