package uk.gov.lga.platform.lginform.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.DataReturnPublished;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.lginform.Fixtures;
import uk.gov.lga.platform.support.outbox.OutboxRelay;

import java.time.Duration;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.lga.platform.lginform.Fixtures.LEEDS;
import static uk.gov.lga.platform.lginform.Fixtures.NO_COUNCIL;
import static uk.gov.lga.platform.lginform.Fixtures.YORK;
import static uk.gov.lga.platform.lginform.Fixtures.postJson;
import static uk.gov.lga.platform.lginform.Fixtures.stored;

/** A council's own return in JSON, by caller; the Leeds officer's also through to Kafka. */
@QuarkusTest
class DataReturnResourceTest {

    static final String GOOD_RETURN = """
            {"period": "2024/25", "values": [
              {"metric": "usable-reserves", "value": 125000.5},
              {"metric": "household-waste-recycled", "value": 38.2}]}
            """;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager em;

    @Inject
    OutboxRelay relay;

    @Nested
    @TestSecurity(user = "officer.leeds", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = LEEDS))
    class LeedsOfficer {

        @Test
        void officerSubmitsAReturnForTheirOwnCouncil() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(201)
                    .header("Location", containsString("/councils/" + LEEDS + "/data-returns/"))
                    .body("councilCode", equalTo(LEEDS))
                    .body("submittedBy", equalTo("officer.leeds"))
                    .body("values", hasSize(2))
                    .body("values.metric", hasItem("usable-reserves"));
        }

        @Test
        void acceptedReturnIsRelayedToKafkaKeyedByCouncil() {
            InMemorySink<String> sink = connector.sink("outbox");
            long id = ((Number) postJson(LEEDS, GOOD_RETURN).then().statusCode(201).extract().path("id")).longValue();

            await().atMost(Duration.ofSeconds(10)).until(() -> sink.received().stream()
                    .anyMatch(m -> EventEnvelope.fromJson(m.getPayload()).dataAs(DataReturnPublished.class).dataReturnId() == id));
            Message<String> message = sink.received().stream()
                    .filter(m -> EventEnvelope.fromJson(m.getPayload()).dataAs(DataReturnPublished.class).dataReturnId() == id)
                    .findFirst().orElseThrow();
            EventEnvelope envelope = EventEnvelope.fromJson(message.getPayload());
            assertThat(envelope.type()).isEqualTo("DataReturnPublished");
            assertThat(envelope.subject()).isEqualTo(LEEDS);
            Optional<OutgoingKafkaRecordMetadata> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class);
            assertThat(metadata).hasValueSatisfying(m -> {
                assertThat(m.getKey()).isEqualTo(LEEDS);
                assertThat(m.getTopic()).isEqualTo("lginform.returns");
            });
            assertThat(envelope.dataAs(DataReturnPublished.class).values()).hasSize(2);
        }

        @Test
        void relayedEventIsMarkedPublishedAndNotSentAgain() {
            InMemorySink<String> sink = connector.sink("outbox");
            long id = ((Number) postJson(LEEDS, GOOD_RETURN).then().statusCode(201).extract().path("id")).longValue();
            String eventId = (String) outboxSingle("SELECT CAST(event_id AS VARCHAR) FROM outbox_event WHERE payload LIKE :v",
                    "%\"dataReturnId\":" + id + ",%");

            await().atMost(Duration.ofSeconds(10)).until(() -> (Boolean) outboxSingle(
                    "SELECT published_at IS NOT NULL FROM outbox_event WHERE CAST(event_id AS VARCHAR) = :v", eventId));
            relay.relayBatch();

            assertThat(sink.received().stream().filter(m -> EventEnvelope.fromJson(m.getPayload()).eventId().toString()
                    .equals(eventId))).hasSize(1);
            assertThat((Boolean) outboxSingle("SELECT length(payload) > 0 FROM outbox_event WHERE CAST(event_id AS VARCHAR) = :v",
                    eventId)).isTrue();
        }

        @Test
        void eachPhaseOfStoringAReturnIsTimedOnTheMetricsEndpoint() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(201);

            String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("lginform_returns_phase_seconds_count{phase=\"number\"",
                    "lginform_returns_phase_seconds_count{phase=\"events\"",
                    "lginform_returns_phase_seconds_count{phase=\"append\"",
                    "lginform_returns_phase_seconds_count{phase=\"observers\"");
        }

        @Test
        void laterReturnForTheSamePeriodIsTheNextRevision() {
            int first = postJson(LEEDS, "{\"period\": \"2019/20\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 1}]}")
                    .then().statusCode(201).extract().path("values[0].revision");
            int second = postJson(LEEDS, "{\"period\": \"2019/20\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": 2}]}")
                    .then().statusCode(201).extract().path("values[0].revision");

            assertThat(second).isEqualTo(first + 1);
        }

        @Test
        void officerCannotSubmitForAnotherCouncil() {
            Fixtures.Stored before = stored();
            postJson(YORK, GOOD_RETURN).then().statusCode(403).contentType("application/problem+json");
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void returnForAnUnknownCouncilIsA404Problem() {
            postJson(NO_COUNCIL, GOOD_RETURN).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("No council has the GSS code E99999999."));
        }

        @Test
        void everyWrongValueIsNamedAndNothingIsStored() {
            Fixtures.Stored before = stored();
            postJson(LEEDS, """
                    {"period": "2024/25", "values": [
                      {"metric": "usable-reserves", "value": 10},
                      {"metric": "no-such-metric", "value": 1},
                      {"metric": "household-waste-recycled", "value": 140},
                      {"metric": "usable-reserves", "value": 11},
                      {"metric": "population", "value": 5}]}
                    """).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("values[1].metric", "values[2].value", "values[3]", "values[4].period"));
            assertThat(stored()).isEqualTo(before);
        }

        @Test
        void missingValueIsNamed() {
            postJson(LEEDS, "{\"period\": \"2024/25\", \"values\": [{\"metric\": \"usable-reserves\"}]}").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("values[0].value"));
        }

        @Test
        void valueWithoutAnyPeriodIsNamed() {
            postJson(LEEDS, "{\"values\": [{\"metric\": \"usable-reserves\", \"value\": 3}]}").then().statusCode(400)
                    .body("errors.field", contains("values[0].period"));
        }

        @Test
        void malformedJsonIsABadRequest() {
            postJson(LEEDS, "{\"period\": \"2024/25\", \"values\": [").then().statusCode(400)
                    .contentType("application/problem+json");
        }

        @Test
        void textWhereANumberBelongsIsNamed() {
            postJson(LEEDS, "{\"period\": \"2024/25\", \"values\": [{\"metric\": \"usable-reserves\", \"value\": \"lots\"}]}")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("values[0].value"));
        }

        @Test
        void emptyBodyIsABadRequest() {
            given().contentType(ContentType.JSON).when().post("/councils/" + LEEDS + "/data-returns")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Nested
    @TestSecurity(user = "officer.york", roles = "council-officer")
    @OidcSecurity(claims = @Claim(key = "council", value = YORK))
    class YorkOfficer {

        @Test
        void yorkOfficerCannotSubmitForLeeds() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "officer.nowhere", roles = "council-officer")
    class OfficerWithoutACouncil {

        @Test
        void officerWithoutACouncilClaimCannotSubmit() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "admin", roles = "platform-admin")
    class PlatformAdmin {

        @Test
        void adminCannotSubmitACouncilsReturn() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(403);
        }
    }

    @Nested
    @TestSecurity(user = "analyst", roles = "radar-analyst")
    class RadarAnalyst {

        @Test
        void radarAnalystCannotSubmitAReturn() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(403);
        }
    }

    @Nested
    class Anonymous {

        @Test
        void anonymousCallerIsUnauthorized() {
            postJson(LEEDS, GOOD_RETURN).then().statusCode(401).contentType("application/problem+json");
        }
    }

    private Object outboxSingle(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter("v", parameter)
                .getSingleResult());
    }
}
