package uk.gov.lga.platform.peerchallenge.domain.peers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.peerchallenge.persistence.OrganisationRepository;
import uk.gov.lga.platform.peerchallenge.persistence.PeerRepository;
import uk.gov.lga.platform.peerchallenge.persistence.TeamRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.ids.MetricId;
import uk.gov.lga.platform.support.problem.Problem;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peer bank's entry points. Challenge managers and platform admins see and manage the whole bank; a peer sees
 * their own record and keeps their own unavailable dates (found by their user name); hosts and managers give
 * feedback on a team's peers after the visit.
 */
@ApplicationScoped
public class PeerService {

    static final String[] BANK_ROLES = {Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN};

    private final PeerRepository peers;
    private final OrganisationRepository organisations;
    private final TeamRepository teams;
    private final Clock clock;

    @Inject
    public PeerService(PeerRepository peers, OrganisationRepository organisations, TeamRepository teams, Clock clock) {
        this.peers = peers;
        this.organisations = organisations;
        this.teams = teams;
        this.clock = clock;
    }

    @Transactional
    public PeerDetails create(PeerProfile profile, Caller caller) {
        requireBankManager(caller);
        validate(profile, null);
        Peer peer = new Peer();
        apply(peer, profile);
        peer.createdAt = clock.instant();
        peer.updatedAt = peer.createdAt;
        peers.persist(peer);
        return details(peer);
    }

    @Transactional
    public PeerDetails update(long peerId, PeerProfile profile, Caller caller) {
        requireBankManager(caller);
        Peer peer = require(peerId);
        validate(profile, peerId);
        apply(peer, profile);
        peer.updatedAt = clock.instant();
        return details(peer);
    }

    /** A manager reads any peer; a peer reads only their own record (403 for anyone else's, existing or not). */
    @Transactional
    public PeerDetails get(long peerId, Caller caller) {
        if (caller.hasAnyRole(BANK_ROLES)) {
            return details(require(peerId));
        }
        Peer me = linkedPeer(caller).filter(p -> p.id == peerId).orElseThrow(() -> ProblemException.forbidden(
                "A peer reads only their own record; challenge managers and platform admins read the bank."));
        return details(me);
    }

    /** Up to {@code limit} peers after id {@code after}, of one kind or all, in id order. */
    @Transactional
    public List<PeerDetails> list(PeerKind kind, Long after, int limit, Caller caller) {
        requireBankManager(caller);
        List<Peer> page = peers.page(kind, after, limit);
        Map<Long, PeerStats> stats = peers.stats(page.stream().map(p -> p.id).toList(), LocalDate.now(clock));
        return page.stream().map(p -> details(p, stats.getOrDefault(p.id, PeerStats.NONE))).toList();
    }

    /** The caller's own record: 404 when no peer of the bank is linked to their user name. */
    @Transactional
    public PeerDetails me(Caller caller) {
        return details(requireMe(caller));
    }

    @Transactional
    public Peer myAvailability(Caller caller) {
        return initialised(requireMe(caller));
    }

    @Transactional
    public Peer replaceMyAvailability(List<DateRange> unavailable, Caller caller) {
        Peer me = requireMe(caller);
        me.replaceUnavailable(unavailable);
        me.updatedAt = clock.instant();
        return initialised(me);
    }

    @Transactional
    public Peer replaceAvailability(long peerId, List<DateRange> unavailable, Caller caller) {
        requireBankManager(caller);
        Peer peer = require(peerId);
        peer.replaceUnavailable(unavailable);
        peer.updatedAt = clock.instant();
        return initialised(peer);
    }

    /**
     * Feedback on a peer after a challenge whose team they were on (an accepted seat), once its last visit day has
     * come: from a challenge manager, or from an officer of one of the challenge's hosts; once from each.
     */
    @Transactional
    public PeerFeedback giveFeedback(long peerId, NewFeedback feedback, Caller caller) {
        Optional<PeerChallenge> challenge = teams.challenge(feedback.challengeId());
        FeedbackSource source;
        if (caller.hasRole(Roles.CHALLENGE_MANAGER)) {
            source = FeedbackSource.MANAGER;
        } else if (challenge.isPresent() && challenge.get().hostCodes().stream()
                .anyMatch(h -> GssCode.isValid(h) && caller.isOfficerOf(GssCode.of(h)))) {
            source = FeedbackSource.HOST;
        } else {
            throw ProblemException.forbidden("Feedback on a team's peers comes from a challenge manager or an officer "
                    + "of one of the challenge's hosts.");
        }
        if (challenge.isEmpty()) {
            throw ProblemException.invalid("The feedback names no known challenge.",
                    List.of(new Problem.FieldError("challengeId", "no peer challenge has this id")));
        }
        if (source == FeedbackSource.MANAGER) {
            require(peerId);
        }
        if (!peers.wasOnTeam(peerId, feedback.challengeId())) {
            throw ProblemException.conflict("FEEDBACK_ON_THE_TEAM: peer " + peerId + " did not accept a seat on the team "
                    + "of challenge " + feedback.challengeId() + "; feedback is given on the team's peers only.");
        }
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> lastDay = challenge.get().lastOnSiteDay();
        if (lastDay.isEmpty() || lastDay.get().isAfter(today)) {
            throw ProblemException.conflict("FEEDBACK_AFTER_THE_VISIT: feedback is given once the last visit day has come ("
                    + lastDay.map(LocalDate::toString).orElse("no visits scheduled") + ").");
        }
        if (peers.feedbackGiven(peerId, feedback.challengeId(), source)) {
            throw ProblemException.conflict("ONE_FEEDBACK_PER_SOURCE: " + source + " feedback on peer " + peerId
                    + " for challenge " + feedback.challengeId() + " is already recorded.");
        }
        PeerFeedback given = new PeerFeedback();
        given.peerId = peerId;
        given.challengeId = feedback.challengeId();
        given.source = source;
        given.rating = feedback.rating();
        given.comment = feedback.comment();
        given.givenBy = caller.name();
        given.givenAt = clock.instant();
        peers.persistFeedback(given);
        return given;
    }

