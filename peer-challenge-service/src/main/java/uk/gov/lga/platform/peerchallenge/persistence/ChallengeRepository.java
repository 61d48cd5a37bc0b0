package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ActionPlan;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeDeadline;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeReport;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DeadlineKind;
import uk.gov.lga.platform.peerchallenge.domain.challenges.DueDeadline;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ElementFinding;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PeerChallenge;
import uk.gov.lga.platform.peerchallenge.domain.challenges.PlannedAction;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ProgressReview;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Recommendation;
import uk.gov.lga.platform.peerchallenge.domain.challenges.StageChange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The challenges' SQL: a challenge and what hangs from it (stage changes, deadlines, findings, recommendations,
 * report, action plan, progress review), pages of challenges, and the deadlines across challenges.
 */
@ApplicationScoped
public class ChallengeRepository implements PanacheRepositoryBase<PeerChallenge, Long> {

    /** The challenge, locked for the rest of the transaction: its stage moves one writer at a time. */
    public Optional<PeerChallenge> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Challenges by id after the cursor, up to {@code rows}: of one host and one stage when given. */
    public List<PeerChallenge> page(String host, ChallengeStage stage, Long after, int rows) {
        StringBuilder query = new StringBuilder("select c from PeerChallenge c where c.id > :after");
        Parameters parameters = Parameters.with("after", after == null ? 0L : after);
        if (host != null) {
            query.append(" and exists (select 1 from PeerChallenge x join x.hosts h where x.id = c.id"
                    + " and h.organisationCode = :host)");
            parameters.and("host", host);
        }
        if (stage != null) {
            query.append(" and c.stage = :stage");
            parameters.and("stage", stage);
        }
        return find(query.append(" order by c.id").toString(), parameters).page(0, rows).list();
    }

    public List<StageChange> stageChanges(long challengeId) {
        return StageChange.list("challengeId", Sort.by("id"), challengeId);
    }

    public void record(StageChange change) {
        change.persist();
    }

    /** In the order they fall due: report, action plan, progress review. */
    public List<ChallengeDeadline> deadlines(long challengeId) {
        return ChallengeDeadline.<ChallengeDeadline>list("challengeId", challengeId).stream()
                .sorted(Comparator.comparing((ChallengeDeadline d) -> d.deadline)).toList();
    }

    public Optional<ChallengeDeadline> deadline(long challengeId, DeadlineKind kind) {
        return ChallengeDeadline.find("challengeId = ?1 and deadline = ?2", challengeId, kind).firstResultOptional();
    }

    public void save(ChallengeDeadline deadline) {
        deadline.persist();
    }

    /** A cancelled challenge has no deadlines left to meet. */
    public void deleteUnmetDeadlines(long challengeId) {
        ChallengeDeadline.delete("challengeId = ?1 and metOn is null", challengeId);
    }

    /** Unmet deadlines of challenges that are not cancelled, due in [from, to], by due day then id, after the cursor. */
    public List<DueDeadline> unmetDeadlinesDue(LocalDate from, LocalDate to, LocalDate afterDue, Long afterId, int rows) {
        StringBuilder query = new StringBuilder("""
                select d, c from ChallengeDeadline d, PeerChallenge c
                where c.id = d.challengeId and c.cancelledAt is null and d.metOn is null""");
        if (from != null) {
            query.append(" and d.dueOn >= :from");
        }
        query.append(" and d.dueOn <= :to");
        if (afterDue != null) {
            query.append(" and (d.dueOn > :afterDue or (d.dueOn = :afterDue and d.id > :afterId))");
        }
        query.append(" order by d.dueOn, d.id");
        var typed = getEntityManager().createQuery(query.toString(), Object[].class).setParameter("to", to);
        if (from != null) {
            typed.setParameter("from", from);
        }
        if (afterDue != null) {
            typed.setParameter("afterDue", afterDue).setParameter("afterId", afterId);
        }
        return typed.setMaxResults(rows).getResultList().stream()
                .map(row -> new DueDeadline((ChallengeDeadline) row[0], (PeerChallenge) row[1])).toList();
    }

    /** Overdue deadlines (due before {@code today}, unmet) whose DeadlineMissed is not yet published, oldest first. */
    public List<DueDeadline> missedAndUnannounced(LocalDate today, int rows) {
        return getEntityManager().createQuery("""
                        select d, c from ChallengeDeadline d, PeerChallenge c
                        where c.id = d.challengeId and c.cancelledAt is null and d.metOn is null
                          and d.dueOn < :today and d.missedPublishedAt is null
                        order by d.dueOn, d.id""", Object[].class)
                .setParameter("today", today)
                .setMaxResults(rows)
                .getResultList().stream()
                .map(row -> new DueDeadline((ChallengeDeadline) row[0], (PeerChallenge) row[1])).toList();
    }

    /**
     * Claims the one announcement of a missed deadline: true for the one transaction that stamps it, false when
     * another (a second instance of the job) already did or the deadline was met meanwhile.
     */
    public boolean claimMissedAnnouncement(long deadlineId, Instant at) {
        return getEntityManager().createQuery("""
                        update ChallengeDeadline d set d.missedPublishedAt = :at
                        where d.id = :id and d.missedPublishedAt is null and d.metOn is null""")
                .setParameter("at", at)
                .setParameter("id", deadlineId)
                .executeUpdate() == 1;
    }

    public List<ElementFinding> findings(long challengeId) {
        return ElementFinding.list("challengeId", Sort.by("position"), challengeId);
    }

    public List<Recommendation> recommendations(long challengeId) {
        return Recommendation.list("challengeId", Sort.by("number"), challengeId);
    }

    public Optional<ChallengeReport> report(long challengeId) {
        return ChallengeReport.findByIdOptional(challengeId);
    }

    public Optional<ActionPlan> actionPlan(long challengeId) {
        return ActionPlan.findByIdOptional(challengeId);
    }

    public List<PlannedAction> actions(long challengeId) {
        return PlannedAction.list("challengeId", Sort.by("number"), challengeId);
    }

    public Optional<ProgressReview> progressReview(long challengeId) {
        return ProgressReview.findByIdOptional(challengeId);
    }
}
