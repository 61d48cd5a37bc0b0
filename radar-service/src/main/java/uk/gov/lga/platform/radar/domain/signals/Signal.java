package uk.gov.lga.platform.radar.domain.signals;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One thing the radar learned about a council, and where it came from. */
@Entity
@Table(name = "signal")
public class Signal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "council_code")
    public String councilCode;

    public String kind;
    public String source;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    public String period;
    public String summary;

    @Column(name = "observed_at")
    public Instant observedAt;

    @Column(name = "received_at")
    public Instant receivedAt;
}
