package uk.gov.lga.platform.peerchallenge.domain.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.SupportGranted;
import uk.gov.lga.platform.peerchallenge.persistence.OfferEntryRepository;
import uk.gov.lga.platform.peerchallenge.persistence.OrganisationRepository;
import uk.gov.lga.platform.peerchallenge.persistence.TopicRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.outbox.Outbox;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The improvement offer as a ledger: every grant, use, expiry and charge is an entry (who, when, why, source
 * event or request); balances are derived from entries, never edited. Other features record what uses the
 * offer through these methods, inside their own transaction, so a refused use rolls their change back too.
 * Over-use is a 409 problem naming the rule.
 * <p>
 * Every write first locks the organisation's row, then reads its entries: two uses of one organisation cannot
 * both draw the last day or both take the cycle's free challenge. An unknown organisation is a 404 problem.
 */
@ApplicationScoped
public class OfferLedger {

    /** Free member peer support days granted by one change of political control. */
    public static final int MEMBER_PEER_SUPPORT_DAYS = 5;
    /** Months from the change of control in which the member peer support days can be used. */
    public static final int MEMBER_PEER_SUPPORT_MONTHS = 12;
    /** Free scrutiny-support days granted when a challenge finds member challenge of performance weak. */
    public static final int SCRUTINY_SUPPORT_DAYS = 6;

    /** Who records what no person asked for: grants from findings the challenges feature reports. */
    static final Caller FINDINGS = Caller.system("challenge-findings");

    private final OfferEntryRepository entries;
    private final OrganisationRepository organisations;
    private final TopicRepository topics;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public OfferLedger(OfferEntryRepository entries, OrganisationRepository organisations, TopicRepository topics,
                       Outbox outbox, Clock clock) {
        this.entries = entries;
        this.organisations = organisations;
        this.topics = topics;
        this.outbox = outbox;
        this.clock = clock;
    }

    // --- the free corporate peer challenge

