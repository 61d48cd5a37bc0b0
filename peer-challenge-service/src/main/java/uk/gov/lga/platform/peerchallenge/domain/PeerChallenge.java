package uk.gov.lga.platform.peerchallenge.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A peer challenge a council hosts. */
@Entity
@Table(name = "peer_challenge")
public class PeerChallenge extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    @Enumerated(EnumType.STRING)
    public ChallengeKind kind;

    @Enumerated(EnumType.STRING)
    public ChallengeStage stage;

    /** First on-site day; empty until the dates are agreed. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "created_at")
    public Instant createdAt;

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    /** The council's first corporate challenge starting inside the cycle: the one that uses its free challenge. */
    public static Optional<PeerChallenge> corporateStartingIn(String councilCode, ChallengeCycle cycle) {
        return find("councilCode = ?1 and kind = ?2 and startsOn between ?3 and ?4", Sort.by("startsOn", "id"),
                councilCode, ChallengeKind.CORPORATE, cycle.start(), cycle.end())
                .firstResultOptional();
    }
}
