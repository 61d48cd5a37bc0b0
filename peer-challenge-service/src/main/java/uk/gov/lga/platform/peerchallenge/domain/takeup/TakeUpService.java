package uk.gov.lga.platform.peerchallenge.domain.takeup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.organisations.OrganisationService;
import uk.gov.lga.platform.peerchallenge.persistence.TakeUpRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Take-up of the improvement offer, the evidence the LGA's Board asked for: open to anyone in aggregate, per
 * council for challenge managers and platform admins.
 */
@ApplicationScoped
public class TakeUpService {

    private final TakeUpRepository takeUp;
    private final OrganisationService organisations;
    private final Clock clock;

    @Inject
    public TakeUpService(TakeUpRepository takeUp, OrganisationService organisations, Clock clock) {
        this.takeUp = takeUp;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The aggregate for the cycle running now; anyone may read it. */
    @Transactional
    public TakeUp now() {
        LocalDate today = LocalDate.now(clock);
        ChallengeCycle cycle = ChallengeCycle.containing(today);
        List<TakeUp.CouncilRow> rows = takeUp.englishCouncils(today, cycle);
        return new TakeUp(today, cycle, share(rows), groups(rows, TakeUp.CouncilRow::councilType),
                groups(rows, TakeUp.CouncilRow::region), takeUp.peerDays(cycle, today, null));
    }

    /** One organisation's take-up: challenge managers and platform admins only (403), 404 when unknown. */
    @Transactional
    public CouncilTakeUp of(GssCode code, Caller caller) {
        if (!caller.hasAnyRole(Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN)) {
            throw ProblemException.forbidden("Take-up per council is for challenge managers and platform admins; "
                    + "anyone may read it in aggregate (GET /take-up).");
        }
        Organisation organisation = organisations.require(code);
        LocalDate today = LocalDate.now(clock);
        ChallengeCycle cycle = ChallengeCycle.containing(today);
        return new CouncilTakeUp(organisation, today, cycle, takeUp.corporateChallengesHostedBy(code.value()),
                takeUp.peerDays(cycle, today, code.value()));
    }

    private static TakeUp.Share share(List<TakeUp.CouncilRow> rows) {
        return new TakeUp.Share(rows.size(), (int) rows.stream().filter(TakeUp.CouncilRow::withCorporateChallenge).count());
    }

    /** Groups by name, names in order and councils without one last, so the same register gives the same list. */
    private static List<TakeUp.Group> groups(List<TakeUp.CouncilRow> rows, Function<TakeUp.CouncilRow, String> key) {
        Map<String, TakeUp.Share> shares = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (TakeUp.CouncilRow row : rows) {
            shares.merge(key.apply(row), new TakeUp.Share(1, row.withCorporateChallenge() ? 1 : 0), TakeUp.Share::plus);
        }
        return shares.entrySet().stream()
                .map(e -> new TakeUp.Group(e.getKey(), e.getValue()))
                .toList();
    }
}
