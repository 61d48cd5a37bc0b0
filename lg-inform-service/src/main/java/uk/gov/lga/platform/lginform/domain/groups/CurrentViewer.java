package uk.gov.lga.platform.lginform.domain.groups;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.platform.support.security.CouncilAccess;
import uk.gov.lga.platform.support.security.Roles;

import java.util.Optional;
import java.util.stream.Stream;

/** The caller of the current request as a {@link GroupViewer}. */
@RequestScoped
public class CurrentViewer {

    /** Keycloak names a client's service account after the client. */
    private static final String SERVICE_ACCOUNT = "service-account-";

    @Inject
    SecurityIdentity identity;

    @Inject
    CouncilAccess access;

    public GroupViewer get() {
        if (identity.isAnonymous()) {
            return GroupViewer.ANONYMOUS;
        }
        return new GroupViewer(access.callerName(), access.callersCouncil().orElse(null), club().orElse(null),
                identity.hasRole(Roles.PLATFORM_ADMIN));
    }

    /**
     * A benchmarking club calls with client credentials: its client id is the token's client_id (Keycloak)
     * or azp claim, else the name of its service account without Keycloak's prefix.
     */
    private Optional<String> club() {
        if (!identity.hasRole(Roles.BENCHMARKING_CLUB)) {
            return Optional.empty();
        }
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Optional<String> clientId = Stream.of("client_id", "azp")
                    .map(token::<Object>getClaim)
                    .filter(claim -> claim != null && !claim.toString().isBlank())
                    .map(claim -> claim.toString().replace("\"", ""))
                    .findFirst();
            if (clientId.isPresent()) {
                return clientId;
            }
        }
        String name = identity.getPrincipal().getName();
        return Optional.of(name.startsWith(SERVICE_ACCOUNT) ? name.substring(SERVICE_ACCOUNT.length()) : name);
    }
}
