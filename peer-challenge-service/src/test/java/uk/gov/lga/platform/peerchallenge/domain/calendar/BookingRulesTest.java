package uk.gov.lga.platform.peerchallenge.domain.calendar;

import org.junit.jupiter.api.Test;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;
import uk.gov.lga.platform.support.problem.Problem.FieldError;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class BookingRulesTest {

    private static final Quarter Q = new Quarter(2026, 4);
    private static final String UNITARY = "E06000701";
    private static final String OTHER_UNITARY = "E06000702";
    private static final String COUNTY = "E10000701";
    private static final String DISTRICT = "E07000701";
    private static final String FOREIGN_DISTRICT = "E07000702";
    private static final String FIRE = "E31000701";
    private static final String ABOLISHED = "E06000703";

    private final Map<String, Organisation> known = new HashMap<>();
    private final Map<Long, Optional<String>> peers = new HashMap<>();

    BookingRulesTest() {
        known.put(UNITARY, organisation(UNITARY, OrganisationKind.COUNCIL, "UA", null));
        known.put(OTHER_UNITARY, organisation(OTHER_UNITARY, OrganisationKind.COUNCIL, "UA", null));
        known.put(COUNTY, organisation(COUNTY, OrganisationKind.COUNCIL, "CTY", null));
        known.put(DISTRICT, organisation(DISTRICT, OrganisationKind.COUNCIL, "NMD", COUNTY));
        known.put(FOREIGN_DISTRICT, organisation(FOREIGN_DISTRICT, OrganisationKind.COUNCIL, "NMD", "E10000702"));
        known.put(FIRE, organisation(FIRE, OrganisationKind.FIRE_AND_RESCUE, null, null));
        Organisation abolished = organisation(ABOLISHED, OrganisationKind.COUNCIL, "UA", null);
        abolished.validTo = LocalDate.of(2026, 9, 30);
        known.put(ABOLISHED, abolished);
        peers.put(17L, Optional.of(UNITARY));
        peers.put(18L, Optional.of(OTHER_UNITARY));
        peers.put(19L, Optional.empty());
    }

    private static Organisation organisation(String code, OrganisationKind kind, String type, String county) {
        Organisation o = new Organisation();
        o.code = code;
        o.kind = kind;
        o.name = "Organisation " + code;
        o.councilType = type;
        o.countyCode = county;
        return o;
    }

    private static NewBooking host(ChallengeKind kind, ChallengeShape shape, String... hosts) {
        return new NewBooking(Q, BookingPurpose.HOST, List.of(hosts), kind, shape, null, List.of(), List.of(), null,
                null, null, List.of());
    }

    private static NewBooking give(String council, Integer days, Long... peers) {
        return new NewBooking(Q, BookingPurpose.GIVE_PEER_DAYS, List.of(), null, null, null, List.of(), List.of(), null,
                council, days, List.of(peers));
    }

    private List<FieldError> check(NewBooking booking) {
        return BookingRules.check(booking, known, peers,
                topic -> "Planning".equals(topic) ? Optional.of(new BigDecimal("8000.00")) : Optional.empty());
    }

    private List<String> fields(NewBooking booking) {
        return check(booking).stream().map(FieldError::field).toList();
    }

    @Test
    void aSingleCouncilHostingACorporateChallengeIsTaken() {
        assertThat(check(host(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, UNITARY))).isEmpty();
    }

    @Test
    void hostingNeedsHostsKindAndShape() {
        assertThat(fields(host(null, null))).containsExactly("hosts", "kind", "shape");
    }

    @Test
    void anUnknownOrRepeatedHostIsNamedByItsPlace() {
        assertThat(check(host(ChallengeKind.CORPORATE, ChallengeShape.SUB_REGIONAL, UNITARY, "E06000799", UNITARY)))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(
                        tuple("hosts[1]", "is not a council or fire and rescue authority this service knows"),
                        tuple("hosts[2]", "names " + UNITARY + " a second time"));
    }

    @Test
    void aHostAbolishedBeforeTheQuarterCannotHost() {
        assertThat(check(host(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, ABOLISHED)))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("hosts[0]");
                    assertThat(e.message()).contains("did not exist during 2026-Q4");
                });
    }

    @Test
    void aSingleChallengeHasOneHostAndSharedManagementTwo() {
        assertThat(fields(host(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, UNITARY, OTHER_UNITARY))).containsExactly("hosts");
        assertThat(fields(host(ChallengeKind.CORPORATE, ChallengeShape.SHARED_MANAGEMENT, UNITARY))).containsExactly("hosts");
        assertThat(check(host(ChallengeKind.CORPORATE, ChallengeShape.SHARED_MANAGEMENT, UNITARY, OTHER_UNITARY))).isEmpty();
    }

    @Test
    void aSubRegionalChallengeHasTwoOrMoreHosts() {
        assertThat(fields(host(ChallengeKind.CORPORATE, ChallengeShape.SUB_REGIONAL, UNITARY))).containsExactly("hosts");
    }

    @Test
    void aCountyWithDistrictsIsLedByTheCountyWithDistrictsOfItsOwnArea() {
        assertThat(check(host(ChallengeKind.CORPORATE, ChallengeShape.COUNTY_WITH_DISTRICTS, COUNTY, DISTRICT))).isEmpty();
        assertThat(fields(host(ChallengeKind.CORPORATE, ChallengeShape.COUNTY_WITH_DISTRICTS, COUNTY, FOREIGN_DISTRICT)))
                .containsExactly("hosts[1]");
        assertThat(fields(host(ChallengeKind.CORPORATE, ChallengeShape.COUNTY_WITH_DISTRICTS, UNITARY, DISTRICT)))
                .containsExactly("hosts[0]");
    }

    @Test
    void aChallengeWithPartnersNamesThemAndNoOtherShapeDoes() {
        NewBooking withoutPartners = host(ChallengeKind.CORPORATE, ChallengeShape.WITH_PARTNERS, UNITARY);
        NewBooking singleWithPartners = new NewBooking(Q, BookingPurpose.HOST, List.of(UNITARY), ChallengeKind.CORPORATE,
                ChallengeShape.SINGLE, null, List.of(), List.of("NHS West Yorkshire"), null, null, null, List.of());

        assertThat(fields(withoutPartners)).containsExactly("partners");
        assertThat(fields(singleWithPartners)).containsExactly("partners");
    }

    @Test
    void aFireAndRescueChallengeIsHostedByAFireAndRescueAuthority() {
        assertThat(check(host(ChallengeKind.FIRE_AND_RESCUE, ChallengeShape.SINGLE, FIRE))).isEmpty();
        assertThat(fields(host(ChallengeKind.FIRE_AND_RESCUE, ChallengeShape.SINGLE, UNITARY))).containsExactly("hosts[0]");
    }

    @Test
    void aFireAndRescueAuthorityLeadsNoOtherKindButMayJoinAsAPartner() {
        assertThat(fields(host(ChallengeKind.CORPORATE, ChallengeShape.SINGLE, FIRE))).containsExactly("hosts[0]");
        NewBooking withFire = new NewBooking(Q, BookingPurpose.HOST, List.of(UNITARY, FIRE), ChallengeKind.CORPORATE,
                ChallengeShape.WITH_PARTNERS, null, List.of(), List.of("West Yorkshire Police"), null, null, null, List.of());
        assertThat(check(withFire)).isEmpty();
    }

    @Test
    void aSubjectSpecificChallengeNamesAnActiveTopicAndIsChargedAtLeastItsMinimum() {
        NewBooking ok = subjectSpecific("Planning", "8000.00");

        assertThat(check(ok)).isEmpty();
        assertThat(fields(subjectSpecific(null, null))).containsExactly("topic", "charge");
        assertThat(fields(subjectSpecific("Astrology", "9000"))).containsExactly("topic");
        assertThat(check(subjectSpecific("Planning", "7999.99"))).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("at least 8000.00"));
    }

    @Test
    void otherKindsHaveNeitherTopicNorCharge() {
        NewBooking corporate = new NewBooking(Q, BookingPurpose.HOST, List.of(UNITARY), ChallengeKind.CORPORATE,
                ChallengeShape.SINGLE, "Planning", List.of(), List.of(), new BigDecimal("100"), null, null, List.of());

        assertThat(fields(corporate)).containsExactly("topic", "charge");
    }

    @Test
    void aHostBookingSaysNothingOfGivingPeerDays() {
        NewBooking mixed = new NewBooking(Q, BookingPurpose.HOST, List.of(UNITARY), ChallengeKind.CORPORATE,
                ChallengeShape.SINGLE, null, List.of(), List.of(), null, UNITARY, 3, List.of(17L));

        assertThat(fields(mixed)).containsExactly("council", "peerDays", "peers");
    }

    @Test
    void givingPeerDaysNeedsTheCouncilAndHowMany() {
        assertThat(check(give(UNITARY, 10, 17L))).isEmpty();
        assertThat(fields(give(null, null))).containsExactly("council", "peerDays");
        assertThat(fields(give("E06000799", 2))).containsExactly("council");
    }

    @Test
    void namedPeersAreTheGivingCouncilsOwnPeersOfTheBankEachOnce() {
        assertThat(check(give(UNITARY, 10, 17L, 99L, 18L, 19L, 17L)))
                .extracting(FieldError::field).containsExactly("peers[1]", "peers[2]", "peers[3]", "peers[4]");
    }

    @Test
    void givingPeerDaysSaysNothingOfHosting() {
        NewBooking mixed = new NewBooking(Q, BookingPurpose.GIVE_PEER_DAYS, List.of(UNITARY), ChallengeKind.CORPORATE,
                ChallengeShape.SINGLE, "Planning", List.of("Housing"), List.of("Police"), BigDecimal.ONE, UNITARY, 5, List.of());

        assertThat(fields(mixed)).containsExactly("hosts", "charge", "focusAreas", "kind", "partners", "shape", "topic");
    }

    @Test
    void theBookerIsTheLeadHostOrTheGivingCouncil() {
        assertThat(host(ChallengeKind.CORPORATE, ChallengeShape.SUB_REGIONAL, OTHER_UNITARY, UNITARY).booker())
                .isEqualTo(OTHER_UNITARY);
        assertThat(give(UNITARY, 3).booker()).isEqualTo(UNITARY);
        assertThat(host(ChallengeKind.CORPORATE, ChallengeShape.SINGLE).booker()).isNull();
    }

    private static NewBooking subjectSpecific(String topic, String charge) {
        return new NewBooking(Q, BookingPurpose.HOST, List.of(UNITARY), ChallengeKind.SUBJECT_SPECIFIC,
                ChallengeShape.SINGLE, topic, List.of(), List.of(), charge == null ? null : new BigDecimal(charge), null,
                null, List.of());
    }
}
