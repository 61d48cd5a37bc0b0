package uk.gov.lga.platform.peerchallenge.domain.offer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import uk.gov.lga.platform.events.PoliticalControlChanged;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationService;
import uk.gov.lga.platform.peerchallenge.persistence.OfferEntryRepository;
import uk.gov.lga.platform.peerchallenge.persistence.OfferRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The improvement offer's transactional entry points: a council's entitlements in the current three-year cycle
 * and its ledger entries, support days used, leadership places taken, grants from changes of political control
 * and the nightly expiry of unused days. The numbers come from the ledger ({@link OfferLedger},
 * {@link OfferBalances}).
 */
@ApplicationScoped
public class OfferService {

    private static final Logger LOG = Logger.getLogger(OfferService.class);

    /** Who may read a council's offer and its entries besides the council's own officers. */
    static final String[] READERS = {Roles.CHALLENGE_MANAGER, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN};

    private final OfferLedger ledger;
    private final OfferEntryRepository entries;
    private final OfferRepository offers;
    private final OrganisationService organisations;
    private final Clock clock;

    @Inject
    public OfferService(OfferLedger ledger, OfferEntryRepository entries, OfferRepository offers,
                        OrganisationService organisations, Clock clock) {
        this.ledger = ledger;
        this.entries = entries;
        this.offers = offers;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * The council's offer in the cycle running now. The LGA roles support every council; a council officer sees
     * only their own council's offer (403 problem otherwise); an unknown council is a 404 problem.
     */
    @Transactional
    public CouncilOffer forCouncil(GssCode council, Caller caller) {
        caller.requireActsFor(council, READERS);
        organisations.require(council);
        LocalDate today = LocalDate.now(clock);
        ChallengeCycle cycle = ChallengeCycle.containing(today);
        OfferBalances balances = ledger.read(council);
        return new CouncilOffer(council, cycle, List.of(
                freeCorporateChallenge(balances, cycle),
                leadershipPlaces(balances, cycle),
                memberPeerSupport(balances, cycle, today),
                scrutinySupport(balances, cycle, today)),
                balances.charges(cycle));
    }

    /** The council's ledger entries, newest first, below the cursor {@code before}; {@code rows} at most. */
    @Transactional
    public List<OfferEntry> entries(GssCode council, EntitlementKind entitlement, Long before, int rows, Caller caller) {
        caller.requireActsFor(council, READERS);
        organisations.require(council);
        return entries.page(council.value(), entitlement, before, rows);
    }

    /** One entry of the council's ledger; 404 when the council has no such entry. */
    @Transactional
    public OfferEntry entry(GssCode council, long id, Caller caller) {
        caller.requireActsFor(council, READERS);
        organisations.require(council);
        return entries.findOf(council.value(), id).orElseThrow(() -> ProblemException.notFound(
                "The offer of " + council + " has no entry " + id + "."));
    }

    /**
     * Challenge managers record free support days a council used (member peer support, scrutiny support), on
     * {@code usedOn} (today when null, never in the future): 409 when none was granted, the grant expired, or the
     * days exceed the balance.
     */
    @Transactional
    public SupportUse useDays(GssCode council, EntitlementKind kind, int days, LocalDate usedOn, String reason,
                              String reference, Caller caller) {
        requireRole(caller, "record support days used", Roles.CHALLENGE_MANAGER);
        organisations.require(council);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = usedOn == null ? today : usedOn;
        if (on.isAfter(today)) {
            throw ProblemException.invalid("Support days are recorded once used.",
                    List.of(new Problem.FieldError("usedOn", "must not be after today (" + today + ")")));
        }
        if (on.isBefore(ChallengeCycle.FIRST_START)) {
            throw ProblemException.invalid("The improvement offer began on " + ChallengeCycle.FIRST_START + ".",
                    List.of(new Problem.FieldError("usedOn", "must be on or after " + ChallengeCycle.FIRST_START)));
        }
        List<OfferEntry> written = ledger.useDays(council, kind, days, on, reason, reference, caller);
        return new SupportUse(kind, written, ledger.read(council).days(kind, ChallengeCycle.containing(today), today));
    }

    /**
     * Challenge managers and platform admins record the subsidised leadership-programme place a council took up in
     * a financial year (of the current cycle or an earlier one): 409 when that year's place is already taken.
     */
    @Transactional
    public OfferEntry takeLeadershipPlace(GssCode council, String financialYear, String delegateName, Caller caller) {
        requireRole(caller, "record leadership-programme places", Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN);
        organisations.require(council);
        ChallengeCycle current = ChallengeCycle.containing(LocalDate.now(clock));
        Optional<LocalDate> start = ChallengeCycle.financialYearStart(financialYear);
        if (start.isEmpty() || start.get().isBefore(ChallengeCycle.FIRST_START) || start.get().isAfter(current.end())) {
            throw ProblemException.invalid("A place is taken in a financial year of the offer.",
                    List.of(new Problem.FieldError("financialYear", "must be a financial year such as "
                            + current.financialYears().get(0) + ", from 2011/12 to the current cycle's last, "
                            + current.financialYears().get(ChallengeCycle.YEARS - 1))));
        }
        return ledger.takeLeadershipPlace(council, financialYear, delegateName, caller);
    }

    /**
     * Applies a change of political control heard from LG Inform to the register, and when it is a change (not a
     * council's first record) grants member peer support. Called by the {@code lginform.councils} consumer in its
     * transaction, after it has checked the event is new.
     *
     * @return the grant, or empty when the council is unknown, it is not a change, or its 12 months are over
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OfferEntry> politicalControlChanged(PoliticalControlChanged change, UUID eventId, Caller by) {
        if (!organisations.recordPoliticalControl(change)) {
            LOG.warnf("political control of unknown organisation %s ignored (event %s)", change.councilCode(), eventId);
            return Optional.empty();
        }
        if (!change.isChange()) {
            return Optional.empty();
        }
        String reason = "Political control changed from " + change.previousControl() + " to " + change.control()
                + " on " + change.effectiveFrom() + (change.synthetic() ? " (synthetic demo record)." : ".");
        return ledger.grantMemberPeerSupport(GssCode.of(change.councilCode()), change.effectiveFrom(), eventId, reason, by);
    }

    /**
     * Writes the EXPIRY of every grant of days whose time is over, each in its own transaction so one failure
     * does not hold back the others; once per grant however often it runs.
     *
     * @return how many grants expired
     */
    public int expireUnusedSupport(Caller by) {
        LocalDate today = LocalDate.now(clock);
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> ledger.grantsToExpire(today));
        int expired = 0;
        for (Long grant : due) {
            if (QuarkusTransaction.requiringNew().call(() -> ledger.expire(grant, today, by)).isPresent()) {
                expired++;
            }
        }
        return expired;
    }

