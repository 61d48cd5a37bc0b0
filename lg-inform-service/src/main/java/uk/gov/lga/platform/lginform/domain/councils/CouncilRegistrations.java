package uk.gov.lga.platform.lginform.domain.councils;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.lga.platform.events.CouncilRegistered;
import uk.gov.lga.platform.events.EventJson;
import uk.gov.lga.platform.lginform.persistence.CouncilRepository;
import uk.gov.lga.platform.support.outbox.Outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Tells the other services which councils exist when: a CouncilRegistered per council (current and abolished) on
 * {@code lginform.councils}, through the outbox, whenever the register holds something its last event did not say.
 * Each event's fingerprint (SHA-256 of its data) is kept, so a restart with an unchanged register publishes nothing.
 */
@ApplicationScoped
public class CouncilRegistrations {

    private final CouncilRepository repository;
    private final Outbox outbox;

    @Inject
    public CouncilRegistrations(CouncilRepository repository, Outbox outbox) {
        this.repository = repository;
        this.outbox = outbox;
    }

    /** Records the event of every council that is new or changed since its last one; how many it recorded. */
    int publishChanged(List<Council> councils, Succession succession, Instant at) {
        Map<String, String> published = repository.registrationFingerprints();
        int recorded = 0;
        for (Council c : councils) {
            CouncilRegistered event = of(c, succession);
            String fingerprint = fingerprint(event);
            if (!fingerprint.equals(published.get(c.gssCode))) {
                outbox.record(event, at);
                repository.saveRegistration(c.gssCode, fingerprint, at);
                recorded++;
            }
        }
        return recorded;
    }

    static CouncilRegistered of(Council c, Succession succession) {
        return new CouncilRegistered(c.gssCode, c.code, c.name, c.officialName, c.nation, c.region, c.type, c.tier,
                c.countyGssCode, c.validFrom, c.validTo, succession.predecessorsOf(c.gssCode),
                succession.successorsOf(c.gssCode));
    }

    static String fingerprint(CouncilRegistered event) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(EventJson.write(event).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