    @Transactional
    public List<PeerFeedback> feedbackOn(long peerId, Caller caller) {
        requireBankManager(caller);
        require(peerId);
        return peers.feedbackOn(peerId);
    }

    /** The peer linked to the caller's user name, if any. */
    public Optional<Peer> linkedPeer(Caller caller) {
        return caller.isAnonymous() ? Optional.empty() : peers.findByUserName(caller.name());
    }

    private Peer requireMe(Caller caller) {
        return linkedPeer(caller).orElseThrow(() -> ProblemException.notFound(
                "No peer of the bank is linked to the user " + caller.name() + "."));
    }

    private Peer require(long peerId) {
        return peers.findByIdOptional(peerId).orElseThrow(() -> ProblemException.notFound("No peer has the id " + peerId + "."));
    }

    private static void requireBankManager(Caller caller) {
        if (!caller.hasAnyRole(BANK_ROLES)) {
            throw ProblemException.forbidden("Only challenge managers and platform admins manage the peer bank.");
        }
    }

    /** Every field that breaks a rule of the bank at once (422), then a user name linked to another peer (409). */
    private void validate(PeerProfile p, Long peerId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p.kind() == PeerKind.EXPERT && p.expertSector() == null) {
            errors.add(new Problem.FieldError("expertSector", "is required for an expert"));
        }
        if (p.kind() != PeerKind.EXPERT && p.expertSector() != null) {
            errors.add(new Problem.FieldError("expertSector", "is for experts only"));
        }
        if (p.kind() == PeerKind.MEMBER && p.politicalGroup() == null) {
            errors.add(new Problem.FieldError("politicalGroup", "is required for a member peer"));
        }
        if (p.kind() != PeerKind.MEMBER && p.politicalGroup() != null) {
            errors.add(new Problem.FieldError("politicalGroup", "is for member peers only"));
        }
        if (p.kind() != PeerKind.EXPERT && p.homeOrganisation() == null) {
            errors.add(new Problem.FieldError("homeOrganisation", "is required for a member, chief-executive or officer peer"));
        }
        if (p.homeOrganisation() != null && organisations.findByIdOptional(p.homeOrganisation().value()).isEmpty()) {
            errors.add(new Problem.FieldError("homeOrganisation", "no council or fire and rescue authority has this code"));
        }
        if (p.accreditationExpiresOn() != null && p.inductedOn() == null) {
            errors.add(new Problem.FieldError("inductedOn", "is required with an accreditation expiry"));
        }
        if (p.accreditationExpiresOn() != null && p.inductedOn() != null && p.accreditationExpiresOn().isBefore(p.inductedOn())) {
            errors.add(new Problem.FieldError("accreditationExpiresOn", "is before inductedOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The peer breaks the bank's rules.", errors);
        }
        if (p.userName() != null && peers.userNameTaken(p.userName(), peerId)) {
            throw ProblemException.conflict("USER_NAME_TAKEN: another peer is linked to the user " + p.userName() + ".");
        }
    }

    private static void apply(Peer peer, PeerProfile p) {
        peer.userName = p.userName();
        peer.name = p.name().strip();
        peer.kind = p.kind();
        peer.expertSector = p.expertSector();
        peer.politicalGroup = p.politicalGroup() == null ? null : p.politicalGroup().strip();
        peer.homeOrganisation = p.homeOrganisation() == null ? null : p.homeOrganisation().value();
        peer.elements = new ArrayList<>(p.elements().stream().distinct().map(Element::name).toList());
        peer.serviceAreas = new ArrayList<>(p.serviceAreas().stream().map(String::strip).distinct().toList());
        peer.metricIds = new ArrayList<>(p.metricIds().stream().distinct().map(MetricId::value).toList());
        peer.inductedOn = p.inductedOn();
        peer.accreditationExpiresOn = p.accreditationExpiresOn();
    }

    private PeerDetails details(Peer peer) {
        PeerStats stats = peers.stats(List.of(peer.id), LocalDate.now(clock)).getOrDefault(peer.id, PeerStats.NONE);
        return details(peer, stats);
    }

    private PeerDetails details(Peer peer, PeerStats stats) {
        String home = peer.homeOrganisation == null ? null
                : organisations.findByIdOptional(peer.homeOrganisation).map(o -> o.name).orElse(null);
        return new PeerDetails(initialised(peer), home, stats);
    }

    /** Loads the unavailable dates while the transaction is open: the views are written after it ends. */
    private static Peer initialised(Peer peer) {
        peer.unavailable.size();
        return peer;
    }
}