    /**
     * Uses the organisation's one free corporate peer challenge of the three-year cycle containing {@code on}
     * for {@code challengeId}. 409 when the cycle's free challenge is already used.
     * <p>
     * Idempotent for the challenge: using it again in the same cycle changes nothing; in another cycle (the
     * challenge moved across 1 April) its old use is released and the new cycle's is taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void useFreeCorporateChallenge(GssCode organisation, long challengeId, LocalDate on, Caller by) {
        ChallengeCycle cycle = cycleOf(on);
        OfferBalances balances = lockAndRead(organisation);
        Optional<OfferEntry> held = balances.corporateUseOf(challengeId);
        if (held.isPresent() && cycle.start().equals(held.get().cycleStart)) {
            return;
        }
        if (balances.corporate(cycle).available() <= 0) {
            OfferEntry holder = balances.corporateUses(cycle).stream().findFirst().orElse(null);
            throw ProblemException.conflict("One free corporate peer challenge per three-year cycle: " + organisation
                    + " has already used the free challenge of the cycle " + cycle.start() + " to " + cycle.end()
                    + (holder == null || holder.challengeId == null ? "" : " (peer challenge " + holder.challengeId + ")")
                    + ". Book it as another kind, or in the next cycle.");
        }
        held.ifPresent(use -> release(use, "Peer challenge " + challengeId + " moved to the cycle starting "
                + cycle.start() + ".", by));
        grantOnce(organisation, EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, 1, cycle.start(), null,
                "cycle:" + cycle.start(), EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE.description(), null, null, by);
        OfferEntry use = entry(organisation, EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE, Movement.USE, 1, on,
                "Corporate peer challenge " + challengeId + " uses the free challenge of the cycle.", by);
        use.challengeId = challengeId;
        entries.persist(use);
    }

    /** Gives back the free corporate challenge a cancelled challenge had used (a reversing entry, not a deletion). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseFreeCorporateChallenge(GssCode organisation, long challengeId, Caller by) {
        lockAndRead(organisation).corporateUseOf(challengeId).ifPresent(use ->
                release(use, "Peer challenge " + challengeId + " no longer uses the free challenge.", by));
    }

    /** True while the free corporate challenge of the cycle containing {@code on} is unused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean freeCorporateChallengeAvailable(GssCode organisation, LocalDate on) {
        return read(organisation).corporate(cycleOf(on)).available() > 0;
    }

    // --- subject-specific charges

    /**
     * Charges a subject-specific challenge on {@code topic} of the catalogue: 422 naming {@code topic} when the
     * catalogue has no such (active) topic, 422 naming {@code charge} when below the topic's minimum price.
     * <p>
     * Charging a challenge again with the same topic and amount changes nothing; with another, the old charge is
     * released and the new one recorded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chargeSubjectSpecific(GssCode organisation, long challengeId, String topic, BigDecimal charge, Caller by) {
        ChallengeTopic catalogued = topic == null ? null : topics.findByIdOptional(topic).filter(t -> t.active).orElse(null);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (catalogued == null) {
            errors.add(new Problem.FieldError("topic", topic == null ? "is required for a subject-specific challenge"
                    : "is not an active topic of the catalogue (GET /topics)"));
        }
        if (charge == null) {
            errors.add(new Problem.FieldError("charge", "is required for a subject-specific challenge"));
        } else if (charge.stripTrailingZeros().scale() > 2) {
            errors.add(new Problem.FieldError("charge", "must be in pounds and pence"));
        } else if (catalogued != null && charge.compareTo(catalogued.minimumPrice) < 0) {
            errors.add(new Problem.FieldError("charge", "must be at least " + catalogued.minimumPrice
                    + ", the minimum price of the topic " + topic));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("A subject-specific challenge is charged at least its topic's minimum price.", errors);
        }
        OfferBalances balances = lockAndRead(organisation);
        Optional<OfferEntry> current = balances.chargeOf(challengeId);
        if (current.isPresent() && current.get().topic.equals(topic) && current.get().amount.compareTo(charge) == 0) {
            return;
        }
        current.ifPresent(old -> releaseCharge(old, "Peer challenge " + challengeId + " charged again.", by));
        OfferEntry entry = entry(organisation, EntitlementKind.SUBJECT_SPECIFIC_CHALLENGE, Movement.CHARGE, 1, today(),
                "Subject-specific peer challenge " + challengeId + " on " + topic + ", charged " + charge
                        + " (minimum " + catalogued.minimumPrice + ").", by);
        entry.challengeId = challengeId;
        entry.topic = topic;
        entry.amount = charge.setScale(2);
        entries.persist(entry);
    }

    /** Cancels the charge of a subject-specific challenge (a cancelled challenge); nothing when it carries none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseCharge(GssCode organisation, long challengeId, Caller by) {
        lockAndRead(organisation).chargeOf(challengeId).ifPresent(charge ->
                releaseCharge(charge, "Peer challenge " + challengeId + " is no longer charged.", by));
    }

    // --- scrutiny support and member peer support: free days

    /**
     * Grants the 6 free scrutiny-support days when a challenge's governance finding says member challenge of
     * performance is weak; once per challenge. Publishes SupportGranted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantScrutinySupport(GssCode organisation, long challengeId, LocalDate on, String reason) {
        grantScrutinySupport(organisation, challengeId, on, reason, FINDINGS);
    }

    /** As {@link #grantScrutinySupport(GssCode, long, LocalDate, String)}, recorded as granted by {@code by}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OfferEntry> grantScrutinySupport(GssCode organisation, long challengeId, LocalDate on, String reason,
                                                     Caller by) {
        cycleOf(on);
        String why = reason == null || reason.isBlank()
                ? "Peer challenge " + challengeId + " found member challenge of performance weak." : reason;
        Optional<OfferEntry> grant = grantOnce(organisation, EntitlementKind.SCRUTINY_SUPPORT, SCRUTINY_SUPPORT_DAYS,
                on, null, "challenge:" + challengeId, why, challengeId, null, by);
        grant.ifPresent(g -> publish(g, SupportGranted.PEER_CHALLENGE_FINDING, Long.toString(challengeId)));
        return grant;
    }

    /**
     * Grants 5 free days of member peer support after the organisation's political control changed on
     * {@code changedOn}, usable for 12 months from that day; once per change (the same change heard again, under
     * any event id, grants nothing). A change whose 12 months are already over when it is heard grants nothing.
     * Publishes SupportGranted.
     *
     * @return the grant, or empty when nothing was granted
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OfferEntry> grantMemberPeerSupport(GssCode organisation, LocalDate changedOn, UUID sourceEvent,
                                                       String reason, Caller by) {
        LocalDate expiresOn = changedOn.plusMonths(MEMBER_PEER_SUPPORT_MONTHS);
        if (changedOn.isBefore(ChallengeCycle.FIRST_START) || !expiresOn.isAfter(today())) {
            return Optional.empty();
        }
        Optional<OfferEntry> grant = grantOnce(organisation, EntitlementKind.MEMBER_PEER_SUPPORT,
                MEMBER_PEER_SUPPORT_DAYS, changedOn, expiresOn, "control-change:" + changedOn, reason, null, sourceEvent,
                by);
        grant.ifPresent(g -> publish(g, SupportGranted.POLITICAL_CONTROL_CHANGED,
                sourceEvent == null ? g.reference : sourceEvent.toString()));
        return grant;
    }

    /**
     * Draws {@code days} of free support (member peer support or scrutiny support) used on {@code on}: from the
     * grants usable that day, soonest to expire first. 409 when none was ever granted, when every grant has expired,
     * or when the days asked for exceed what is left.
     *
     * @param reference the request's Idempotency-Key, kept on the entries; may be null
     * @return the USE entries written, one per grant drawn on
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OfferEntry> useDays(GssCode organisation, EntitlementKind kind, int days, LocalDate on, String reason,
                                    String reference, Caller by) {
        if (kind != EntitlementKind.MEMBER_PEER_SUPPORT && kind != EntitlementKind.SCRUTINY_SUPPORT) {
            throw new IllegalArgumentException(kind + " is not an entitlement of days");
        }
        OfferBalances balances = lockAndRead(organisation);
        List<GrantBalance> grants = balances.grants(kind);
        String name = kind == EntitlementKind.MEMBER_PEER_SUPPORT ? "member peer support" : "scrutiny support";
        if (grants.isEmpty()) {
            throw ProblemException.conflict("Free " + name + " must be granted before it is used: " + organisation
                    + " has never been granted " + name + (kind == EntitlementKind.MEMBER_PEER_SUPPORT
                    ? " (it follows a change of political control)." : " (it follows a peer challenge finding)."));
        }
        List<GrantBalance> usable = balances.usableGrants(kind, on);
        int available = usable.stream().mapToInt(GrantBalance::remaining).sum();
        if (usable.isEmpty() && grants.stream().anyMatch(g -> g.lapsedBy(on))) {
            LocalDate lastExpiry = grants.stream().map(g -> g.grant().expiresOn).filter(d -> d != null)
                    .max(LocalDate::compareTo).orElseThrow();
            throw ProblemException.conflict("Free " + name + " is usable within " + MEMBER_PEER_SUPPORT_MONTHS
                    + " months of the change of political control: the days granted to " + organisation
                    + " expired on " + lastExpiry + " and cannot be used on " + on + ".");
        }
        if (days > available) {
            throw ProblemException.conflict("Free " + name + " cannot be used beyond its balance: " + organisation
                    + " has " + available + " day" + (available == 1 ? "" : "s") + " left on " + on + ", and "
                    + days + " were asked for.");
        }
        List<OfferEntry> written = new ArrayList<>();
        int left = days;
        for (GrantBalance grant : usable) {
            int drawn = Math.min(left, grant.remaining());
            OfferEntry use = entry(organisation, kind, Movement.USE, drawn, on, reason, by);
            use.grantId = grant.grant().id;
            use.reference = reference;
            entries.persist(use);
            written.add(use);
            left -= drawn;
            if (left == 0) {
                break;
            }
        }
        return written;
    }

    /**
     * Writes the EXPIRY of a grant's unused days once its time is over; nothing when it has none left, has not
     * expired by {@code today}, or already expired (the unique index on grant_id makes it once however often).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OfferEntry> expire(long grantId, LocalDate today, Caller by) {
        OfferEntry grant = entries.findById(grantId);
        if (grant == null || grant.movement != Movement.GRANT || grant.expiresOn == null || today.isBefore(grant.expiresOn)) {
            return Optional.empty();
        }
        OfferBalances balances = lockAndRead(GssCode.of(grant.organisationCode));
        GrantBalance balance = balances.grants(grant.entitlement).stream()
                .filter(g -> g.grant().id.equals(grantId)).findFirst().orElseThrow();
        if (balance.expired() > 0 || balance.remaining() <= 0) {
            return Optional.empty();
        }
        OfferEntry expiry = entry(GssCode.of(grant.organisationCode), grant.entitlement, Movement.EXPIRY,
                balance.remaining(), grant.expiresOn, balance.remaining() + " unused day"
                        + (balance.remaining() == 1 ? "" : "s") + " of the grant of " + grant.effectiveOn
                        + " expired on " + grant.expiresOn + ".", by);
        expiry.grantId = grantId;
        entries.persist(expiry);
        return Optional.of(expiry);
    }

    /** Grants whose time is over by {@code today} with days left and no EXPIRY yet, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> grantsToExpire(LocalDate today) {
        return entries.grantsAwaitingExpiry(today);
    }

    // --- leadership-programme places

    /**
     * Takes the organisation's subsidised leadership-programme place of a financial year; the delegate is kept
     * beside the ledger ({@link LeadershipPlace}), not in it. 409 when the year's place is already taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfferEntry takeLeadershipPlace(GssCode organisation, String financialYear, String delegateName, Caller by) {
        LocalDate yearStart = ChallengeCycle.financialYearStart(financialYear).orElseThrow(() -> new IllegalArgumentException(
                "not a financial year: " + financialYear));
        OfferBalances balances = lockAndRead(organisation);
        if (balances.placeTaken(financialYear)) {
            throw ProblemException.conflict("One subsidised leadership-programme place per council per financial year: "
                    + organisation + " has already taken the place of " + financialYear + ".");
        }
        LocalDate today = today();
        LocalDate on = financialYear.equals(ChallengeCycle.financialYearOf(today)) ? today : yearStart;
        grantOnce(organisation, EntitlementKind.LEADERSHIP_PROGRAMME_PLACE, 1, yearStart, null, "year:" + financialYear,
                "One subsidised leadership-programme place in " + financialYear + ".", null, null, by);
        OfferEntry use = entry(organisation, EntitlementKind.LEADERSHIP_PROGRAMME_PLACE, Movement.USE, 1, on,
                "Leadership-programme place of " + financialYear + " taken up.", by);
        entries.persist(use);
        LeadershipPlace place = new LeadershipPlace();
        place.councilCode = organisation.value();
        place.financialYear = financialYear;
        place.delegateName = delegateName;
        place.persist();
        return use;
    }

    // --- reading

    /** The organisation's balances as its entries stand, without locking. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OfferBalances read(GssCode organisation) {
        return OfferBalances.of(entries.ofOrganisation(organisation.value()));
    }

    private OfferBalances lockAndRead(GssCode organisation) {
        organisations.lockForUpdate(organisation.value()).orElseThrow(() -> ProblemException.notFound(
                "No council or fire and rescue authority has the code " + organisation + "."));
        return read(organisation);
    }

    // --- writing

    /** Writes a grant once per (organisation, entitlement, reference); empty when it was written before. */
    private Optional<OfferEntry> grantOnce(GssCode organisation, EntitlementKind kind, int quantity, LocalDate on,
                                           LocalDate expiresOn, String reference, String reason, Long challengeId,
                                           UUID sourceEvent, Caller by) {
        if (entries.grantExists(organisation.value(), kind, reference)) {
            return Optional.empty();
        }
        if (sourceEvent != null && entries.fromEvent(sourceEvent)) {
            return Optional.empty();
        }
        OfferEntry grant = entry(organisation, kind, Movement.GRANT, quantity, on, reason, by);
        grant.expiresOn = expiresOn;
        grant.reference = reference;
        grant.challengeId = challengeId;
        grant.sourceEventId = sourceEvent;
        entries.persist(grant);
        return Optional.of(grant);
    }

