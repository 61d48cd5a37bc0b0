package uk.gov.lga.platform.peerchallenge.domain.challenges;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A challenge's published report: open to anyone from publication, with the findings it presents. */
@Entity
@Table(name = "challenge_report")
public class ChallengeReport extends PanacheEntityBase {

    @Id
    @Column(name = "challenge_id")
    public Long challengeId;

    public String title;

    public String summary;

    /** Where the report's document is published, if anywhere beyond this service. */
    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public Instant publishedAt;
}
