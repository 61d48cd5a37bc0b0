package uk.gov.lga.platform.lginform.domain.groups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.persistence.EarlySightRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Custom comparison groups: made by an officer for their council or by a benchmarking club, seen by those they name. */
@ApplicationScoped
public class CustomGroupService {

    private final CouncilService councils;
    private final ComparisonGroupService groups;
    private final EarlySightRepository earlySight;
    private final Clock clock;

    @Inject
    public CustomGroupService(CouncilService councils, ComparisonGroupService groups, EarlySightRepository earlySight,
                              Clock clock) {
        this.councils = councils;
        this.groups = groups;
        this.earlySight = earlySight;
        this.clock = clock;
    }

    /** Creates the group for the creator's council (an officer) or club; every unknown or repeated member is named. */
    @Transactional
    public GroupDetails create(NewGroup request, Caller creator) {
        GroupAccess access = new GroupAccess(creator);
        if (!access.mayCreate()) {
            throw ProblemException.forbidden("Only a council officer with a council, or a benchmarking club, may create a comparison group.");
        }
        Set<String> known = councils.codes();
        List<Problem.FieldError> errors = new ArrayList<>();
        checkEach("members", request.members(), code -> known.contains(code.value()) ? null : "unknown council '" + code + "'", errors);
        checkEach("clubs", request.clubs(), club -> null, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The comparison group was not created: " + errors.size() + " problem(s) found.", errors);
        }
        CustomGroup group = new CustomGroup();
        group.name = request.name().strip();
        group.owner = creator.name();
        // An officer's group belongs to their council, so colleagues keep it when its creator leaves.
        group.ownerCouncil = access.council();
        group.ownerClient = access.council() == null ? access.club() : null;
        // PostgreSQL keeps microseconds: the answer to the POST shows what a later GET will.
        group.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        group.members.addAll(request.members().stream().map(GssCode::value).sorted().toList());
        group.clubs.addAll(request.clubs().stream().sorted().toList());
        group.persist();
        return groups.describe(group);
    }

    /**
     * Deletes a custom group: its owner or a platform admin; a club it is only shared with may not (403), and
     * built-in groups cannot be deleted (403). 404 for an id that names no group the caller may see; 409 naming each
     * early-sight return that still waits for release through it.
     */
    @Transactional
    public void delete(String id, Caller caller) {
        GroupId group = groups.require(id, caller).id();
        if (!group.isCustom()) {
            throw ProblemException.forbidden("Only custom comparison groups can be deleted.");
        }
        CustomGroup custom = CustomGroup.findById(group.customNumber(), LockModeType.PESSIMISTIC_WRITE);
        if (!new GroupAccess(caller).mayDelete(custom)) {
            throw ProblemException.forbidden("Only the group's owner or a platform admin may delete it.");
        }
        // Early-sight returns waiting for release are shared through the group until then: it stays until they are
        // published. Those already released keep their release dates and lose only the link.
        List<WaitingRelease> waiting = earlySight.awaitingRelease(custom.id);
        if (!waiting.isEmpty()) {
            throw new ProblemException(409, "Conflict", "The group shares " + waiting.size() + " early-sight return(s) not "
                    + "yet released; it can be deleted once they are published (the last at "
                    + waiting.get(waiting.size() - 1).releaseAt() + ").", waiting.stream().map(r -> new Problem.FieldError(
                    "earlySight", "data return " + r.dataReturn() + " of council " + r.council() + " is released at "
                    + r.releaseAt())).toList());
        }
        earlySight.detachReleased(custom.id);
        custom.delete();
    }

    /** Of these custom groups, those through which the caller sees early-sight data ({@link GroupAccess#seesEarlySight}). */
    public Set<Long> sharingEarlySightWith(Caller caller, Collection<Long> groupIds) {
        GroupAccess access = new GroupAccess(caller);
        Set<Long> shared = new HashSet<>();
        for (Long id : groupIds) {
            CustomGroup group = CustomGroup.findById(id);
            if (group != null && access.seesEarlySight(group)) {
                shared.add(id);
            }
        }
        return shared;
    }

    /** Names each element that the check rejects, or that repeats an earlier one, as {@code field[i]}. */
    private static <T> void checkEach(String field, List<T> values, Function<T, String> check, List<Problem.FieldError> errors) {
        Set<T> seen = new HashSet<>();
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
