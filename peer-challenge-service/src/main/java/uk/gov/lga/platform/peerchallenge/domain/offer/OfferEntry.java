package uk.gov.lga.platform.peerchallenge.domain.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One movement of the improvement offer's ledger: who recorded it, when, why and from what source. Written once
 * by {@link OfferLedger}, never changed or deleted; balances are worked out from entries by {@link OfferBalances}.
 */
@Entity
@Table(name = "offer_entry")
public class OfferEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "organisation_code")
    public String organisationCode;

    @Enumerated(EnumType.STRING)
    public EntitlementKind entitlement;

    @Enumerated(EnumType.STRING)
    public Movement movement;

    /** Challenges, places or days; always positive, the movement says which way it counts. */
    public int quantity;

    /** Pounds charged (CHARGE) or no longer charged (RELEASE) for a subject-specific challenge. */
    public BigDecimal amount;

    /** The catalogue topic of a subject-specific challenge's charge. */
    public String topic;

    /** The day the movement counts from; its cycle and financial year follow from it. */
    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "cycle_start")
    public LocalDate cycleStart;

    @Column(name = "financial_year")
    public String financialYear;

    /** For a grant of days: the first day they can no longer be used; null when they do not expire. */
    @Column(name = "expires_on")
    public LocalDate expiresOn;

    @Column(name = "challenge_id")
    public Long challengeId;

    /** The grant a use, expiry or release of days draws on. */
    @Column(name = "grant_id")
    public Long grantId;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The event that caused the entry, e.g. a PoliticalControlChanged. */
    @Column(name = "source_event_id")
    public UUID sourceEventId;

    /** A grant's natural key ({@code cycle:2026-04-01}, {@code control-change:2026-05-08}...) or a request's Idempotency-Key. */
    public String reference;

    public boolean is(EntitlementKind kind, Movement move) {
        return entitlement == kind && movement == move;
    }
}
