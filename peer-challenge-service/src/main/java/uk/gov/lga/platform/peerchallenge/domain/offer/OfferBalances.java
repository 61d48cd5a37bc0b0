package uk.gov.lga.platform.peerchallenge.domain.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The arithmetic of the ledger: one organisation's balances worked out from its entries, never stored. Pure, so
 * the same entries always give the same answer.
 * <ul>
 * <li>Free corporate challenge, per cycle: granted 1 (the GRANT entry is written at the first use, so a cycle
 * without one still has its 1), minus uses, plus releases.</li>
 * <li>Leadership-programme place, per financial year: taken while its uses outnumber its releases.</li>
 * <li>Days (member peer support, scrutiny support), per grant: its days minus the uses drawn on it, plus releases,
 * minus its expiry. Usable from the grant's day until the day before it expires.</li>
 * <li>Subject-specific charges, per challenge: the latest CHARGE unless a RELEASE followed it.</li>
 * </ul>
 */
public final class OfferBalances {

    private final List<OfferEntry> entries;

    private OfferBalances(List<OfferEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparing(e -> e.id, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    /** One organisation's entries, in any order. */
    public static OfferBalances of(List<OfferEntry> entries) {
        return new OfferBalances(entries);
    }

    // --- the free corporate peer challenge, one per cycle

    public Balance corporate(ChallengeCycle cycle) {
        List<OfferEntry> inCycle = entries.stream()
                .filter(e -> e.entitlement == EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE && cycle.start().equals(e.cycleStart))
                .toList();
        int granted = sum(inCycle, Movement.GRANT);
        if (granted == 0) {
            granted = 1;
        }
        int used = sum(inCycle, Movement.USE);
        int released = sum(inCycle, Movement.RELEASE);
        return new Balance(granted, used, released, 0, granted - used + released, null);
    }

    /** The challenges holding the cycle's free challenge (used and not released), in the order they took it. */
    public List<OfferEntry> corporateUses(ChallengeCycle cycle) {
        return heldUses(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE).stream()
                .filter(e -> cycle.start().equals(e.cycleStart))
                .toList();
    }

    /** The use a challenge holds of a free corporate challenge, in whichever cycle. */
    public Optional<OfferEntry> corporateUseOf(long challengeId) {
        return heldUses(EntitlementKind.FREE_CORPORATE_PEER_CHALLENGE).stream()
                .filter(e -> Objects.equals(e.challengeId, challengeId))
                .findFirst();
    }

    /** Uses of a per-challenge entitlement not yet released: each RELEASE gives back the earliest held use of its challenge. */
    private List<OfferEntry> heldUses(EntitlementKind kind) {
        List<OfferEntry> held = new ArrayList<>();
        for (OfferEntry e : entries) {
            if (e.is(kind, Movement.USE)) {
                held.add(e);
            } else if (e.is(kind, Movement.RELEASE)) {
                held.stream().filter(u -> Objects.equals(u.challengeId, e.challengeId)).findFirst().ifPresent(held::remove);
            }
        }
        return held;
    }

    // --- leadership-programme places, one per financial year

    public boolean placeTaken(String financialYear) {
        return sum(placeEntries(financialYear), Movement.USE) > sum(placeEntries(financialYear), Movement.RELEASE);
    }

    /** The cycle's three years together: granted 3, and each year taken counts as used. */
    public Balance places(ChallengeCycle cycle) {
        List<String> years = cycle.financialYears();
        int used = 0;
        int released = 0;
        for (String year : years) {
            used += sum(placeEntries(year), Movement.USE);
            released += sum(placeEntries(year), Movement.RELEASE);
        }
        return new Balance(years.size(), used, released, 0, years.size() - used + released, null);
    }

    private List<OfferEntry> placeEntries(String financialYear) {
        return entries.stream()
                .filter(e -> e.entitlement == EntitlementKind.LEADERSHIP_PROGRAMME_PLACE && financialYear.equals(e.financialYear))
                .toList();
    }

    // --- free days: member peer support, scrutiny support

    /** Every grant of days of that kind with what was drawn on it, oldest first. */
    public List<GrantBalance> grants(EntitlementKind kind) {
        Map<Long, int[]> drawn = new LinkedHashMap<>();
        for (OfferEntry e : entries) {
            if (e.entitlement == kind && e.grantId != null) {
                int[] d = drawn.computeIfAbsent(e.grantId, id -> new int[3]);
                switch (e.movement) {
                    case USE -> d[0] += e.quantity;
                    case RELEASE -> d[1] += e.quantity;
                    case EXPIRY -> d[2] += e.quantity;
                    default -> { }
                }
            }
        }
        return entries.stream()
                .filter(e -> e.is(kind, Movement.GRANT))
                .map(g -> {
                    int[] d = drawn.getOrDefault(g.id, new int[3]);
                    return new GrantBalance(g, d[0], d[1], d[2]);
                })
                .toList();
    }

    /**
     * The grants a use on that day draws on, in the order it draws: soonest to expire first (those that never
     * expire last), then oldest. Only grants with days left.
     */
    public List<GrantBalance> usableGrants(EntitlementKind kind, LocalDate day) {
        return grants(kind).stream()
                .filter(g -> g.usableOn(day) && g.remaining() > 0)
                .sorted(Comparator.comparing((GrantBalance g) -> g.grant().expiresOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(g -> g.grant().id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public int availableOn(EntitlementKind kind, LocalDate day) {
        return usableGrants(kind, day).stream().mapToInt(GrantBalance::remaining).sum();
    }

    /**
     * The days of a kind as they stand today, counting the grants made in the cycle and any earlier grant still
     * usable. Days past their expiry count as expired on the day itself, before the nightly job writes the EXPIRY.
     */
    public Balance days(EntitlementKind kind, ChallengeCycle cycle, LocalDate today) {
        List<GrantBalance> counted = grantsCounted(kind, cycle, today);
        int granted = 0;
        int used = 0;
        int released = 0;
        int expired = 0;
        int available = 0;
        LocalDate expiresOn = null;
        for (GrantBalance g : counted) {
            granted += g.grant().quantity;
            used += g.used();
            released += g.released();
            expired += g.expired();
            if (g.lapsedBy(today)) {
                expired += g.remaining();
            } else if (g.usableOn(today) && g.remaining() > 0) {
                available += g.remaining();
                if (g.grant().expiresOn != null && (expiresOn == null || g.grant().expiresOn.isBefore(expiresOn))) {
                    expiresOn = g.grant().expiresOn;
                }
            }
        }
        return new Balance(granted, used, released, expired, available, expiresOn);
    }

    /** The grants {@link #days} counts: made in the cycle, or still usable today with days left. */
    public List<GrantBalance> grantsCounted(EntitlementKind kind, ChallengeCycle cycle, LocalDate today) {
        return grants(kind).stream()
                .filter(g -> cycle.start().equals(g.grant().cycleStart) || (g.usableOn(today) && g.remaining() > 0))
                .toList();
    }

    // --- subject-specific charges

    /** The charge a challenge carries now: its latest CHARGE, unless released since. */
    public Optional<OfferEntry> chargeOf(long challengeId) {
        OfferEntry current = null;
        for (OfferEntry e : entries) {
            if (e.entitlement == EntitlementKind.SUBJECT_SPECIFIC_CHALLENGE && Objects.equals(e.challengeId, challengeId)) {
                current = e.movement == Movement.CHARGE ? e : null;
            }
        }
        return Optional.ofNullable(current);
    }

    /** The charges standing now for challenges charged in the cycle, oldest first. */
    public List<OfferEntry> charges(ChallengeCycle cycle) {
        return entries.stream()
                .filter(e -> e.is(EntitlementKind.SUBJECT_SPECIFIC_CHALLENGE, Movement.CHARGE) && cycle.start().equals(e.cycleStart))
                .filter(e -> chargeOf(e.challengeId).filter(c -> c == e).isPresent())
                .toList();
    }

    public Optional<OfferEntry> grantByReference(EntitlementKind kind, String reference) {
        return entries.stream().filter(e -> e.is(kind, Movement.GRANT) && reference.equals(e.reference)).findFirst();
    }

    private static int sum(List<OfferEntry> entries, Movement movement) {
        return entries.stream().filter(e -> e.movement == movement).mapToInt(e -> e.quantity).sum();
    }
}
