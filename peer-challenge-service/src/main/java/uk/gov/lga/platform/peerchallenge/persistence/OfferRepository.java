package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.peerchallenge.domain.offer.ChallengeCycle;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeKind;
import uk.gov.lga.platform.peerchallenge.domain.offer.LeadershipPlace;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.support.ids.GssCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The queries the improvement offer is worked out from: a council's peer challenges and leadership places. */
@ApplicationScoped
public class OfferRepository {

    /** The council's first corporate challenge starting inside the cycle: the one that uses its free challenge. */
    public Optional<PeerChallenge> firstCorporateChallengeIn(GssCode council, ChallengeCycle cycle) {
        return PeerChallenge.<PeerChallenge>find("councilCode = ?1 and kind = ?2 and startsOn between ?3 and ?4",
                        Sort.by("startsOn", "id"), council.value(), ChallengeKind.CORPORATE, cycle.start(), cycle.end())
                .firstResultOptional();
    }

    /** The places the council took up in any of these financial years. */
    public List<LeadershipPlace> placesTakenUpIn(GssCode council, Collection<String> financialYears) {
        return LeadershipPlace.list("councilCode = ?1 and financialYear in ?2", council.value(), financialYears);
    }
}
