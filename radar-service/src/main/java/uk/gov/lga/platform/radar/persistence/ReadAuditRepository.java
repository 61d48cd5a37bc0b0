package uk.gov.lga.platform.radar.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.radar.domain.audit.ReadAudit;

/** The audit of reads: rows are only ever added, so the inherited {@code persist} is all the radar needs. */
@ApplicationScoped
public class ReadAuditRepository implements PanacheRepositoryBase<ReadAudit, Long> {
}
