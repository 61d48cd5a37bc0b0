package uk.gov.lga.platform.lginform.domain.groups;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.lginform.domain.Council;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a comparison group id to its member councils. Ids: {@code all-england},
 * {@code type:NMD}, {@code region:London}, {@code county:E10000007} (the county and its districts),
 * {@code nearest-neighbours:E08000035} (the council and its neighbours, nearest first), {@code custom:<id>}.
 * A custom group resolves only for those who may see it: {@link #find(String)} and {@link #require(String)}
 * judge by the caller of the current request (anonymous outside a request).
 */
@ApplicationScoped
public class ComparisonGroups {

    public static final String ALL_ENGLAND = "all-england";
    public static final String CUSTOM = "custom:";

    @Inject
    EntityManager em;

    @Inject
    NearestNeighbourService neighbours;

    @Inject
    CustomGroups customGroups;

    @Inject
    CurrentViewer currentViewer;

    private static final java.util.Set<ComparisonGroup.Kind> REGISTER_KINDS = java.util.EnumSet.of(
            ComparisonGroup.Kind.ALL_ENGLAND, ComparisonGroup.Kind.TYPE, ComparisonGroup.Kind.REGION, ComparisonGroup.Kind.COUNTY);
    private final java.util.Map<String, ComparisonGroup> fromRegister = new java.util.concurrent.ConcurrentHashMap<>();

    public ComparisonGroup require(String id) {
        return require(id, viewer());
    }

    public ComparisonGroup require(String id, GroupViewer viewer) {
        return find(id, viewer).orElseThrow(() -> ProblemException.notFound("No comparison group has the id '" + id + "'."));
    }

    public Optional<ComparisonGroup> find(String id) {
        return find(id, viewer());
    }

    public Optional<ComparisonGroup> find(String id, GroupViewer viewer) {
        if (id == null) {
            return Optional.empty();
        }
        ComparisonGroup known = fromRegister.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ComparisonGroup> found = resolve(id, viewer);
        // The register is loaded at start-up and never changes while running: its groups are kept once found
        // (only groups that exist, so made-up ids cannot grow the map).
        found.filter(g -> REGISTER_KINDS.contains(g.kind())).ifPresent(g -> fromRegister.put(id, g));
        return found;
    }

    private Optional<ComparisonGroup> resolve(String id, GroupViewer viewer) {
        if (ALL_ENGLAND.equals(id)) {
            return Optional.of(new ComparisonGroup(id, allEnglandName(), ComparisonGroup.Kind.ALL_ENGLAND,
                    codes("select c.gssCode from Council c where c.nation = 'England' order by c.gssCode")));
        }
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String kind = id.substring(0, colon);
        String arg = id.substring(colon + 1);
        return switch (kind) {
            case "type" -> nonEmpty(new ComparisonGroup(id, typeName(arg), ComparisonGroup.Kind.TYPE,
                    codes("select c.gssCode from Council c where c.nation = 'England' and upper(c.type) = upper(?1) order by c.gssCode", arg)));
            case "region" -> nonEmpty(new ComparisonGroup(id, regionName(arg), ComparisonGroup.Kind.REGION,
                    codes("select c.gssCode from Council c where c.nation = 'England' and lower(c.region) = lower(?1) order by c.gssCode", arg)));
            case "county" -> county(id, arg);
            case "nearest-neighbours" -> nearestNeighbours(id, arg);
            case "custom" -> custom(id, arg, viewer);
            default -> Optional.empty();
        };
    }

    /**
     * The groups the viewer may list, ordered: all England, each type, each English region, each county (by
     * GSS code), then the viewer's custom groups in the order they were made. {@code after} is the id of the
     * last group of the previous page. Nearest-neighbour groups, one per council, are not listed.
     */
    public List<GroupSummary> list(GroupViewer viewer, String after, int limit) {
        List<GroupSummary> builtIn = builtIn();
        Long afterCustom = after != null && after.startsWith(CUSTOM) ? CustomGroups.number(after.substring(CUSTOM.length())) : null;
        int from = 0;
        if (afterCustom != null) {
            from = builtIn.size();
        } else if (after != null) {
            from = builtIn.stream().map(GroupSummary::id).toList().indexOf(after) + 1;
            if (from == 0) {
                throw new ProblemException(400, "Bad Request", "The request has invalid fields.",
                        List.of(new Problem.FieldError("after", "is not the id of a listed comparison group")));
            }
        }
        List<GroupSummary> page = new ArrayList<>(builtIn.subList(from, Math.min(builtIn.size(), from + limit)));
        if (page.size() < limit) {
            page.addAll(customGroups.visible(viewer, afterCustom == null ? 0 : afterCustom, limit - page.size()));
        }
        return page;
    }

    /** All England, then its council types, regions and counties, with their member counts. */
    private List<GroupSummary> builtIn() {
        List<GroupSummary> groups = new ArrayList<>();
        groups.add(new GroupSummary(ALL_ENGLAND, allEnglandName(), ComparisonGroup.Kind.ALL_ENGLAND,
                em.createQuery("select count(c) from Council c where c.nation = 'England'", Long.class).getSingleResult()));
        for (Object[] type : rows("select c.type, count(c) from Council c where c.nation = 'England' group by c.type order by c.type")) {
            groups.add(new GroupSummary("type:" + type[0], typeName((String) type[0]), ComparisonGroup.Kind.TYPE, (Long) type[1]));
        }
        for (Object[] region : rows("select c.region, count(c) from Council c where c.nation = 'England' group by c.region order by c.region")) {
            groups.add(new GroupSummary("region:" + region[0], regionName((String) region[0]), ComparisonGroup.Kind.REGION, (Long) region[1]));
        }
        for (Object[] county : rows("select c.gssCode, c.name, (select count(d) from Council d where d.countyCode = c.code) "
                + "from Council c where c.type = 'CTY' order by c.gssCode")) {
            groups.add(new GroupSummary("county:" + county[0], countyName((String) county[1]), ComparisonGroup.Kind.COUNTY,
                    (Long) county[2] + 1));
        }
        return groups;
    }

    /** A county council with the districts of its two-tier area. */
    private Optional<ComparisonGroup> county(String id, String countyGssCode) {
        Council county = em.find(Council.class, countyGssCode);
        if (county == null || !"CTY".equals(county.type)) {
            return Optional.empty();
        }
        List<String> members = codes("select c.gssCode from Council c where c.gssCode = ?1 or c.countyCode = ?2 "
                + "order by c.gssCode", countyGssCode, county.code);
        return Optional.of(new ComparisonGroup(id, countyName(county.name), ComparisonGroup.Kind.COUNTY, members));
    }

    /** The council first, then its neighbours nearest first; none until its neighbours have been computed. */
    Optional<ComparisonGroup> nearestNeighbours(String id, String gssCode) {
        Council council = em.find(Council.class, gssCode);
        if (council == null) {
            return Optional.empty();
        }
        return neighbours.neighboursOf(gssCode).map(computed -> new ComparisonGroup(id, "Nearest neighbours of " + council.name,
                ComparisonGroup.Kind.NEAREST_NEIGHBOURS, computed.groupOf(gssCode)));
    }

    Optional<ComparisonGroup> custom(String id, String customId, GroupViewer viewer) {
        return customGroups.find(customId, viewer)
                .map(group -> new ComparisonGroup(id, group.name, ComparisonGroup.Kind.CUSTOM, group.members));
    }

    /** Outside a request (a scheduled job) nobody is calling, so only what anyone may see resolves. */
    private GroupViewer viewer() {
        return Arc.container().requestContext().isActive() ? currentViewer.get() : GroupViewer.ANONYMOUS;
    }

    private static String allEnglandName() {
        return "All English councils";
    }

    private static String typeName(String type) {
        return "English councils of type " + type;
    }

    private static String regionName(String region) {
        return "Councils in " + region;
    }

    private static String countyName(String countyName) {
        return countyName + " and its districts";
    }

    private List<Object[]> rows(String jpql) {
        return em.createQuery(jpql, Object[].class).getResultList();
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
