package uk.gov.lga.platform.peerchallenge.domain.teams;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import uk.gov.lga.platform.peerchallenge.config.TeamConfig;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeHost;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.peerchallenge.domain.organisations.Organisation;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;
import uk.gov.lga.platform.peerchallenge.persistence.OrganisationRepository;
import uk.gov.lga.platform.peerchallenge.persistence.PeerRepository;
import uk.gov.lga.platform.peerchallenge.persistence.TeamRepository;
import uk.gov.lga.platform.support.ids.GssCode;
import uk.gov.lga.platform.support.problem.ProblemException;
import uk.gov.lga.platform.support.security.Caller;
import uk.gov.lga.platform.support.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Team matching's entry points: a challenge manager asks for a proposal (a whole team, or one seat of a confirmed
 * team) and confirms it, which invites its peers; each peer accepts or declines their own invitation, and a decline
 * proposes a replacement for that seat only. The matching itself is {@link TeamMatching}, fed by the one candidates
 * query; this class gathers the challenge's needs and keeps the state.
 */
@ApplicationScoped
public class TeamService {

    static final String WHO_SEES_THE_TEAM = "A challenge's team is seen by challenge managers, platform admins, officers "
            + "of its hosts and the peers on it.";

    private final TeamRepository teams;
    private final PeerRepository peers;
    private final OrganisationRepository organisations;
    private final TeamConfig config;
    private final Clock clock;

