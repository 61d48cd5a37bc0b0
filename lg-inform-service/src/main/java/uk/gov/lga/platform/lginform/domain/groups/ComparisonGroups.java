package uk.gov.lga.platform.lginform.domain.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.lginform.domain.Council;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.List;
import java.util.Optional;

/**
 * Resolves a comparison group id to its member councils. Ids: {@code all-england},
 * {@code type:NMD}, {@code region:London}, {@code county:E10000007} (the county and its districts),
 * {@code nearest-neighbours:E08000035}, {@code custom:<id>}.
 */
@ApplicationScoped
public class ComparisonGroups {

    public static final String ALL_ENGLAND = "all-england";

    @Inject
    EntityManager em;

    public ComparisonGroup require(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("No comparison group has the id '" + id + "'."));
    }

    public Optional<ComparisonGroup> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (ALL_ENGLAND.equals(id)) {
            return Optional.of(new ComparisonGroup(id, "All English councils", ComparisonGroup.Kind.ALL_ENGLAND,
                    codes("select c.gssCode from Council c where c.nation = 'England' order by c.gssCode")));
        }
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = id.substring(0, colon);
        String arg = id.substring(colon + 1);
        return switch (kind) {
            case "type" -> nonEmpty(new ComparisonGroup(id, "English councils of type " + arg, ComparisonGroup.Kind.TYPE,
                    codes("select c.gssCode from Council c where c.nation = 'England' and upper(c.type) = upper(?1) order by c.gssCode", arg)));
            case "region" -> nonEmpty(new ComparisonGroup(id, "Councils in " + arg, ComparisonGroup.Kind.REGION,
                    codes("select c.gssCode from Council c where c.nation = 'England' and lower(c.region) = lower(?1) order by c.gssCode", arg)));
            case "county" -> county(id, arg);
            case "nearest-neighbours" -> nearestNeighbours(id, arg);
            case "custom" -> custom(id, arg);
            default -> Optional.empty();
        };
    }

    /** A county council with the districts of its two-tier area. */
    private Optional<ComparisonGroup> county(String id, String countyGssCode) {
        Council county = em.find(Council.class, countyGssCode);
        if (county == null || !"CTY".equals(county.type)) {
            return Optional.empty();
        }
        List<String> members = codes("select c.gssCode from Council c where c.gssCode = ?1 or c.countyCode = ?2 "
                + "order by c.gssCode", countyGssCode, county.code);
        return Optional.of(new ComparisonGroup(id, county.name + " and its districts", ComparisonGroup.Kind.COUNTY, members));
    }

    /** Filled in by the nearest-neighbours model. */
    Optional<ComparisonGroup> nearestNeighbours(String id, String gssCode) {
        return Optional.empty();
    }

    /** Filled in by custom groups. */
    Optional<ComparisonGroup> custom(String id, String customId) {
        return Optional.empty();
    }

    private List<String> codes(String jpql, String... args) {
        var query = em.createQuery(jpql, String.class);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query.getResultList();
    }

    private static Optional<ComparisonGroup> nonEmpty(ComparisonGroup group) {
        return group.members().isEmpty() ? Optional.empty() : Optional.of(group);
    }
}
