package uk.gov.lga.platform.lginform.domain.groups;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.CouncilRegister;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Custom comparison groups: made by an officer for their council or by a benchmarking club, seen by those they name. */
@ApplicationScoped
public class CustomGroups {

    @Inject
    CouncilRegister councils;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** A group to create; {@code clubs} are the other benchmarking clubs (client ids) that may use it. */
    public record NewGroup(String name, List<String> members, List<String> clubs) {

        public NewGroup {
            members = members == null ? List.of() : List.copyOf(members);
            clubs = clubs == null ? List.of() : List.copyOf(clubs);
        }
    }

    /** Creates the group for the creator's council (an officer) or club; every unknown or repeated member is named. */
    @Transactional
    public CustomGroup create(NewGroup request, GroupViewer creator) {
        if (creator.council() == null && creator.club() == null) {
            throw ProblemException.forbidden("Only a council officer with a council, or a benchmarking club, may create a comparison group.");
        }
        Set<String> known = councils.codes();
        List<Problem.FieldError> errors = new ArrayList<>();
        checkEach("members", request.members(), code -> known.contains(code) ? null : "unknown council '" + code + "'", errors);
        checkEach("clubs", request.clubs(), club -> null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The comparison group was not created: " + errors.size() + " problem(s) found.", errors);
        }
        CustomGroup group = new CustomGroup();
        group.name = request.name().strip();
        group.owner = creator.name();
        // An officer's group belongs to their council, so colleagues keep it when its creator leaves.
        group.ownerCouncil = creator.council();
        group.ownerClient = creator.council() == null ? creator.club() : null;
        // PostgreSQL keeps microseconds: the answer to the POST shows what a later GET will.
        group.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        group.members.addAll(request.members().stream().sorted().toList());
        group.clubs.addAll(request.clubs().stream().sorted().toList());
        group.persist();
        return group;
    }

    /** The group if the viewer may see it; to anyone else it does not exist, so its existence does not leak. */
    public Optional<CustomGroup> find(String id, GroupViewer viewer) {
        Long key = number(id);
        return key == null ? Optional.empty()
                : CustomGroup.<CustomGroup>findByIdOptional(key).filter(viewer::canSee);
    }

    public CustomGroup require(String id, GroupViewer viewer) {
        return find(id, viewer).orElseThrow(() -> ProblemException.notFound("No comparison group has the id '"
                + ComparisonGroups.CUSTOM + id + "'."));
    }

    /** Deletes the group: its owner or a platform admin; a club it is only shared with may not. */
    @Transactional
    public void delete(String id, GroupViewer viewer) {
        CustomGroup group = require(id, viewer);
        if (!viewer.mayDelete(group)) {
            throw ProblemException.forbidden("Only the group's owner or a platform admin may delete it.");
        }
        group.delete();
    }

    /** The groups the viewer may see with a number above {@code after}, in the order they were made. */
    List<GroupSummary> visible(GroupViewer viewer, long after, int limit) {
        List<String> who = new ArrayList<>();
        Parameters params = Parameters.with("after", after);
        if (viewer.council() != null) {
            who.add("g.ownerCouncil = :council");
            params.and("council", viewer.council());
        }
        if (viewer.club() != null) {
            who.add("g.ownerClient = :club or :club member of g.clubs");
            params.and("club", viewer.club());
        }
        if (!viewer.admin() && who.isEmpty()) {
            return List.of();
        }
        String where = viewer.admin() ? "" : " and (" + String.join(" or ", who) + ")";
        var query = em.createQuery("select g.id, g.name, size(g.members) from CustomGroup g where g.id > :after" + where
                + " order by g.id", Object[].class).setMaxResults(limit);
        params.map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new GroupSummary(ComparisonGroups.CUSTOM + r[0], (String) r[1], ComparisonGroup.Kind.CUSTOM,
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /** The custom group number in an id such as {@code 12}, or null. */
    static Long number(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Names each element that the check rejects, or that repeats an earlier one, as {@code field[i]}. */
    private static void checkEach(String field, List<String> values, Function<String, String> check,
                                  List<Problem.FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String problem = check.apply(values.get(i));
            if (problem == null && !seen.add(values.get(i))) {
                problem = "'" + values.get(i) + "' appears more than once";
            }
            if (problem != null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", problem));
            }
        }
    }
}
