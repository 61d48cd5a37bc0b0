package uk.gov.lga.platform.lginform.domain.returns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.lginform.domain.councils.CouncilService;
import uk.gov.lga.platform.lginform.domain.groups.CustomGroupService;
import uk.gov.lga.platform.lginform.persistence.DataReturnRepository;
import uk.gov.lga.platform.lginform.persistence.EarlySightRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Data returns, accepted whole or not at all: a submission locks its councils, checks every value
 * ({@link ReturnValidator}, all problems reported together), creates one return per council
 * ({@link NewReturns}) and stores and publishes their values with their events ({@link Publication}), all in
 * one transaction. Early-sight returns are published when their release date comes; every council's returns
 * can be read back by those who act for it.
 */
@ApplicationScoped
public class DataReturnService {

    /** Early-sight returns released in one transaction. */
    static final int RELEASE_BATCH = 100;

    private final CouncilService councils;
    private final ReturnValidator validator;
    private final Publication publication;
    private final DataReturnRepository repository;
    private final EarlySightRepository earlySight;
    private final CustomGroupService customGroups;
    private final Clock clock;

    @Inject
    public DataReturnService(CouncilService councils, ReturnValidator validator, Publication publication,
                             DataReturnRepository repository, EarlySightRepository earlySight,
                             CustomGroupService customGroups, Clock clock) {
        this.councils = councils;
        this.validator = validator;
        this.publication = publication;
        this.repository = repository;
        this.earlySight = earlySight;
        this.customGroups = customGroups;
        this.clock = clock;
    }

    /**
     * One council's own return, published at once; with early sight, shared with the group now and published
     * at its release date. The submitter has been authorised for the council.
     */
    @Transactional
    public SubmittedReturn submit(GssCode council, ReturnedValues returned, Caller submitter, EarlySight earlySight) {
        if (councils.require(council.value()).abolished()) {
            throw ProblemException.forbidden("Council " + council + " was abolished (" + councils.lifespanOf(council.value())
                    .describe() + "): it has no officers, and its history is loaded as a national dataset (platform-admin).");
        }
        councils.lockForReturns(List.of(council.value()));
        validator.check(returned, council);
        return store(Map.of(council.value(), returned.values()), DataReturn.Source.COUNCIL, submitter, earlySight).get(0);
    }

    /** A national dataset: values for many councils (each value names its council), all or nothing. */
    @Transactional
    public List<SubmittedReturn> submitNational(ReturnedValues returned, Caller submitter) {
        validator.check(returned, null);
        Map<String, List<ReturnedValue>> byCouncil = returned.values().stream()
                .collect(Collectors.groupingBy(ReturnedValue::council, TreeMap::new, Collectors.toList()));
        councils.lockForReturns(byCouncil.keySet());
        return store(byCouncil, DataReturn.Source.NATIONAL, submitter, null);
    }

    /** Publishes early-sight returns whose release date has come; how many it published (0: none was due). */
    @Transactional
    public int releaseDue() {
        Instant now = Instant.now(clock);
        List<DataReturn> due = repository.dueForRelease(now, RELEASE_BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        due.forEach(r -> r.releasedAt = now);
        publication.release(due, now);
        return due.size();
    }

    /** A council's returns, newest first, before the cursor: for its officers, LGA advisers and platform admins. */
    @Transactional
    public List<DataReturn> returnsOf(String council, Caller reader, Long before, int limit) {
        councils.requireActingFor(council, reader, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN);
        // Early-sight returns not yet released: only for those they are shared with (GroupAccess.seesEarlySight).
        Set<Long> hidden = new HashSet<>(earlySight.groupsAwaitingRelease(council));
        hidden.removeAll(customGroups.sharingEarlySightWith(reader, hidden));
        return repository.returnsOf(council, before, limit, hidden);
    }

    /**
     * One of a council's returns with its values, for those who may read its returns; an early-sight return not yet
     * released only for those it is shared with (404 for anyone else, as if there were none).
     */
    @Transactional
    public SubmittedReturn returnOf(String council, long id, Caller reader) {
        councils.requireActingFor(council, reader, Roles.LGA_ADVISER, Roles.PLATFORM_ADMIN);
        DataReturn r = repository.returnOf(council, id)
                .filter(found -> found.releasedAt != null || found.earlySightGroupId == null
                        || !customGroups.sharingEarlySightWith(reader, List.of(found.earlySightGroupId)).isEmpty())
                .orElseThrow(() -> ProblemException.notFound("Council " + council + " has no data return " + id + "."));
        return new SubmittedReturn(r, repository.valuesOf(List.of(r.id)));
    }

    private List<SubmittedReturn> store(Map<String, List<ReturnedValue>> byCouncil, DataReturn.Source source,
                                        Caller submitter, EarlySight earlySight) {
        Instant now = Instant.now(clock);
        NewReturns created = NewReturns.persist(byCouncil, source, submitter.name(), earlySight, now);
        return publication.store(created, earlySight == null ? now : null);
    }
}