    private Entitlement freeCorporateChallenge(OfferBalances balances, ChallengeCycle cycle) {
        Balance balance = balances.corporate(cycle);
        int used = balance.used() - balance.released();
        if (balance.available() > 0) {
            return new Entitlement(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, EntitlementStatus.AVAILABLE,
                    balance.granted(), used, null, null, null, balance);
        }
        String note = balances.corporateUses(cycle).stream().findFirst()
                .map(use -> "Used by the corporate peer challenge starting "
                        + Optional.ofNullable(use.challengeId).flatMap(offers::firstDayOf).orElse(use.effectiveOn)
                        + (use.challengeId == null ? "" : " (peer challenge " + use.challengeId + ")") + ".")
                .orElse(null);
        return new Entitlement(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, EntitlementStatus.USED,
                balance.granted(), used, null, null, note, balance);
    }

    /** Each year of the cycle on its own: a place not taken in one year does not carry over to the next. */
    private Entitlement leadershipPlaces(OfferBalances balances, ChallengeCycle cycle) {
        List<Entitlement.YearPlace> places = cycle.financialYears().stream()
                .map(y -> new Entitlement.YearPlace(y, balances.placeTaken(y) ? EntitlementStatus.USED : EntitlementStatus.AVAILABLE))
                .toList();
        int taken = (int) places.stream().filter(p -> p.status() == EntitlementStatus.USED).count();
        EntitlementStatus status = taken == places.size() ? EntitlementStatus.USED : EntitlementStatus.AVAILABLE;
        return new Entitlement(EntitlementKind.LEADERSHIP_PROGRAMME_PLACE, status, places.size(), taken, null,
                places, null, balances.places(cycle));
    }

    private Entitlement memberPeerSupport(OfferBalances balances, ChallengeCycle cycle, LocalDate today) {
        return days(balances, EntitlementKind.MEMBER_PEER_SUPPORT, OfferLedger.MEMBER_PEER_SUPPORT_DAYS, cycle, today,
                "No change of political control is recorded for this council; the support opens when one is.",
                "after the change of political control");
    }

    private Entitlement scrutinySupport(OfferBalances balances, ChallengeCycle cycle, LocalDate today) {
        return days(balances, EntitlementKind.SCRUTINY_SUPPORT, OfferLedger.SCRUTINY_SUPPORT_DAYS, cycle, today,
                "No peer challenge of this council has found member challenge of performance weak.",
                "after a peer challenge found member challenge of performance weak");
    }

    private Entitlement days(OfferBalances balances, EntitlementKind kind, int daysPerGrant, ChallengeCycle cycle,
                             LocalDate today, String notEligible, String grantedAfter) {
        List<GrantBalance> grants = balances.grantsCounted(kind, cycle, today);
        Balance balance = balances.days(kind, cycle, today);
        if (grants.isEmpty()) {
            return new Entitlement(kind, EntitlementStatus.NOT_ELIGIBLE, null, null, daysPerGrant, null, notEligible, balance);
        }
        GrantBalance latest = grants.get(grants.size() - 1);
        String granted = balance.granted() + " days granted " + grantedAfter + " (latest on "
                + latest.grant().effectiveOn + ")";
        EntitlementStatus status;
        String note;
        if (balance.available() > 0) {
            status = EntitlementStatus.AVAILABLE;
            note = balance.available() + " of " + granted + " can be used"
                    + (balance.expiresOn() == null ? "." : "; the earliest expire on " + balance.expiresOn() + ".");
        } else if (balance.expired() > 0) {
            status = EntitlementStatus.EXPIRED;
            note = balance.expired() + " of " + granted + " expired unused.";
        } else {
            status = EntitlementStatus.USED;
            note = "All " + granted + " have been used.";
        }
        return new Entitlement(kind, status, null, null, daysPerGrant, null, note, balance);
    }

    private static void requireRole(Caller caller, String what, String... roles) {
        if (!caller.hasAnyRole(roles)) {
            throw ProblemException.forbidden("Only a caller with one of the roles " + String.join(", ", roles)
                    + " may " + what + ".");
        }
    }
}
