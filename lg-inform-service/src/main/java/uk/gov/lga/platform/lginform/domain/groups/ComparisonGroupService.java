package uk.gov.lga.platform.lginform.domain.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.catalogue.MetricService;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.councils.Geography;
import uk.gov.lga.platform.lginform.domain.groups.GroupId.Kind;
import uk.gov.lga.platform.lginform.domain.neighbours.ComputedNeighbours;
import uk.gov.lga.platform.lginform.domain.neighbours.NearestNeighbourService;
import uk.gov.lga.platform.lginform.persistence.ComparisonGroupRepository;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Resolves a comparison group id ({@link GroupId}) to its member councils, and lists the groups. A custom
 * group resolves only for a caller who may see it ({@link GroupAccess}); to anyone else it does not exist.
 */
@ApplicationScoped
public class ComparisonGroupService {

    /** The kinds made from the register alone: loaded at start-up, it never changes while running. */
    private static final Set<Kind> REGISTER_KINDS = EnumSet.of(Kind.ALL_ENGLAND, Kind.TYPE, Kind.REGION, Kind.COUNTY);

    private final ComparisonGroupRepository repository;
    private final CouncilService councils;
    private final MetricService catalogue;
    private final NearestNeighbourService neighbours;
    /** Groups of the register, kept once found (only groups that exist, so made-up ids cannot grow the map). */
    private final Map<GroupId, ComparisonGroup> fromRegister = new ConcurrentHashMap<>();

    @Inject
    public ComparisonGroupService(ComparisonGroupRepository repository, CouncilService councils, MetricService catalogue,
                                  NearestNeighbourService neighbours) {
        this.repository = repository;
        this.councils = councils;
        this.catalogue = catalogue;
        this.neighbours = neighbours;
    }

    /**
     * The group with this id as the caller may see it, of today's councils; 404 for an id that is unknown or names
     * no group they may see.
     */
    public ComparisonGroup require(String id, Caller caller) {
        return require(id, caller, Geography.on(councils.today()));
    }

    /**
     * The group as the caller may see it, in the geography of a period: its members that existed during it (for
     * 2016/17, all England has Cumbria and not Cumberland). 404 as {@link #require(String, Caller)}.
     */
    public ComparisonGroup require(String id, Caller caller, Geography geography) {
        return in(find(id, caller).orElseThrow(() -> notFound(id)), geography);
    }

    /** All English councils of the geography: a group everyone sees. */
    public ComparisonGroup allEngland(Geography geography) {
        return in(find(GroupId.ALL_ENGLAND, Caller.ANONYMOUS).orElseThrow(), geography);
    }

    /** The group's members that existed during the geography's days. */
    public ComparisonGroup in(ComparisonGroup group, Geography geography) {
        return new ComparisonGroup(group.id(), group.name(),
                group.members().stream().filter(code -> councils.existedDuring(code, geography)).toList());
    }

    /**
     * The group with this id as the caller may see it, with every member it has had: a built-in group's councils of
     * any time (the register's abolished ones included), a custom group's members as they were chosen.
     */
    public Optional<ComparisonGroup> find(String id, Caller caller) {
        return GroupId.parse(id).flatMap(group -> find(group, caller));
    }

    private Optional<ComparisonGroup> find(GroupId id, Caller caller) {
        ComparisonGroup known = fromRegister.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ComparisonGroup> found = resolve(id, caller);
        found.filter(g -> REGISTER_KINDS.contains(g.kind())).ifPresent(g -> fromRegister.put(id, g));
        return found;
    }

    private Optional<ComparisonGroup> resolve(GroupId id, Caller caller) {
        String argument = id.argument();
        return switch (id.kind()) {
            case ALL_ENGLAND -> Optional.of(new ComparisonGroup(id, Kind.ALL_ENGLAND.nameOf(null), repository.england()));
            case TYPE -> nonEmpty(new ComparisonGroup(id, Kind.TYPE.nameOf(argument), repository.ofType(argument)));
            case REGION -> nonEmpty(new ComparisonGroup(id, Kind.REGION.nameOf(argument), repository.inRegion(argument)));
            case COUNTY -> county(id);
            case NEAREST_NEIGHBOURS -> nearestNeighbours(id);
            case CUSTOM -> custom(id, caller).map(group -> new ComparisonGroup(id, group.name, group.members));
        };
    }