    @Inject
    public TeamService(TeamRepository teams, PeerRepository peers, OrganisationRepository organisations,
                       TeamConfig config, Clock clock) {
        this.teams = teams;
        this.peers = peers;
        this.organisations = organisations;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Proposes a whole team ({@code seatNo} null) or a replacement for one declined seat of the confirmed team, and
     * stores it with its explanation: PROPOSED when it fits, NO_TEAM_FITS otherwise. 409 when the challenge is on
     * site or later, has no visits, already has a team invited (whole team), or the seat is not a vacant seat.
     */
    @Transactional
    public ProposalDetails propose(long challengeId, Integer seatNo, Caller caller) {
        requireManager(caller);
        return proposeFor(requireChallenge(challengeId), seatNo, caller.name());
    }

    @Transactional
    public List<ProposalDetails> proposals(long challengeId, Caller caller) {
        requireManager(caller);
        requireChallenge(challengeId);
        return teams.proposals(challengeId).stream().map(this::details).toList();
    }

    @Transactional
    public ProposalDetails proposal(long challengeId, long proposalId, Caller caller) {
        requireManager(caller);
        requireChallenge(challengeId);
        return details(requireProposal(challengeId, proposalId));
    }

    /**
     * Confirms a proposal: each seat becomes an invitation, and the challenge's other open proposals for the same
     * seats are superseded. Its peers are checked again against the rules as they are now (409 naming the peer and
     * the rule when one no longer meets them: propose again).
     */
    @Transactional
    public TeamDetails confirm(long challengeId, long proposalId, Caller caller) {
        requireManager(caller);
        PeerChallenge challenge = requireChallenge(challengeId);
        TeamProposal proposal = requireProposal(challengeId, proposalId);
        if (proposal.status != ProposalStatus.PROPOSED) {
            throw ProblemException.conflict("PROPOSAL_OPEN: proposal " + proposalId + " is " + proposal.status
                    + "; only a PROPOSED one is confirmed.");
        }
        requireBeforeOnSite(challenge);
        List<TeamSeat> seats = teams.seats(challengeId);
        requireSeatsFree(seats, proposal.seatNo);
        ChallengeNeeds needs = needsOf(challenge);
        Set<Long> read = new HashSet<>();
        proposal.seats.forEach(s -> read.add(s.peerId));
        live(seats).forEach(s -> read.add(s.peerId));
        Map<Long, Candidate> now = peers.candidatesFor(queryFor(needs).only(read)).stream()
                .collect(Collectors.toMap(Candidate::peerId, Function.identity()));
        TeamSoFar team = proposal.seatNo == null ? new TeamSoFar(List.of(), declined(seats))
                : new TeamSoFar(members(live(seats), now), declined(seats));
        for (ProposedSeat seat : proposal.seats) {
            SeatNeed replacing = proposal.seatNo == null ? null : new SeatNeed(seat.seatNo, SeatNeed.Kind.of(seat.role));
            MatchingRules.check(now.get(seat.peerId), needs, team, replacing).stream()
                    .filter(check -> !check.met()).findFirst()
                    .ifPresent(broken -> {
                        throw ProblemException.conflict("PROPOSAL_STILL_HOLDS: " + now.get(seat.peerId).name()
                                + " (peer " + seat.peerId + ") now breaks " + broken.rule() + " (" + broken.detail()
                                + "); propose again.");
                    });
        }
        Instant at = clock.instant();
        proposal.seats.forEach(seat -> teams.persist(TeamSeat.invitation(challengeId, proposalId, seat, at)));
        proposal.confirm(caller.name(), at);
        teams.openProposals(challengeId).stream()
                .filter(other -> !other.id.equals(proposal.id) && other.sameSeatsAs(proposal))
                .forEach(other -> other.status = ProposalStatus.SUPERSEDED);
        flushOrConflict("TEAM_SEAT_TAKEN: another confirmation filled these seats first; read the team again.");
        return team(challenge, true);
    }

    /** The team as the caller may see it ({@link TeamDetails}); 403 for anyone else, 404 for a manager's unknown id. */
    @Transactional
    public TeamDetails team(long challengeId, Caller caller) {
        boolean manager = caller.hasAnyRole(Roles.CHALLENGE_MANAGER, Roles.PLATFORM_ADMIN);
        Optional<PeerChallenge> found = teams.challenge(challengeId);
        if (found.isEmpty()) {
            throw manager ? ProblemException.notFound("No peer challenge has the id " + challengeId + ".")
                    : ProblemException.forbidden(WHO_SEES_THE_TEAM);
        }
        PeerChallenge challenge = found.get();
        if (manager) {
            return team(challenge, true);
        }
        boolean hostOfficer = challenge.hostCodes().stream().anyMatch(h -> GssCode.isValid(h) && caller.isOfficerOf(GssCode.of(h)));
        boolean onTeam = caller.hasRole(Roles.PEER) && linkedPeer(caller)
                .map(me -> live(teams.seats(challengeId)).stream().anyMatch(s -> s.peerId.equals(me.id)))
                .orElse(false);
        if (!hostOfficer && !onTeam) {
            throw ProblemException.forbidden(WHO_SEES_THE_TEAM);
        }
        return team(challenge, false);
    }

    /** The caller's invitations, newest first: 404 when no peer of the bank is linked to their user name. */
    @Transactional
    public List<InvitationDetails> myInvitations(Caller caller) {
        Peer me = requireMe(caller);
        return teams.seatsOf(me.id).stream().map(seat -> invitation(seat, null)).toList();
    }

    @Transactional
    public InvitationDetails accept(long invitationId, Caller caller) {
        TeamSeat seat = ownSeat(invitationId, caller);
        if (seat.status != SeatStatus.INVITED) {
            throw ProblemException.conflict("INVITATION_OPEN: invitation " + invitationId + " is already " + seat.status + ".");
        }
        seat.answer(SeatStatus.ACCEPTED, clock.instant());
        return invitation(seat, null);
    }

    /**
     * Declines an invitation, or withdraws from an accepted seat, before the challenge is on site; the seat's
     * replacement is proposed at once (same rules, without the rest of the team and those who declined), unless the
     * challenge was cancelled.
     */
    @Transactional
    public InvitationDetails decline(long invitationId, Caller caller) {
        TeamSeat seat = ownSeat(invitationId, caller);
        if (!seat.status.isLive()) {
            throw ProblemException.conflict("INVITATION_OPEN: invitation " + invitationId + " is already " + seat.status + ".");
        }
        PeerChallenge challenge = requireChallenge(seat.challengeId);
        requireBeforeOnSite(challenge);
        seat.answer(SeatStatus.DECLINED, clock.instant());
        if (challenge.cancelled()) {
            return invitation(seat, null);
        }
        ProposalDetails replacement = proposeFor(challenge, seat.seatNo, "system:replacement after " + caller.name() + " declined");
        return invitation(seat, replacement.proposal().id);
    }

    private ProposalDetails proposeFor(PeerChallenge challenge, Integer seatNo, String by) {
        if (challenge.cancelled()) {
            throw ProblemException.conflict("CHALLENGE_CANCELLED: challenge " + challenge.id + " was cancelled; it needs no team.");
        }
        requireBeforeOnSite(challenge);
        if (challenge.visits.isEmpty()) {
            throw ProblemException.conflict("VISITS_SCHEDULED: a team is matched to its visit days; challenge "
                    + challenge.id + " has none yet.");
        }
        List<TeamSeat> seats = teams.seats(challenge.id);
        requireSeatsFree(seats, seatNo);
        ChallengeNeeds needs = needsOf(challenge);
        List<Candidate> candidates = peers.candidatesFor(queryFor(needs));
        Proposal proposal;
        if (seatNo == null) {
            proposal = TeamMatching.proposeTeam(needs, new TeamSoFar(List.of(), declined(seats)), candidates);
        } else {
            SeatRole role = seats.stream().filter(s -> s.seatNo == seatNo).reduce((a, b) -> b).orElseThrow().role;
            Map<Long, Candidate> byId = candidates.stream().collect(Collectors.toMap(Candidate::peerId, Function.identity()));
            TeamSoFar rest = new TeamSoFar(members(live(seats), byId), declined(seats));
            proposal = TeamMatching.proposeReplacement(needs, rest, new SeatNeed(seatNo, SeatNeed.Kind.of(role)), candidates);
        }
        TeamProposal stored = TeamProposal.of(challenge.id, seatNo, proposal, by, clock.instant());
        teams.persist(stored);
        return details(stored);
    }

    /** A whole team needs no live seat yet; a replacement needs a seat of the team that was declined and not refilled. */
    private static void requireSeatsFree(List<TeamSeat> seats, Integer seatNo) {
        if (seatNo == null) {
            if (!live(seats).isEmpty()) {
                throw ProblemException.conflict("TEAM_ALREADY_INVITED: the challenge's team is invited; a declined seat "
                        + "is replaced on its own (seat=n).");
            }
            return;
        }
        boolean known = seats.stream().anyMatch(s -> s.seatNo == seatNo);
        boolean taken = seats.stream().anyMatch(s -> s.seatNo == seatNo && s.status.isLive());
        if (!known || taken) {
            throw ProblemException.conflict("SEAT_VACANT: seat " + seatNo + (known ? " is held by an invited or accepted peer"
                    : " is not a seat of the challenge's confirmed team") + "; only a declined seat is replaced.");
        }
    }

    /** Gathers what matching needs from the challenge, its hosts and past challenges. */
    ChallengeNeeds needsOf(PeerChallenge c) {
        List<DateRange> visits = c.visits.stream().map(v -> new DateRange(v.startsOn, v.endsOn)).sorted().toList();
        List<String> hosts = c.hostCodes().stream().distinct().sorted().toList();
        Set<String> regions = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        Map<String, String> area = new TreeMap<>();
        for (String code : hosts) {
            Optional<Organisation> found = organisations.findByIdOptional(code);
            if (found.isEmpty()) {
                continue;
            }
            Organisation host = found.get();
            if (host.region != null) {
                regions.add(host.region);
            }
            String party = Party.normalise(host.politicalControl);
            if (Party.isParty(party)) {
                parties.add(party);
            }
            if (host.countyCode != null) {
                area.putIfAbsent(host.countyCode, "the county of host " + code);
                organisations.districtsOf(host.countyCode).forEach(d -> area.putIfAbsent(d.code,
                        "a district of " + host.countyCode + ", the county of host " + code));
            }
            organisations.districtsOf(code).forEach(d -> area.putIfAbsent(d.code, "a district of host " + code));
        }
        hosts.forEach(area::remove);
        LocalDate first = visits.get(0).from();
        Map<String, String> links = new TreeMap<>();
        teams.linksWith(hosts, first.minusYears(config.conflictYears()), c.id)
                .forEach(link -> links.putIfAbsent(link.organisation(), link.describe()));
        hosts.forEach(links::remove);
        List<String> focus = new ArrayList<>(c.focusAreas);
        if (c.topic != null && !focus.contains(c.topic)) {
            focus.add(c.topic);
        }
        return new ChallengeNeeds(c.id, c.kind, teamSize(c), visits, hosts, regions, parties, area, links,
                c.kind.elements(), focus, financialYear(first), config.yearlyDayCap());
    }

    private int teamSize(PeerChallenge c) {
        TeamConfig.Size size = config.size();
        if (c.shape == null) {
            return size.single();
        }
        return switch (c.shape) {
            case SHARED_MANAGEMENT -> size.sharedManagement();
            case COUNTY_WITH_DISTRICTS -> size.countyWithDistricts();
            case SUB_REGIONAL -> size.subRegional();
            case WITH_PARTNERS -> size.withPartners();
            default -> size.single();
        };
    }

    private CandidateQuery queryFor(ChallengeNeeds needs) {
        LocalDate first = needs.firstVisitDay();
        LocalDate yearStart = financialYearStart(first);
        return new CandidateQuery(needs.challengeId(), first, needs.lastVisitDay(), yearStart,
                yearStart.plusYears(1).minusDays(1), first.minusMonths(config.recentMonths()), first.minusDays(1), null);
    }

    static LocalDate financialYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.APRIL, 1);
    }

    /** In the sector's notation: 2026/27. */
    static String financialYear(LocalDate day) {
        int year = financialYearStart(day).getYear();
        return "%d/%02d".formatted(year, (year + 1) % 100);
    }

    private TeamDetails team(PeerChallenge challenge, boolean full) {
        List<TeamSeat> seats = teams.seats(challenge.id).stream().filter(s -> full || s.status.isLive()).toList();
        Map<Long, Peer> named = peersOf(seats.stream().map(s -> s.peerId).toList());
        List<TeamDetails.Member> members = seats.stream()
                .map(s -> new TeamDetails.Member(s.seatNo, named.get(s.peerId).name, s.role, full ? s.peerId : null,
                        full ? s.id : null, full ? s.status : null))
                .toList();
        return new TeamDetails(challenge.id, full, members);
    }

    private ProposalDetails details(TeamProposal proposal) {
        proposal.checks.size();
        proposal.exclusions.size();
        proposal.shortfalls.size();
        return new ProposalDetails(proposal, peersOf(proposal.seats.stream().map(s -> s.peerId).toList()));
    }

    private InvitationDetails invitation(TeamSeat seat, Long replacementProposalId) {
        PeerChallenge challenge = requireChallenge(seat.challengeId);
        List<InvitationDetails.Host> hosts = challenge.hosts.stream()
                .sorted(Comparator.comparing((ChallengeHost h) -> !h.lead)
                        .thenComparing(h -> h.organisationCode))
                .map(h -> new InvitationDetails.Host(h.organisationCode,
                        organisations.findByIdOptional(h.organisationCode).map(o -> o.name).orElse(null)))
                .toList();
        List<DateRange> visits = challenge.visits.stream().map(v -> new DateRange(v.startsOn, v.endsOn)).sorted().toList();
        return new InvitationDetails(seat, challenge.kind, hosts, visits, replacementProposalId);
    }

    private Map<Long, Peer> peersOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return peers.list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private static List<TeamSoFar.Member> members(List<TeamSeat> live, Map<Long, Candidate> candidates) {
        return live.stream().map(s -> new TeamSoFar.Member(s.seatNo, s.role, candidates.get(s.peerId))).toList();
    }

    private static List<TeamSeat> live(List<TeamSeat> seats) {
        return seats.stream().filter(s -> s.status.isLive()).toList();
    }

    private static Set<Long> declined(List<TeamSeat> seats) {
        return seats.stream().filter(s -> s.status == SeatStatus.DECLINED).map(s -> s.peerId).collect(Collectors.toSet());
    }

    /** Teams are matched and changed until the visit begins; the lifecycle's later stages keep the team they have. */
    private static void requireBeforeOnSite(PeerChallenge challenge) {
        if (challenge.stage != null && challenge.stage.compareTo(ChallengeStage.ON_SITE) >= 0) {
            throw ProblemException.conflict("TEAM_BEFORE_ON_SITE: challenge " + challenge.id + " is " + challenge.stage
                    + "; its team is matched and changed only before it is on site.");
        }
    }

    private TeamSeat ownSeat(long invitationId, Caller caller) {
        TeamSeat seat = teams.seat(invitationId).orElseThrow(() ->
                ProblemException.notFound("No invitation has the id " + invitationId + "."));
        boolean mine = linkedPeer(caller).map(me -> me.id.equals(seat.peerId)).orElse(false);
        if (!mine) {
            throw ProblemException.forbidden("Only the invited peer answers an invitation.");
        }
        return seat;
    }

    private Optional<Peer> linkedPeer(Caller caller) {
        return caller.isAnonymous() ? Optional.empty() : peers.findByUserName(caller.name());
    }

    private Peer requireMe(Caller caller) {
        return linkedPeer(caller).orElseThrow(() -> ProblemException.notFound(
                "No peer of the bank is linked to the user " + caller.name() + "."));
    }

    private PeerChallenge requireChallenge(long challengeId) {
        return teams.challenge(challengeId).orElseThrow(() ->
                ProblemException.notFound("No peer challenge has the id " + challengeId + "."));
    }

    private TeamProposal requireProposal(long challengeId, long proposalId) {
        return teams.proposal(challengeId, proposalId).orElseThrow(() -> ProblemException.notFound(
                "Challenge " + challengeId + " has no team proposal " + proposalId + "."));
    }

    private static void requireManager(Caller caller) {
        if (!caller.hasRole(Roles.CHALLENGE_MANAGER)) {
            throw ProblemException.forbidden("Only challenge managers propose and confirm teams.");
        }
    }

    private void flushOrConflict(String rule) {
        try {
            teams.flush();
        } catch (PersistenceException e) {
            throw ProblemException.conflict(rule);
        }
    }
}
