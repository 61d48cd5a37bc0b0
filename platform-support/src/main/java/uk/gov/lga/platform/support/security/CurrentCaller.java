package uk.gov.lga.platform.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.platform.support.ids.GssCode;

import java.util.Optional;
import java.util.stream.Stream;

/** The {@link Caller} of the current request, built once from its verified identity. Resources inject it. */
@RequestScoped
public class CurrentCaller {

    /** Keycloak names a client's service account after the client. */
    private static final String SERVICE_ACCOUNT = "service-account-";

    private final SecurityIdentity identity;
    private Caller caller;

    @Inject
    public CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        if (caller == null) {
            caller = identity.isAnonymous() ? Caller.ANONYMOUS : Caller.user(identity.getPrincipal().getName(),
                    claim(Roles.COUNCIL_CLAIM).filter(GssCode::isValid).map(GssCode::of).orElse(null),
                    club().orElse(null), identity.getRoles());
        }
        return caller;
    }

    /**
     * A benchmarking club calls with client credentials: its client id is the token's client_id (Keycloak)
     * or azp claim, else the name of its service account without Keycloak's prefix.
     */
    private Optional<String> club() {
        if (!identity.hasRole(Roles.BENCHMARKING_CLUB)) {
            return Optional.empty();
        }
        Optional<String> clientId = Stream.of("client_id", "azp").map(this::claim)
                .flatMap(Optional::stream).filter(s -> !s.isBlank()).findFirst();
        if (clientId.isPresent()) {
            return clientId;
        }
        String name = identity.getPrincipal().getName();
        return Optional.of(name.startsWith(SERVICE_ACCOUNT) ? name.substring(SERVICE_ACCOUNT.length()) : name);
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            return Optional.ofNullable(token.<Object>getClaim(name)).map(Object::toString).map(s -> s.replace("\"", ""));
        }
        return Optional.empty();
    }
}
