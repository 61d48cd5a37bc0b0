package uk.gov.lga.platform.lginform.domain.politics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.PoliticalControlChanged;
import uk.gov.lga.platform.lginform.domain.councils.Council;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.persistence.PoliticalControlRepository;
import uk.gov.lga.platform.support.outbox.Outbox;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Political control of councils: kept by platform admins, read by anyone. History is recorded in order of the day
 * each control took effect; every record that changes the history publishes PoliticalControlChanged (peer challenge
 * grants member peer support when the control changed).
 */
@ApplicationScoped
public class PoliticalControlService {

    private final CouncilService councils;
    private final PoliticalControlRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public PoliticalControlService(CouncilService councils, PoliticalControlRepository repository, Outbox outbox,
                                   Clock clock) {
        this.councils = councils;
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The council's political control, newest record first; empty for a council with none recorded. 404 unknown. */
    @Transactional
    public ControlHistory history(String gssCode) {
        Council council = councils.require(gssCode);
        return new ControlHistory(council, repository.historyOf(council.gssCode));
    }

    /**
     * Records the council's control from a day on. A record after the current one is appended; one on the current
     * record's own day replaces it (a correction); the same record again changes nothing (a safe retry). 422 naming
     * {@code effectiveFrom} for a day in the future or outside the council's life; 409 for a day before the current
     * record's that no record holds (history is written in order). Platform admins only.
     */
    @Transactional
    public ControlHistory record(String gssCode, NewControl record, Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only a platform admin may record political control.");
        }
        Council council = councils.require(gssCode);
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate today = councils.today();
        if (record.effectiveFrom().isAfter(today)) {
            errors.add(new Problem.FieldError("effectiveFrom", "is after today (" + today + "): record a control once it has taken effect"));
        } else if (!council.lifespan().contains(record.effectiveFrom())) {
            errors.add(new Problem.FieldError("effectiveFrom", "council " + council.gssCode + " did not exist on "
                    + record.effectiveFrom() + ": it existed " + council.lifespan().describe()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The political control was not recorded: " + errors.size() + " problem(s) found.", errors);
        }
        repository.lockHistoryOf(council.gssCode);
        List<PoliticalControl> history = repository.historyOf(council.gssCode);
        Optional<PoliticalControl> same = history.stream().filter(r -> r.effectiveFrom.equals(record.effectiveFrom())).findFirst();
        if (same.isPresent() && same.get().says(record)) {
            return new ControlHistory(council, history);
        }
        PoliticalControl current = history.isEmpty() ? null : history.get(0);
        if (current != null && record.effectiveFrom().isBefore(current.effectiveFrom)) {
            throw ProblemException.conflict("Political control is recorded in order: the current record of " + council.gssCode
                    + " took effect on " + current.effectiveFrom + ". Record a control from that day or later, or "
                    + "send the current record's own day to correct it.");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        PoliticalControl written = same.orElseGet(PoliticalControl::new);
        written.councilCode = council.gssCode;
        written.control = record.control();
        written.leaderParty = record.leaderParty();
        written.effectiveFrom = record.effectiveFrom();
        written.synthetic = record.synthetic();
        written.recordedBy = caller.name();
        written.recordedAt = now;
        written.persist();
        PoliticalControl previous = history.stream().filter(r -> r.effectiveFrom.isBefore(record.effectiveFrom()))
                .findFirst().orElse(null);
        outbox.record(new PoliticalControlChanged(council.gssCode, written.control, written.leaderParty,
                written.effectiveFrom, previous == null ? null : previous.control, written.synthetic), now);
        return new ControlHistory(council, repository.historyOf(council.gssCode));
    }
}
