package uk.gov.lga.platform.peerchallenge.domain.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeShape;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A council's booking of a quarter: to host a challenge (kind, shape, hosts; a confirmed one has opened its
 * {@code PeerChallenge}) or to give peer days (how many, which peers). {@code organisationCode} is who booked: the
 * lead host, or the council giving the days.
 */
@Entity
@Table(name = "booking")
public class Booking extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String quarter;

    @Enumerated(EnumType.STRING)
    public BookingPurpose purpose;

    @Column(name = "organisation_code")
    public String organisationCode;

    @Enumerated(EnumType.STRING)
    public BookingStatus status;

    /** Every host, the lead first (HOST only). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "host_codes")
    public List<String> hostCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public ChallengeKind kind;

    @Enumerated(EnumType.STRING)
    public ChallengeShape shape;

    public String topic;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_areas")
    public List<String> focusAreas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> partners = new ArrayList<>();

    public BigDecimal charge;

    @Column(name = "peer_days")
    public Integer peerDays;

    /** Ids of the peer bank's peers who will give the days (GIVE_PEER_DAYS), where already known. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "peer_ids")
    public List<Long> peerIds = new ArrayList<>();

    @Column(name = "challenge_id")
    public Long challengeId;

    @Column(name = "booked_by")
    public String bookedBy;

    @Column(name = "booked_at")
    public Instant bookedAt;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "cancelled_by")
    public String cancelledBy;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    public int version;

    public Quarter quarter() {
        return Quarter.parse(quarter, "quarter");
    }

    public boolean hosts() {
        return purpose == BookingPurpose.HOST;
    }

    public boolean active() {
        return status != BookingStatus.CANCELLED;
    }
}
