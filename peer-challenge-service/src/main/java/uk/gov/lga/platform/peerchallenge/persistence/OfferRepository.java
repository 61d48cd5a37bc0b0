package uk.gov.lga.platform.peerchallenge.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;

import java.time.LocalDate;
import java.util.Optional;

/** What the offer reads of peer challenges: the first on-site day of the challenge that used a free challenge. */
@ApplicationScoped
public class OfferRepository {

    /** The challenge's first on-site day; empty when it has none yet or does not exist. */
    public Optional<LocalDate> firstDayOf(long challengeId) {
        return PeerChallenge.<PeerChallenge>findByIdOptional(challengeId).map(c -> c.startsOn);
    }
}
