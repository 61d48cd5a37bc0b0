package uk.gov.lga.platform.support.security;

import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the domain sees it: built once per request from the verified token
 * ({@link CurrentCaller}), or {@link #system(String)} for a scheduled job. Domain methods whose answer
 * depends on the caller take one as an argument instead of reading the request's identity.
 *
 * @param name    the user name, the client's service account, or the job's name
 * @param council the council a council officer works for (the token's {@code council} claim); null otherwise
 * @param club    the client id of a benchmarking club calling with client credentials; null otherwise
 * @param roles   the realm roles of the token
 */
public record Caller(String name, GssCode council, String club, Set<String> roles, Kind kind) {

    public enum Kind { ANONYMOUS, USER, SYSTEM }

    public static final Caller ANONYMOUS = new Caller("anonymous", null, null, Set.of(), Kind.ANONYMOUS);

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A user or client with a verified token. */
    public static Caller user(String name, GssCode council, String club, Set<String> roles) {
        return new Caller(name, council, club, roles, Kind.USER);
    }

    /** A scheduled job of the service itself: no roles, so it sees only what anyone may see. */
    public static Caller system(String job) {
        return new Caller("system:" + job, null, null, Set.of(), Kind.SYSTEM);
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public Optional<GssCode> councilOfOfficer() {
        return hasRole(Roles.COUNCIL_OFFICER) ? Optional.ofNullable(council) : Optional.empty();
    }

    /** A council officer of exactly this council. */
    public boolean isOfficerOf(GssCode gssCode) {
        return councilOfOfficer().filter(gssCode::equals).isPresent();
    }

    /** The council's own officer, or anyone holding one of the wider roles. */
    public boolean actsFor(GssCode gssCode, String... widerRoles) {
        return isOfficerOf(gssCode) || hasAnyRole(widerRoles);
    }

    /** As {@link #actsFor}, or a 403 problem saying who may. */
    public void requireActsFor(GssCode gssCode, String... widerRoles) {
        if (!actsFor(gssCode, widerRoles)) {
            throw ProblemException.forbidden(widerRoles.length == 0
                    ? "A council officer may act only for their own council."
                    : "Only the council's own officer or a caller with one of the roles "
                            + String.join(", ", widerRoles) + " may do this.");
        }
    }
}
