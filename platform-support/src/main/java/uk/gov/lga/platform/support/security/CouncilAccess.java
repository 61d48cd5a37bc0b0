package uk.gov.lga.platform.support.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/** Object-level checks: a council officer acts for the council named in their token, and no other. */
@RequestScoped
public class CouncilAccess {

    @Inject
    SecurityIdentity identity;

    /** The council the caller works for, if they are a council officer with a council claim. */
    public Optional<String> callersCouncil() {
        if (identity.isAnonymous() || !identity.hasRole(Roles.COUNCIL_OFFICER)) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(Roles.COUNCIL_CLAIM);
            return Optional.ofNullable(claim).map(Object::toString).map(s -> s.replace("\"", ""));
        }
        return Optional.empty();
    }

    public boolean isOfficerOf(String gssCode) {
        return callersCouncil().filter(gssCode::equals).isPresent();
    }

    /** Throws 403 unless the caller is a council officer of this council. */
    public void requireOfficerOf(String gssCode) {
        if (!isOfficerOf(gssCode)) {
            throw new ForbiddenException("A council officer may act only for their own council.");
        }
    }

    public String callerName() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }
}
