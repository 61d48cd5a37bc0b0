package uk.gov.lga.platform.lginform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.groups.GroupId.Kind;
import uk.gov.lga.platform.lginform.domain.groups.GroupSummary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The members of the built-in comparison groups (from the councils register: every council that ever belonged,
 * abolished ones included; the domain keeps those of a period), and the custom groups in lists.
 */
@ApplicationScoped
public class ComparisonGroupRepository {

    private final EntityManager em;

    @Inject
    public ComparisonGroupRepository(EntityManager em) {
        this.em = em;
    }

    /** Every English council, by GSS code. */
    public List<String> england() {
        return codes("select c.gssCode from Council c where c.nation = 'England' order by c.gssCode");
    }

    /** The English councils of a type (any case), by GSS code. */
    public List<String> ofType(String type) {
        return codes("select c.gssCode from Council c where c.nation = 'England' and upper(c.type) = upper(?1) order by c.gssCode", type);
    }

    /** The English councils of a region (any case), by GSS code. */
    public List<String> inRegion(String region) {
        return codes("select c.gssCode from Council c where c.nation = 'England' and lower(c.region) = lower(?1) order by c.gssCode", region);
    }

    /** A county council and the districts of its two-tier area (those with its three-letter code), by GSS code. */
    public List<String> county(String countyGssCode, String countyCode) {
        return codes("select c.gssCode from Council c where c.gssCode = ?1 or c.countyCode = ?2 order by c.gssCode",
                countyGssCode, countyCode);
    }

    /** All England, then its council types, regions and counties, with their member counts: the councils of that day. */
    public List<GroupSummary> builtIn(LocalDate day) {
        String on = " (c.validFrom is null or c.validFrom <= :day) and (c.validTo is null or c.validTo >= :day)";
        List<GroupSummary> groups = new ArrayList<>();
        groups.add(new GroupSummary(GroupId.ALL_ENGLAND, Kind.ALL_ENGLAND.nameOf(null),
                em.createQuery("select count(c) from Council c where c.nation = 'England' and" + on, Long.class)
                        .setParameter("day", day).getSingleResult()));
        for (Object[] type : rows("select c.type, count(c) from Council c where c.nation = 'England' and" + on
                + " group by c.type order by c.type", day)) {
            groups.add(new GroupSummary(GroupId.of(Kind.TYPE, (String) type[0]), Kind.TYPE.nameOf((String) type[0]), (Long) type[1]));
        }
        for (Object[] region : rows("select c.region, count(c) from Council c where c.nation = 'England' and" + on
                + " group by c.region order by c.region", day)) {
            groups.add(new GroupSummary(GroupId.of(Kind.REGION, (String) region[0]), Kind.REGION.nameOf((String) region[0]),
                    (Long) region[1]));
        }
        for (Object[] county : rows("select c.gssCode, c.name, (select count(d) from Council d where d.countyCode = c.code and"
                + on.replace("c.", "d.") + ") from Council c where c.type = 'CTY' and" + on + " order by c.gssCode", day)) {
            groups.add(new GroupSummary(GroupId.of(Kind.COUNTY, (String) county[0]), Kind.COUNTY.nameOf((String) county[1]),
                    (Long) county[2] + 1));
        }
        return groups;
    }

    /**
     * Custom groups numbered above {@code after}, in the order they were made: every one ({@code all}), or those
     * owned by the council or the club, or naming the club.
     */
    public List<GroupSummary> customGroups(boolean all, String council, String club, long after, int limit) {
        Conditions where = Conditions.all().add("g.id > :after", "after", after);
        if (!all) {
            Conditions who = Conditions.any()
                    .add("g.ownerCouncil = :council", "council", council)
                    .add("g.ownerClient = :club or :club member of g.clubs", "club", club);
            if (who.isEmpty()) {
                return List.of();
            }
            where.add(who);
        }
        TypedQuery<Object[]> query = em.createQuery("select g.id, g.name, size(g.members) from CustomGroup g where "
                + where.text() + " order by g.id", Object[].class).setMaxResults(limit);
        where.parameters().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new GroupSummary(GroupId.custom((Long) r[0]), (String) r[1], ((Number) r[2]).longValue()))
                .toList();
    }

    private List<Object[]> rows(String jpql, LocalDate day) {
        return em.createQuery(jpql, Object[].class).setParameter("day", day).getResultList();
    }

    private List<String> codes(String jpql, String... args) {
        TypedQuery<String> query = em.createQuery(jpql, String.class);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query.getResultList();
    }
}
