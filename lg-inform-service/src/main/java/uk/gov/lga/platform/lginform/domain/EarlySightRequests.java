package uk.gov.lga.platform.lginform.domain;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.lginform.domain.groups.ComparisonGroups;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroup;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Checks a request for early sight: a custom group the council belongs to, and a release date ahead. */
@ApplicationScoped
public class EarlySightRequests {

    static final Duration LONGEST = Duration.ofDays(2 * 366);

    Clock clock = Clock.systemUTC();

    /** The early sight asked for, or null when neither parameter is given (published at once). */
    public EarlySight parse(String councilCode, String group, String releaseAt) {
        if (group == null && releaseAt == null) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Long groupId = null;
        if (group == null) {
            errors.add(new Problem.FieldError("earlySightGroup", "is required with releaseAt"));
        } else if (!group.startsWith(ComparisonGroups.CUSTOM) || !group.substring(ComparisonGroups.CUSTOM.length()).matches("\\d{1,18}")) {
            errors.add(new Problem.FieldError("earlySightGroup", "must be a custom group id such as custom:12"));
        } else {
            groupId = Long.valueOf(group.substring(ComparisonGroups.CUSTOM.length()));
            CustomGroup found = CustomGroup.findById(groupId);
            if (found == null || !found.members.contains(councilCode)) {
                errors.add(new Problem.FieldError("earlySightGroup", "no custom group " + group + " has council "
                        + councilCode + " among its members"));
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
            throw new ProblemException(422, "Unprocessable Content", "The early sight asked for is not possible.", errors);
        }
        return new EarlySight(groupId, release);
    }
}
