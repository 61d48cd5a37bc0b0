package uk.gov.lga.platform.support.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for submissions: the first answer to a (caller, key) is stored in the same
 * transaction as the change it made; a retry with the same key and the same request gets that answer
 * again without the change being applied twice. A failed request stores nothing, so it may be retried.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** What a submission answered: replayed as it was. */
    public record Outcome(int status, URI location, Object body) {
    }

    /**
     * Runs the submission once per key. Call it from the resource with the raw request body; the
     * action runs inside this transaction. Without a key, the action simply runs.
     */
    @Transactional
    public Response once(String caller, String key, byte[] request, Supplier<Outcome> action) {
        if (key == null || key.isBlank()) {
            return toResponse(action.get());
        }
        if (key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key is longer than 200 characters.");
        }
        String hash = sha256(request);
        // Claims the key; a concurrent request with the same key waits here until this one commits.
        int claimed = em.createNativeQuery("INSERT INTO idempotent_request (caller, idempotency_key, request_hash, status, body) "
                        + "VALUES (:caller, :key, :hash, 0, '') ON CONFLICT DO NOTHING")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(caller, key, hash);
        }
        Outcome outcome = action.get();
        try {
            em.createNativeQuery("UPDATE idempotent_request SET status = :status, location = :location, body = :body "
                            + "WHERE caller = :caller AND idempotency_key = :key")
                    .setParameter("status", outcome.status())
                    .setParameter("location", outcome.location() == null ? null : outcome.location().toString())
                    .setParameter("body", json.writeValueAsString(outcome.body()))
                    .setParameter("caller", caller).setParameter("key", key)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer of an idempotent request", e);
        }
        return toResponse(outcome);
    }

    private Response replay(String caller, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, location, body FROM idempotent_request "
                        + "WHERE caller = :caller AND idempotency_key = :key")
                .setParameter("caller", caller).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "Unprocessable Content",
                    "This Idempotency-Key was used before with a different request; use a new key for a new submission.",
                    List.of());
        }
        int status = ((Number) row[1]).intValue();
        if (status == 0) {
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed; retry shortly.");
        }
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(row[3])
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            response.location(URI.create((String) row[2]));
        }
        return response.build();
    }

    private static Response toResponse(Outcome outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status()).entity(outcome.body());
        if (outcome.location() != null) {
            response.location(outcome.location());
        }
        return response.build();
    }

    static String sha256(byte[] request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
