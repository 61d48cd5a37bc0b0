package uk.gov.lga.platform.lginform.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A WHERE clause built from optional filters, the one way every repository writes one: a condition with a
 * value joins only when the value is given, and binds it as a named parameter. {@link #text()} is empty when
 * no condition joined (Panache then reads everything).
 */
final class Conditions {

    private final String joiner;
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Conditions(String joiner) {
        this.joiner = joiner;
    }

    /** Conditions that must all hold. */
    static Conditions all() {
        return new Conditions(" and ");
    }

    /** Conditions of which one is enough. */
    static Conditions any() {
        return new Conditions(" or ");
    }

    /** A condition that always joins. */
    Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A condition that joins only when {@code value} is given; it names the value as {@code :name}. */
    Conditions add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(name, value);
        }
        return this;
    }

    /** Other conditions, in brackets, as one; with their parameters. */
    Conditions add(Conditions nested) {
        if (!nested.clauses.isEmpty()) {
            clauses.add("(" + nested.text() + ")");
            parameters.putAll(nested.parameters);
        }
        return this;
    }

    /** A parameter an always-joining condition names. */
    Conditions bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    String text() {
        return String.join(joiner, clauses);
    }

    Map<String, Object> parameters() {
        return parameters;
    }
}
