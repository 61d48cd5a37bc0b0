package uk.gov.lga.platform.lginform.domain.earlysight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroup;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroupService;
import uk.gov.lga.platform.lginform.domain.groups.GroupAccess;
import uk.gov.lga.platform.lginform.domain.groups.GroupId;
import uk.gov.lga.platform.lginform.domain.returns.EarlySight;
import uk.gov.lga.platform.lginform.persistence.EarlySightRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Early sight: a return shared with a custom group's councils and clubs until its release date. Checks what a
 * submission asks for, and shows the unreleased values to those they are shared with: officers of the group's
 * councils, the clubs the group names (or owns), platform admins. Nobody else learns they exist.
 */
@ApplicationScoped
public class EarlySightService {

    static final Duration LONGEST = Duration.ofDays(2 * 366);
    /** The most values one answer holds. */
    static final int MOST = 10_000;

    private final EarlySightRepository repository;
    private final CustomGroupService customGroups;
    private final Clock clock;

    @Inject
    public EarlySightService(EarlySightRepository repository, CustomGroupService customGroups, Clock clock) {
        this.repository = repository;
        this.customGroups = customGroups;
        this.clock = clock;
    }

    /**
     * The early sight a council's return asks for: a custom group the council belongs to and a release date
     * ahead, within two years. Null when neither is given (published at once); 422 naming each wrong parameter.
     */
    public EarlySight parse(GssCode council, String group, String releaseAt) {
        if (group == null && releaseAt == null) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Optional<GroupId> custom = GroupId.parse(group).filter(GroupId::isCustom);
        if (group == null) {
            errors.add(new Problem.FieldError("earlySightGroup", "is required with releaseAt"));
        } else if (custom.isEmpty()) {
            errors.add(new Problem.FieldError("earlySightGroup", "must be a custom group id such as custom:12"));
        } else {
            CustomGroup found = CustomGroup.findById(custom.get().customNumber());
            if (found == null || !found.members.contains(council.value())) {
                errors.add(new Problem.FieldError("earlySightGroup", "no custom group " + group + " has council "
                        + council + " among its members"));
            }
        }
        Instant release = null;
        if (releaseAt == null) {
            errors.add(new Problem.FieldError("releaseAt", "is required with earlySightGroup"));
        } else {
            try {
                release = Instant.parse(releaseAt);
                Instant now = Instant.now(clock);
                if (!release.isAfter(now)) {
                    errors.add(new Problem.FieldError("releaseAt", "must be in the future"));
                } else if (release.isAfter(now.plus(LONGEST))) {
                    errors.add(new Problem.FieldError("releaseAt", "must be within two years"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("releaseAt", "must be an ISO-8601 instant such as 2027-01-15T09:00:00Z"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The early sight asked for is not possible.", errors);
        }
        return new EarlySight(custom.get().customNumber(), release);
    }

    /**
     * The unreleased early-sight values shared with the caller (of one metric and council, if given); none for anyone
     * else. Who sees them is {@link GroupAccess#seesEarlySight}, the same rule as for a council's returns.
     */
    @Transactional
    public List<EarlyValue> visibleTo(Caller caller, MetricId metric, GssCode council) {
        if (!new GroupAccess(caller).seesAnyCustomGroup()) {
            return List.of();
        }
        String ofCouncil = council == null ? null : council.value();
        return repository.sharedThrough(customGroups.sharingEarlySightWith(caller, repository.groupsAwaitingRelease(ofCouncil)),
                metric == null ? null : metric.value(), ofCouncil, MOST);
    }
}
