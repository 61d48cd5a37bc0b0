package uk.gov.lga.platform.support.edge;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Numbers and booleans in paths, queries and headers, read strictly: ASCII digits only, in range, and
 * {@code true} or {@code false}. A value that is neither is a 400 problem naming the parameter, never a 404
 * (what JAX-RS answers for a failed conversion) and never a silent {@code false} for {@code maybe}.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, "a whole number", s -> integer(s, Integer.MIN_VALUE, Integer.MAX_VALUE).intValue());
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, "a whole number", s -> integer(s, Long.MIN_VALUE, Long.MAX_VALUE));
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, "true or false", StrictParameters::bool);
        }
        return null;
    }

    /**
     * RESTEasy Reactive converts primitive {@code int}, {@code long} and {@code boolean} parameters itself, without
     * asking the providers, and answers a failure as a bare 404 (path, query) or 400 (others). For such a failure:
     * the parameters of the matched method that this provider would refuse, each named as it would name it.
     */
    public static List<Problem.FieldError> refused(Method method, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            String name = nameOf(parameter.getAnnotations());
            List<String> values = parameter.isAnnotationPresent(QueryParam.class) ? uri.getQueryParameters().get(name)
                    : parameter.isAnnotationPresent(PathParam.class) ? uri.getPathParameters().get(name) : null;
            if (values == null) {
                continue;
            }
            boolean integer = type == int.class || type == Integer.class || type == long.class || type == Long.class;
            boolean bool = type == boolean.class || type == Boolean.class;
            long min = type == int.class || type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE;
            long max = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
            for (String value : values) {
                if ((integer && integer(value, min, max) == null) || (bool && bool(value) == null)) {
                    errors.add(new Problem.FieldError(name, "must be " + (bool ? "true or false" : "a whole number")));
                    break;
                }
            }
        }
        return errors;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                T parsed = parse.apply(value);
                if (parsed == null) {
                    throw new ProblemException(400, "Bad Request", "The request has invalid fields.",
                            List.of(new Problem.FieldError(name, "must be " + expected)));
                }
                return parsed;
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static Long integer(String text, long min, long max) {
        if (!Text.isAsciiInteger(text)) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean bool(String text) {
        return "true".equals(text) ? Boolean.TRUE : "false".equals(text) ? Boolean.FALSE : null;
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                } else if (a instanceof FormParam f) {
                    return f.value();
                } else if (a instanceof CookieParam c) {
                    return c.value();
                } else if (a instanceof MatrixParam m) {
                    return m.value();
                }
            }
        }
        return "parameter";
    }
}
