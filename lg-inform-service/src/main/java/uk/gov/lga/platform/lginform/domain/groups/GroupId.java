package uk.gov.lga.platform.lginform.domain.groups;

import uk.gov.lga.platform.support.ids.GssCode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A comparison group's id, read once from the text a request or a dashboard carries: {@code all-england},
 * {@code type:NMD}, {@code region:London}, {@code county:E10000007} (the county and its districts),
 * {@code nearest-neighbours:E08000035} (the council and its neighbours) or {@code custom:12}. Its text
 * ({@link #toString()}) is the id the API knows the group by.
 */
public record GroupId(Kind kind, String argument) {

    /** The text of {@link #ALL_ENGLAND}, a constant for annotations. */
    public static final String ALL_ENGLAND_ID = "all-england";
    public static final GroupId ALL_ENGLAND = new GroupId(Kind.ALL_ENGLAND, null);

    private static final Pattern CUSTOM_NUMBER = Pattern.compile("\\d{1,18}");

    /** The kinds of group, each with the prefix of its ids and how its name is written. */
    public enum Kind {
        ALL_ENGLAND(ALL_ENGLAND_ID, "All English councils"),
        TYPE("type", "English councils of type %s"),
        REGION("region", "Councils in %s"),
        COUNTY("county", "%s and its districts"),
        NEAREST_NEIGHBOURS("nearest-neighbours", "Nearest neighbours of %s"),
        CUSTOM("custom", "%s");

        private final String prefix;
        private final String nameFormat;

        Kind(String prefix, String nameFormat) {
            this.prefix = prefix;
            this.nameFormat = nameFormat;
        }

        /** A group's name, from its type or region, its county's or council's name, or a custom group's own name. */
        public String nameOf(String subject) {
            return String.format(Locale.ROOT, nameFormat, subject);
        }
    }

    public GroupId {
        Objects.requireNonNull(kind);
    }

    /** The id, if the text is one: a county or council must be a GSS code, a custom group a number. */
    public static Optional<GroupId> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (ALL_ENGLAND_ID.equals(id)) {
            return Optional.of(ALL_ENGLAND);
        }
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = id.substring(0, colon);
        String argument = id.substring(colon + 1);
        return Arrays.stream(Kind.values()).filter(k -> k != Kind.ALL_ENGLAND && k.prefix.equals(prefix)).findFirst()
                .filter(kind -> switch (kind) {
                    case COUNTY, NEAREST_NEIGHBOURS -> GssCode.isValid(argument);
                    case CUSTOM -> CUSTOM_NUMBER.matcher(argument).matches();
                    default -> true;
                })
                .map(kind -> kind == Kind.CUSTOM ? custom(Long.parseLong(argument)) : new GroupId(kind, argument));
    }

    public static GroupId custom(long number) {
        return new GroupId(Kind.CUSTOM, Long.toString(number));
    }

    public static GroupId of(Kind kind, String argument) {
        return new GroupId(kind, argument);
    }

    public boolean isCustom() {
        return kind == Kind.CUSTOM;
    }

    /** The number of a custom group. */
    public long customNumber() {
        if (!isCustom()) {
            throw new IllegalStateException(this + " is not a custom group");
        }
        return Long.parseLong(argument);
    }

    @Override
    public String toString() {
        return kind == Kind.ALL_ENGLAND ? kind.prefix : kind.prefix + ":" + argument;
    }
}
