package uk.gov.lga.platform.peerchallenge.domain.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.events.CouncilRegistered;
import uk.gov.lga.platform.events.PoliticalControlChanged;
import uk.gov.lga.platform.peerchallenge.persistence.OrganisationRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who exists: the one way other features find a council or fire and rescue authority. Councils are copied from
 * LG Inform's register as its events arrive (never edited here); fire and rescue authorities are registered by a
 * platform admin.
 */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Clock clock;

    @Inject
    public OrganisationService(OrganisationRepository organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public Optional<Organisation> find(GssCode code) {
        return organisations.findByIdOptional(code.value());
    }

    /** The organisation, or a 404 problem: an unknown council is not a member of the offer. */
    @Transactional
    public Organisation require(GssCode code) {
        return find(code).orElseThrow(() -> ProblemException.notFound(
                "No council or fire and rescue authority has the code " + code + "."));
    }

    /** Any signed-in caller reads the register: who exists is no secret. */
    @Transactional
    public Organisation get(GssCode code, Caller caller) {
        requireSignedIn(caller);
        return require(code);
    }

    /** By code, after the cursor {@code after}, of one kind when given; {@code rows} at most. */
    @Transactional
    public List<Organisation> list(OrganisationKind kind, String after, int rows, Caller caller) {
        requireSignedIn(caller);
        return organisations.page(kind, after, rows);
    }

    /** Platform admins register a fire and rescue authority; 409 when its code is already registered. */
    @Transactional
    public Organisation registerFireAuthority(NewFireAuthority authority, Caller caller) {
        if (!caller.hasRole(Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Only a platform admin may register a fire and rescue authority.");
        }
        // Inserted only if the code is free, so two admins registering one code at once get one 201 and one 409.
        if (!organisations.insertFireAuthority(authority.code(), authority.name(), authority.kind().name(),
                authority.region(), Instant.now(clock))) {
            throw ProblemException.conflict("An organisation is registered once: the code " + authority.code()
                    + " is already registered.");
        }
        return organisations.findById(authority.code());
    }

    /**
     * Copies a council as LG Inform's register publishes it: the latest event of a council replaces what was known.
     *
     * @return the reasons it cannot be stored (a code that is not a GSS code, a missing name, a value too long for
     * the register); empty when it was stored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> registerCouncil(CouncilRegistered council) {
        List<String> problems = problemsOf(council);
        if (!problems.isEmpty()) {
            return problems;
        }
        Organisation o = organisations.findByIdOptional(council.gssCode()).orElseGet(Organisation::new);
        boolean created = o.code == null;
        o.code = council.gssCode();
        o.kind = OrganisationKind.COUNCIL;
        o.fireAuthorityKind = null;
        o.name = council.name();
        o.nation = council.nation();
        o.region = council.region();
        o.councilType = council.type();
        o.tier = council.tier();
        o.countyCode = council.countyCode();
        o.validFrom = council.validFrom();
        o.validTo = council.validTo();
        o.predecessors = new ArrayList<>(council.predecessors());
        o.successors = new ArrayList<>(council.successors());
        o.updatedAt = Instant.now(clock);
        if (created) {
            organisations.persist(o);
        }
        return List.of();
    }

    /**
     * Records a council's political control from LG Inform: a record older than the one held is history and does
     * not replace it.
     *
     * @return false when the council is not in the register
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordPoliticalControl(PoliticalControlChanged change) {
        if (!GssCode.isValid(change.councilCode()) || change.control() == null || change.effectiveFrom() == null) {
            return false;
        }
        Optional<Organisation> found = organisations.findByIdOptional(change.councilCode());
        if (found.isEmpty()) {
            return false;
        }
        Organisation o = found.get();
        if (o.controlSince == null || !change.effectiveFrom().isBefore(o.controlSince)) {
            o.politicalControl = truncate(change.control(), 60);
            o.leaderParty = change.leaderParty() == null ? null : truncate(change.leaderParty(), 60);
            o.controlSince = change.effectiveFrom();
            o.controlSynthetic = change.synthetic();
            o.updatedAt = Instant.now(clock);
        }
        return true;
    }

    static List<String> problemsOf(CouncilRegistered council) {
        List<String> problems = new ArrayList<>();
        if (!GssCode.isValid(council.gssCode())) {
            problems.add("gssCode is not a GSS code");
        }
        if (council.name() == null || council.name().isBlank()) {
            problems.add("name is missing");
        }
        tooLong(problems, "name", council.name(), 200);
        tooLong(problems, "nation", council.nation(), 40);
        tooLong(problems, "region", council.region(), 60);
        tooLong(problems, "type", council.type(), 3);
        tooLong(problems, "tier", council.tier(), 20);
        if (council.countyCode() != null && !GssCode.isValid(council.countyCode())) {
            problems.add("countyCode is not a GSS code");
        }
        if (council.validFrom() != null && council.validTo() != null && council.validTo().isBefore(council.validFrom())) {
            problems.add("validTo is before validFrom");
        }
        if (!council.predecessors().stream().allMatch(GssCode::isValid) || !council.successors().stream().allMatch(GssCode::isValid)) {
            problems.add("a predecessor or successor is not a GSS code");
        }
        return problems;
    }

    private static void tooLong(List<String> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
        }
    }

    private static String truncate(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static void requireSignedIn(Caller caller) {
        if (caller.isAnonymous()) {
            throw ProblemException.forbidden("The register is read by signed-in callers.");
        }
    }
}
