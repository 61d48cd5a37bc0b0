package uk.gov.lga.platform.radar.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    public String resource;

    @Column(name = "read_at")
    public Instant readAt;

    public static void record(String reader, String councilCode, String resource) {
        ReadAudit audit = new ReadAudit();
        audit.reader = reader;
        audit.councilCode = councilCode;
        audit.resource = resource;
        audit.readAt = Instant.now();
        audit.persist();
    }
}
