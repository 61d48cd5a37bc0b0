package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.peerchallenge.domain.teams.ChallengeLink;
import uk.gov.lga.platform.peerchallenge.domain.teams.ProposalStatus;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamProposal;
import uk.gov.lga.platform.peerchallenge.domain.teams.TeamSeat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Team matching's SQL: the challenge read as it is, proposals, team seats (invitations) and past challenge links. */
@ApplicationScoped
public class TeamRepository {

    /** The challenge, read only: its hosts, visits, kind, shape, focus areas and stage decide its team. */
    public Optional<PeerChallenge> challenge(long id) {
        return PeerChallenge.findByIdOptional(id);
    }

    public List<TeamProposal> proposals(long challengeId) {
        return TeamProposal.list("challengeId", Sort.by("id"), challengeId);
    }

    public Optional<TeamProposal> proposal(long challengeId, long proposalId) {
        return TeamProposal.<TeamProposal>find("id = ?1 and challengeId = ?2", proposalId, challengeId).firstResultOptional();
    }

    public void persist(TeamProposal proposal) {
        proposal.persist();
    }

    /** Every seat of the challenge's team, declined ones included, by seat number then age. */
    public List<TeamSeat> seats(long challengeId) {
        return TeamSeat.list("challengeId", Sort.by("seatNo").and("id"), challengeId);
    }

    public Optional<TeamSeat> seat(long seatId) {
        return TeamSeat.findByIdOptional(seatId);
    }

    /** A peer's invitations, newest first. */
    public List<TeamSeat> seatsOf(long peerId) {
        return TeamSeat.list("peerId", Sort.by("invitedAt", Sort.Direction.Descending).and("id", Sort.Direction.Descending), peerId);
    }

    public void persist(TeamSeat seat) {
        seat.persist();
    }

    /** Writes pending changes now, so a broken unique index is seen here rather than at commit. */
    public void flush() {
        entityManager().flush();
    }

    /**
     * Challenges other than {@code exceptChallenge}, not cancelled, starting on or after {@code since}, between a host
     * and another organisation: one hosted, the other gave an accepted team member. By organisation, newest first.
     */
    @SuppressWarnings("unchecked")
    public List<ChallengeLink> linksWith(Collection<String> hosts, LocalDate since, long exceptChallenge) {
        if (hosts.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager().createNativeQuery("""
                        SELECT linked, host, challenge_id, starts_on, linked_hosted FROM (
                            SELECT p.home_organisation AS linked, h.organisation_code AS host, c.id AS challenge_id,
                                   c.starts_on, FALSE AS linked_hosted
                            FROM team_seat s
                            JOIN peer p ON p.id = s.peer_id
                            JOIN challenge_host h ON h.challenge_id = s.challenge_id
                            JOIN peer_challenge c ON c.id = s.challenge_id
                            WHERE s.status = 'ACCEPTED' AND h.organisation_code IN (:hosts)
                              AND p.home_organisation IS NOT NULL AND c.id <> :except AND c.starts_on >= :since
                              AND c.cancelled_at IS NULL
                            UNION
                            SELECT h.organisation_code, p.home_organisation, c.id, c.starts_on, TRUE
                            FROM team_seat s
                            JOIN peer p ON p.id = s.peer_id
                            JOIN challenge_host h ON h.challenge_id = s.challenge_id
                            JOIN peer_challenge c ON c.id = s.challenge_id
                            WHERE s.status = 'ACCEPTED' AND p.home_organisation IN (:hosts)
                              AND c.id <> :except AND c.starts_on >= :since AND c.cancelled_at IS NULL
                        ) l
                        ORDER BY linked, starts_on DESC, challenge_id DESC""")
                .setParameter("hosts", hosts)
                .setParameter("except", exceptChallenge)
                .setParameter("since", since)
                .getResultList();
        return rows.stream().map(r -> new ChallengeLink((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                localDate(r[3]), (Boolean) r[4])).toList();
    }

    /** Proposals of the challenge still waiting to be confirmed. */
    public List<TeamProposal> openProposals(long challengeId) {
        return TeamProposal.list("challengeId = ?1 and status = ?2", Sort.by("id"), challengeId, ProposalStatus.PROPOSED);
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    private static EntityManager entityManager() {
        return TeamProposal.getEntityManager();
    }
}
