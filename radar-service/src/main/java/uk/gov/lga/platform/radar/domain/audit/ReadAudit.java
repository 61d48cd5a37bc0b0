package uk.gov.lga.platform.radar.domain.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.security.Caller;

import java.time.Instant;

/** A record that someone read a council's radar data: the radar is confidential. */
@Entity
@Table(name = "read_audit")
public class ReadAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String reader;

    @Column(name = "council_code")
    public String councilCode;

    /** What was read, e.g. {@code signals}. */
    public String resource;

    @Column(name = "read_at")
    public Instant readAt;

    public static ReadAudit of(Caller reader, GssCode council, String resource, Instant readAt) {
        ReadAudit audit = new ReadAudit();
        audit.reader = reader.name();
        audit.councilCode = council.value();
        audit.resource = resource;
        audit.readAt = readAt;
        return audit;
    }
}
