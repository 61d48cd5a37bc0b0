package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationKind;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The organisations register's SQL: councils copied from LG Inform and fire and rescue authorities. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, String> {

    /** A county's two-tier districts. */
    public List<Organisation> districtsOf(String countyCode) {
        return list("countyCode", countyCode);
    }

    /**
     * The organisation, its row locked until the transaction ends: the ledger's writers take this lock first, so
     * one organisation's balance is read and drawn on by one transaction at a time.
     */
    public Optional<Organisation> lockForUpdate(String code) {
        return findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE);
    }

    /** By code, after the cursor {@code after} (a code) when given, of one kind when given; up to {@code rows}. */
    public List<Organisation> page(OrganisationKind kind, String after, int rows) {
        StringBuilder query = new StringBuilder("code is not null");
        Parameters parameters = new Parameters();
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (after != null) {
            query.append(" and code > :after");
            parameters.and("after", after);
        }
        return find(query.toString(), Sort.by("code"), parameters).page(0, rows).list();
    }

    /** Registers a fire and rescue authority (in England) unless the code is taken; true when it was stored. */
    public boolean insertFireAuthority(String code, String name, String fireAuthorityKind, String region, Instant at) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO organisation (code, kind, name, nation, region, fire_authority_kind, updated_at)
                        VALUES (:code, 'FIRE_AND_RESCUE', :name, 'England', :region, :kind, :at)
                        ON CONFLICT (code) DO NOTHING""")
                .setParameter("code", code).setParameter("name", name).setParameter("region", region)
                .setParameter("kind", fireAuthorityKind).setParameter("at", at)
                .executeUpdate() == 1;
    }
}
