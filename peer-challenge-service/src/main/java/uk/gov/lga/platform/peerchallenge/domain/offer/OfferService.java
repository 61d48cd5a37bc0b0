package uk.gov.lga.platform.peerchallenge.domain.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.persistence.OfferRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Works out a council's entitlements of the improvement offer in the current three-year cycle. */
@ApplicationScoped
public class OfferService {

    private static final int MEMBER_PEER_SUPPORT_DAYS = 5;
    private static final int SCRUTINY_SUPPORT_DAYS = 6;

    private final OfferRepository offers;
    private final Clock clock;

    @Inject
    public OfferService(OfferRepository offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    /**
     * The council's offer in the cycle running now. The LGA roles support every council; a council officer sees
     * only their own council's offer (403 problem otherwise).
     */
    @Transactional
    public CouncilOffer forCouncil(GssCode council, Caller caller) {
        caller.requireActsFor(council, Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN);
        ChallengeCycle cycle = ChallengeCycle.containing(LocalDate.now(clock));
        return new CouncilOffer(council, cycle, List.of(
                freeCorporateChallenge(council, cycle),
                leadershipPlaces(council, cycle),
                memberPeerSupport(),
                scrutinySupport()));
    }

    private Entitlement freeCorporateChallenge(GssCode council, ChallengeCycle cycle) {
        return offers.firstCorporateChallengeIn(council, cycle)
                .map(c -> new Entitlement(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, EntitlementStatus.USED,
                        1, 1, null, null, "Used by the corporate peer challenge starting " + c.startsOn + "."))
                .orElseGet(() -> new Entitlement(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE,
                        EntitlementStatus.AVAILABLE, 1, 0, null, null, null));
    }

    /** Each year of the cycle on its own: a place not taken in one year does not carry over to the next. */
    private Entitlement leadershipPlaces(GssCode council, ChallengeCycle cycle) {
        List<String> years = cycle.financialYears();
        Set<String> taken = offers.placesTakenUpIn(council, years).stream()
                .map(p -> p.financialYear)
                .collect(Collectors.toSet());
        List<Entitlement.YearPlace> places = years.stream()
                .map(y -> new Entitlement.YearPlace(y, taken.contains(y) ? EntitlementStatus.USED : EntitlementStatus.AVAILABLE))
                .toList();
        EntitlementStatus status = taken.size() == years.size() ? EntitlementStatus.USED : EntitlementStatus.AVAILABLE;
        return new Entitlement(EntitlementKind.LEADERSHIP_PROGRAMME_PLACE, status, years.size(), taken.size(), null,
                places, null);
    }

    /** Changes of political control will arrive from lginform.councils; until one is recorded, none has happened. */
    private Entitlement memberPeerSupport() {
        return new Entitlement(EntitlementKind.MEMBER_PEER_SUPPORT, EntitlementStatus.NOT_ELIGIBLE, null, null,
                MEMBER_PEER_SUPPORT_DAYS, null,
                "No change of political control is recorded for this council; the support opens when one is.");
    }

    /** Opens only on a peer challenge finding; findings are not recorded yet. */
    private Entitlement scrutinySupport() {
        return new Entitlement(EntitlementKind.SCRUTINY_SUPPORT, EntitlementStatus.NOT_ELIGIBLE, null, null,
                SCRUTINY_SUPPORT_DAYS, null,
                "No peer challenge of this council has found member challenge of performance weak.");
    }
}
