package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.peerchallenge.domain.offer.EntitlementKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.Movement;
import uk.gov.lga.platform.peerchallenge.domain.offer.OfferEntry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The ledger's SQL: an organisation's entries, pages of them, and the grants waiting for their expiry. */
@ApplicationScoped
public class OfferEntryRepository implements PanacheRepositoryBase<OfferEntry, Long> {

    /** Every entry of the organisation, oldest first: a handful a year, so balances are worked out in Java. */
    public List<OfferEntry> ofOrganisation(String organisation) {
        return list("organisationCode", Sort.by("id"), organisation);
    }

    /** Newest first, below the cursor {@code before} (an entry id) when given; up to {@code rows} entries. */
    public List<OfferEntry> page(String organisation, EntitlementKind entitlement, Long before, int rows) {
        StringBuilder query = new StringBuilder("organisationCode = :organisation");
        Parameters parameters = Parameters.with("organisation", organisation);
        if (entitlement != null) {
            query.append(" and entitlement = :entitlement");
            parameters.and("entitlement", entitlement);
        }
        if (before != null) {
            query.append(" and id < :before");
            parameters.and("before", before);
        }
        return find(query.toString(), Sort.descending("id"), parameters).page(0, rows).list();
    }

    public Optional<OfferEntry> findOf(String organisation, long id) {
        return find("organisationCode = ?1 and id = ?2", organisation, id).firstResultOptional();
    }

    public boolean grantExists(String organisation, EntitlementKind entitlement, String reference) {
        return count("organisationCode = ?1 and entitlement = ?2 and movement = ?3 and reference = ?4",
                organisation, entitlement, Movement.GRANT, reference) > 0;
    }

    public boolean fromEvent(UUID eventId) {
        return count("sourceEventId", eventId) > 0;
    }

    /** Grants expired by {@code today} with days left and no EXPIRY entry yet, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Long> grantsAwaitingExpiry(LocalDate today) {
        List<Number> ids = getEntityManager().createNativeQuery("""
                        SELECT g.id FROM offer_entry g
                        WHERE g.movement = 'GRANT' AND g.expires_on <= :today
                          AND NOT EXISTS (SELECT 1 FROM offer_entry x WHERE x.grant_id = g.id AND x.movement = 'EXPIRY')
                          AND g.quantity > (SELECT COALESCE(SUM(CASE u.movement WHEN 'USE' THEN u.quantity
                                                                               WHEN 'RELEASE' THEN -u.quantity
                                                                               ELSE 0 END), 0)
                                            FROM offer_entry u WHERE u.grant_id = g.id)
                        ORDER BY g.id""")
                .setParameter("today", today)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
