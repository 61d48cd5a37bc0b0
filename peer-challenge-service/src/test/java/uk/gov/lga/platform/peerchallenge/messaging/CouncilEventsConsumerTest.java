package uk.gov.lga.platform.peerchallenge.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.events.EventEnvelope;
import uk.gov.lga.platform.events.SupportGranted;
import uk.gov.lga.platform.peerchallenge.Fixtures.Ledger;
import uk.gov.lga.platform.peerchallenge.Fixtures.Register;
import uk.gov.lga.platform.peerchallenge.TestClock;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.Movement;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The register and political control arrive on lginform.councils (the in-memory channel here). Each test has a
 * council of its own (codes E0600076x-E0600079x); a last marker event tells when the ones before it were applied,
 * since one council's events are applied in order.
 */
@QuarkusTest
class CouncilEventsConsumerTest {

    private static final LocalDate MAY_ELECTIONS = LocalDate.of(2026, 5, 8);

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    TestClock clock;

    @BeforeEach
    void midSummer2026() {
        clock.setToday(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aRegisteredCouncilBecomesAMemberOfTheOffer() {
        send(Register.registered("E06000760", "Harbourside", "UA", "South West", LocalDate.of(1998, 4, 1), null));

        await().atMost(Duration.ofSeconds(10)).until(() -> Register.exists("E06000760"));
        Organisation o = Register.organisation("E06000760");
        assertThat(o.kind).isEqualTo(OrganisationKind.COUNCIL);
        assertThat(o.name).isEqualTo("Harbourside");
        assertThat(o.councilType).isEqualTo("UA");
        assertThat(o.region).isEqualTo("South West");
        assertThat(o.validFrom).isEqualTo(LocalDate.of(1998, 4, 1));
    }

    @Test
    void aCouncilRegisteredAgainReplacesWhatWasKnownOfIt() {
        send(Register.registered("E06000761", "Old Name", "UA", "South West", null, null));
        send(Register.registered("E06000761", "New Name", "UA", "South West", null, LocalDate.of(2028, 3, 31)));

        await().atMost(Duration.ofSeconds(10)).until(() -> Register.exists("E06000761")
                && "New Name".equals(Register.organisation("E06000761").name));
        assertThat(Register.organisation("E06000761").validTo).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @Test
    void aChangeOfControlRecordsItAndGrantsFiveDaysOfMemberPeerSupport() {
        String council = registered("E06000762");
        send(Register.controlChanged(council, "Labour", "NO_OVERALL_CONTROL", MAY_ELECTIONS));

        await().atMost(Duration.ofSeconds(10)).until(() -> !Ledger.entries(council).isEmpty());
        assertThat(Ledger.entries(council)).singleElement().satisfies(g -> {
            assertThat(g.entitlement).isEqualTo(EntitlementKind.MEMBER_PEER_SUPPORT);
            assertThat(g.movement).isEqualTo(Movement.GRANT);
            assertThat(g.quantity).isEqualTo(5);
            assertThat(g.expiresOn).isEqualTo(LocalDate.of(2027, 5, 8));
            assertThat(g.recordedBy).isEqualTo("system:lginform.councils");
            assertThat(g.sourceEventId).isNotNull();
            assertThat(g.reason).contains("Labour").contains("NO_OVERALL_CONTROL").contains("synthetic");
        });
        assertThat(Register.organisation(council).politicalControl).isEqualTo("NO_OVERALL_CONTROL");
        assertThat(Register.organisation(council).controlSince).isEqualTo(MAY_ELECTIONS);
        assertThat(Ledger.outbox(SupportGranted.TYPE, council)).singleElement()
                .satisfies(json -> assertThat(EventEnvelope.fromJson(json).dataAs(SupportGranted.class).days()).isEqualTo(5));
    }

    @Test
    void theSameEventDeliveredTwiceGrantsOnce() {
        String council = registered("E06000763");
        String event = Register.controlChanged(council, "Labour", "Conservative", MAY_ELECTIONS);
        send(event);
        send(event);
        String marker = Register.registered(council, "Marker", "UA", "Test Region Consumer", null, null);
        send(marker);

        await().atMost(Duration.ofSeconds(10)).until(() -> "Marker".equals(Register.organisation(council).name));
        assertThat(Ledger.entries(council)).hasSize(1);
        assertThat(Ledger.outbox(SupportGranted.TYPE, council)).hasSize(1);
    }

    @Test
    void theSameChangeRepublishedUnderANewEventIdGrantsOnce() {
        String council = registered("E06000764");
        send(Register.controlChanged(council, "Labour", "Conservative", MAY_ELECTIONS));
        send(Register.controlChanged(council, "Labour", "Conservative", MAY_ELECTIONS));
        send(Register.registered(council, "Marker", "UA", "Test Region Consumer", null, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> "Marker".equals(Register.organisation(council).name));
        assertThat(Ledger.entries(council)).hasSize(1);
    }

    @Test
    void aCouncilsFirstRecordOfControlIsNotAChangeAndGrantsNothing() {
        String council = registered("E06000765");
        send(Register.controlChanged(council, null, "Labour", LocalDate.of(2024, 5, 10)));

        await().atMost(Duration.ofSeconds(10)).until(() -> "Labour".equals(Register.organisation(council).politicalControl));
        assertThat(Ledger.entries(council)).isEmpty();
    }

    @Test
    void anOlderRecordOfControlDoesNotReplaceTheCurrentOne() {
        String council = registered("E06000766");
        send(Register.controlChanged(council, null, "Green", LocalDate.of(2025, 5, 2)));
        send(Register.controlChanged(council, null, "Labour", LocalDate.of(2021, 5, 6)));
        send(Register.registered(council, "Marker", "UA", "Test Region Consumer", null, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> "Marker".equals(Register.organisation(council).name));
        assertThat(Register.organisation(council).politicalControl).isEqualTo("Green");
        assertThat(Register.organisation(council).controlSince).isEqualTo(LocalDate.of(2025, 5, 2));
    }

    @Test
    void controlOfAnUnknownCouncilIsSkippedAndTheNextEventApplied() {
        send(Register.controlChanged("E06000767", "Labour", "Conservative", MAY_ELECTIONS));
        send(Register.registered("E06000768", "After", "UA", "Test Region Consumer", null, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> Register.exists("E06000768"));
        assertThat(Register.exists("E06000767")).isFalse();
        assertThat(Ledger.entries("E06000767")).isEmpty();
    }

    @Test
    void anUnreadableMessageOrAMalformedCouncilIsSkippedAndTheNextApplied() {
        send("this is not an event");
        send(Register.registered("E06000769", "x".repeat(201), "UA", "Test Region Consumer", null, null));
        send(Register.registered("E06000779", "After", "UA", "Test Region Consumer", null, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> Register.exists("E06000779"));
        assertThat(Register.exists("E06000769")).isFalse();
    }

    /** A council registered straight into the register, as an earlier event would have. */
    private static String registered(String code) {
        Register.council(code, "Council " + code, "UA", "Test Region Consumer");
        return code;
    }

    private void send(String payload) {
        InMemorySource<String> source = connector.source("lginform-councils");
        source.send(payload);
    }
}
