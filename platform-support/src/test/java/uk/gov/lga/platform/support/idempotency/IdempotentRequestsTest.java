package uk.gov.lga.platform.support.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link IdempotentRequests#once}: the first answer to a (caller, key) is stored with the change; a retry with the
 * same key and body gets it again ({@code Idempotent-Replayed: true}) without running the action; the same key
 * with another body is answered 422.
 */
@QuarkusTest
class IdempotentRequestsTest {

    static final byte[] RETURN = "{\"period\":\"2024/25\"}".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_RETURN = "{\"period\":\"2023/24\"}".getBytes(StandardCharsets.UTF_8);
    static final URI LOCATION = URI.create("/councils/E08000035/data-returns/7");

    @Inject
    IdempotentRequests requests;

    @Inject
    EntityManager em;

    @Inject
    TransactionManager transactions;

    final AtomicInteger runs = new AtomicInteger();

    /** The submission: counts its runs and answers 201 with a body. */
    IdempotentRequests.Outcome submit() {
        runs.incrementAndGet();
        return new IdempotentRequests.Outcome(201, LOCATION, Map.of("id", 7, "period", "2024/25"));
    }

    @Test
    void firstRequestRunsTheActionAndAnswersWithItsOutcome() {
        Response response = requests.once("officer.leeds", newKey(), RETURN, this::submit);

        assertThat(runs).hasValue(1);
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getLocation()).isEqualTo(LOCATION);
        assertThat(response.getEntity()).isEqualTo(Map.of("id", 7, "period", "2024/25"));
        assertThat(response.getHeaderString("Idempotent-Replayed")).isNull();
    }

    @Test
    void retryWithTheSameKeyAndBodyReplaysTheFirstAnswerWithoutRunningTheActionAgain() {
        String key = newKey();
        requests.once("officer.leeds", key, RETURN, this::submit);

        Response replay = requests.once("officer.leeds", key, RETURN.clone(), this::submit);

        assertThat(runs).hasValue(1);
        assertThat(replay.getStatus()).isEqualTo(201);
        assertThat(replay.getLocation()).isEqualTo(LOCATION);
        assertThat(replay.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.getMediaType()).hasToString("application/json");
        assertThat((String) replay.getEntity()).contains("\"id\":7").contains("\"period\":\"2024/25\"");
    }

    @Test
    void answerWithoutLocationIsReplayedWithoutLocation() {
        String key = newKey();
        requests.once("officer.leeds", key, RETURN, () -> new IdempotentRequests.Outcome(200, null, Map.of("ok", true)));

        Response replay = requests.once("officer.leeds", key, RETURN, this::submit);

        assertThat(replay.getStatus()).isEqualTo(200);
        assertThat(replay.getLocation()).isNull();
        assertThat(runs).hasValue(0);
    }

    @Test
    void sameKeyWithAnotherBodyIsAnswered422WithoutRunningTheAction() {
        String key = newKey();
        requests.once("officer.leeds", key, RETURN, this::submit);

        assertThatThrownBy(() -> requests.once("officer.leeds", key, OTHER_RETURN, this::submit))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("Idempotency-Key");
                });
        assertThat(runs).hasValue(1);
    }

    @Test
    void sameKeyFromAnotherCallerIsAnotherRequest() {
        String key = newKey();
        requests.once("officer.leeds", key, RETURN, this::submit);

        Response response = requests.once("officer.york", key, OTHER_RETURN, this::submit);

        assertThat(runs).hasValue(2);
        assertThat(response.getHeaderString("Idempotent-Replayed")).isNull();
    }

    @Test
    void failedRequestStoresNothingSoTheKeyMayBeRetried() {
        String key = newKey();
        assertThatThrownBy(() -> requests.once("officer.leeds", key, RETURN, () -> {
            runs.incrementAndGet();
            throw ProblemException.conflict("A return for 2024/25 is already being checked.");
        })).isInstanceOf(ProblemException.class);

        Response retry = requests.once("officer.leeds", key, RETURN, this::submit);

        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeaderString("Idempotent-Replayed")).isNull();
    }

    @Test
    void actionRunsInsideTheTransactionThatStoresTheAnswer() {
        requests.once("officer.leeds", newKey(), RETURN, () -> {
            assertThat(transactionStatus()).isEqualTo(Status.STATUS_ACTIVE);
            return submit();
        });

        assertThat(runs).hasValue(1);
    }

    @Test
    void keyStillBeingProcessedIsAnswered409() {
        String key = newKey();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO idempotent_request (caller, idempotency_key, request_hash, status, body) "
                                + "VALUES ('officer.leeds', :key, :hash, 0, '')")
                .setParameter("key", key).setParameter("hash", IdempotentRequests.sha256(RETURN))
                .executeUpdate());

        assertThatThrownBy(() -> requests.once("officer.leeds", key, RETURN, this::submit))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(runs).hasValue(0);
    }

    @Test
    void withoutAKeyTheActionRunsEveryTime() {
        requests.once("officer.leeds", null, RETURN, this::submit);
        requests.once("officer.leeds", " ", RETURN, this::submit);
        Response response = requests.once("officer.leeds", null, RETURN, this::submit);

        assertThat(runs).hasValue(3);
        assertThat(response.getStatus()).isEqualTo(201);
    }

    @Test
    void keyLongerThan200CharactersIsAnswered400() {
        assertThatThrownBy(() -> requests.once("officer.leeds", "k".repeat(201), RETURN, this::submit))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(runs).hasValue(0);
    }

    @Test
    void keyOf200CharactersIsAccepted() {
        Response response = requests.once("officer.leeds", UUID.randomUUID() + "k".repeat(164), RETURN, this::submit);

        assertThat(response.getStatus()).isEqualTo(201);
    }

    private int transactionStatus() {
        try {
            return transactions.getStatus();
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