    /**
     * The groups the caller may list, ordered: all England, each type, each English region, each county (by
     * GSS code), counted in today's councils, then the caller's custom groups in the order they were made. {@code after} is the id of the
     * last group of the previous page. Nearest-neighbour groups, one per council, are not listed.
     */
    public List<GroupSummary> list(Caller caller, String after, int limit) {
        List<GroupSummary> builtIn = repository.builtIn(councils.today());
        Long afterCustom = GroupId.parse(after).filter(GroupId::isCustom).map(GroupId::customNumber).orElse(null);
        int from = 0;
        if (afterCustom != null) {
            from = builtIn.size();
        } else if (after != null) {
            from = builtIn.stream().map(g -> g.id().toString()).toList().indexOf(after) + 1;
            if (from == 0) {
                throw new ProblemException(400, "Bad Request", "The request has invalid fields.",
                        List.of(new Problem.FieldError("after", "is not the id of a listed comparison group")));
            }
        }
        List<GroupSummary> page = new ArrayList<>(builtIn.subList(from, Math.min(builtIn.size(), from + limit)));
        GroupAccess access = new GroupAccess(caller);
        if (page.size() < limit && access.seesAnyCustomGroup()) {
            page.addAll(repository.customGroups(access.admin(), access.council(), access.club(),
                    afterCustom == null ? 0 : afterCustom, limit - page.size()));
        }
        return page;
    }

    /** The group as the caller may see it, with what explains it. */
    @Transactional
    public GroupDetails details(String id, Caller caller) {
        ComparisonGroup group = require(id, caller);
        return switch (group.kind()) {
            case CUSTOM -> describe(custom(group.id(), caller).orElseThrow(() -> notFound(id)));
            case NEAREST_NEIGHBOURS -> nearestNeighbourDetails(group);
            default -> new GroupDetails(group, councils.names(group.members()), null, null, Map.of());
        };
    }

    /** A custom group with its members' names. */
    GroupDetails describe(CustomGroup custom) {
        ComparisonGroup group = new ComparisonGroup(custom.groupId(), custom.name, custom.members);
        return new GroupDetails(group, councils.names(group.members()), GroupDetails.Custom.of(custom), null, Map.of());
    }

    /** The group's first member is the council; members and explanations come from one read, so they agree. */
    private GroupDetails nearestNeighbourDetails(ComparisonGroup resolved) {
        String council = resolved.members().get(0);
        ComputedNeighbours computed = neighbours.neighboursOf(council).orElseThrow(() -> notFound(resolved.id().toString()));
        ComparisonGroup group = new ComparisonGroup(resolved.id(), resolved.name(), computed.groupOf(council));
        Map<String, String> titles = catalogue.all().values().stream().collect(Collectors.toMap(m -> m.id, m -> m.title));
        return new GroupDetails(group, councils.names(group.members()), null, computed, titles);
    }

    /** A county council with the districts of its two-tier area. */
    private Optional<ComparisonGroup> county(GroupId id) {
        return councils.find(id.argument()).filter(county -> "CTY".equals(county.type))
                .map(county -> new ComparisonGroup(id, Kind.COUNTY.nameOf(county.name),
                        repository.county(county.gssCode, county.code)));
    }

    /** The council first, then its neighbours nearest first; none until its neighbours have been computed. */
    private Optional<ComparisonGroup> nearestNeighbours(GroupId id) {
        Optional<Council> council = councils.find(id.argument());
        return council.flatMap(c -> neighbours.neighboursOf(c.gssCode).map(computed -> new ComparisonGroup(id,
                Kind.NEAREST_NEIGHBOURS.nameOf(c.name), computed.groupOf(c.gssCode))));
    }

    private static Optional<CustomGroup> custom(GroupId id, Caller caller) {
        return CustomGroup.<CustomGroup>findByIdOptional(id.customNumber()).filter(new GroupAccess(caller)::canSee);
    }

    private static Optional<ComparisonGroup> nonEmpty(ComparisonGroup group) {
        return group.members().isEmpty() ? Optional.empty() : Optional.of(group);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No comparison group has the id '" + id + "'.");
    }
}