    private void release(OfferEntry use, String reason, Caller by) {
        OfferEntry release = entry(GssCode.of(use.organisationCode), use.entitlement, Movement.RELEASE, use.quantity,
                use.effectiveOn, reason, by);
        release.challengeId = use.challengeId;
        release.grantId = use.grantId;
        entries.persist(release);
    }

    private void releaseCharge(OfferEntry charge, String reason, Caller by) {
        OfferEntry release = entry(GssCode.of(charge.organisationCode), charge.entitlement, Movement.RELEASE, 1,
                charge.effectiveOn, reason, by);
        release.challengeId = charge.challengeId;
        release.topic = charge.topic;
        release.amount = charge.amount;
        entries.persist(release);
    }

    private OfferEntry entry(GssCode organisation, EntitlementKind kind, Movement movement, int quantity, LocalDate on,
                             String reason, Caller by) {
        ChallengeCycle cycle = cycleOf(on);
        OfferEntry e = new OfferEntry();
        e.organisationCode = organisation.value();
        e.entitlement = kind;
        e.movement = movement;
        e.quantity = quantity;
        e.effectiveOn = on;
        e.cycleStart = cycle.start();
        e.financialYear = ChallengeCycle.financialYearOf(on);
        e.reason = reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
        e.recordedBy = by.name();
        e.recordedAt = Instant.now(clock);
        return e;
    }

    private void publish(OfferEntry grant, String source, String sourceReference) {
        outbox.record(new SupportGranted(grant.organisationCode, grant.entitlement.name(), grant.quantity, null,
                grant.effectiveOn, grant.expiresOn, grant.reason, source, sourceReference), grant.recordedAt);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The cycle of a day; the offer began on 1 April 2011, so an earlier day is a 409 problem. */
    private static ChallengeCycle cycleOf(LocalDate on) {
        if (on == null || on.isBefore(ChallengeCycle.FIRST_START)) {
            throw ProblemException.conflict("The improvement offer began on " + ChallengeCycle.FIRST_START
                    + ": nothing can be granted, used or charged on " + on + ".");
        }
        return ChallengeCycle.containing(on);
    }
}
