package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A peer challenge: its kind, shape, hosts (one lead), visits and where it is in its life. {@code councilCode}
 * is the lead host, by which its events are keyed; {@code startsOn} is the first on-site day, kept equal to the
 * first visit's start so the offer and the calendar can find a challenge by date without the visits.
 */
@Entity
@Table(name = "peer_challenge")
public class PeerChallenge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The lead host. */
    @Column(name = "council_code")
    public String councilCode;

    @Enumerated(EnumType.STRING)
    public ChallengeKind kind;

    @Enumerated(EnumType.STRING)
    public ChallengeShape shape = ChallengeShape.SINGLE;

    @Enumerated(EnumType.STRING)
    public ChallengeStage stage;

    /** The catalogue topic of a subject-specific challenge; null for the other kinds. */
    public String topic;

    /** The hosts' own focus areas, assessed beside the kind's elements. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "focus_areas")
    public List<String> focusAreas = new ArrayList<>();

    /** What the hosts are charged (subject-specific challenges); null when free. */
    public BigDecimal charge;

    /** First on-site day; empty until the dates are agreed. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The public-sector partners of a WITH_PARTNERS challenge (health, police...), by name; they are not members of the offer. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> partners = new ArrayList<>();

    /** The governance finding that member challenge of performance is weak; null until findings are recorded. */
    @Column(name = "member_challenge_weak")
    public Boolean memberChallengeWeak;

    /** The day the findings were recorded (feedback given). */
    @Column(name = "feedback_on")
    public LocalDate feedbackOn;

    /** Set when its booking was cancelled before the visit: a cancelled challenge moves no further. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    public int version;

    @ElementCollection
    @CollectionTable(name = "challenge_host", joinColumns = @JoinColumn(name = "challenge_id"))
    public List<ChallengeHost> hosts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "challenge_visit", joinColumns = @JoinColumn(name = "challenge_id"))
    @OrderBy("visitNo")
    public List<ChallengeVisit> visits = new ArrayList<>();

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    /** The last on-site day, from which the report, action plan and progress review deadlines run. */
    public Optional<LocalDate> lastOnSiteDay() {
        return visits.stream().map(v -> v.endsOn).max(Comparator.naturalOrder());
    }

    /** Replaces the visits and keeps {@link #startsOn} equal to the first visit's first day. */
    public void scheduleVisits(List<ChallengeVisit> newVisits) {
        visits.clear();
        visits.addAll(newVisits);
        startsOn = newVisits.stream().map(v -> v.startsOn).min(Comparator.naturalOrder()).orElse(null);
    }

    public List<String> hostCodes() {
        return hosts.stream().map(h -> h.organisationCode).toList();
    }

    /** The hosts' codes, the lead first (the order the events and views give them). */
    public List<String> hostCodesLeadFirst() {
        return hosts.stream().sorted(Comparator.comparing((ChallengeHost h) -> !h.lead)).map(h -> h.organisationCode).toList();
    }

    public Optional<LocalDate> firstOnSiteDay() {
        return visits.stream().map(v -> v.startsOn).min(Comparator.naturalOrder());
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
