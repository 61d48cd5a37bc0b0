package uk.gov.lga.platform.peerchallenge.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeImport;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeStage;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeVisit;
import uk.gov.lga.platform.peerchallenge.domain.challenges.Element;
import uk.gov.lga.platform.peerchallenge.domain.challenges.HistoricalChallenge;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ImportLookups;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ImportedRecord;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ActionInput;
import uk.gov.lga.platform.peerchallenge.domain.challenges.ChallengeInputs.ElementInput;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.teams.SeatStatus;
import uk.gov.lga.platform.support.ids.GssCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL of imports of historical challenges: what the records name (read in one go), and the writing of a
 * checked import in JDBC batches, one statement per table: an import of 500 challenges is some 25,000 rows, which
 * row-by-row inserts take seconds to write.
 */
@ApplicationScoped
public class ChallengeImportRepository {

    private final EntityManager em;

    @Inject
    public ChallengeImportRepository(EntityManager em) {
        this.em = em;
    }

    public ImportLookups lookups(Collection<String> organisations, Collection<Long> peers, Collection<String> references) {
        return em.unwrap(Session.class).doReturningWork(c -> new ImportLookups(
                strings(c, "SELECT code FROM organisation WHERE code = ANY (?)", organisations),
                peerKinds(c, peers),
                strings(c, "SELECT name FROM challenge_topic", null),
                strings(c, "SELECT reference FROM imported_challenge WHERE reference = ANY (?)", references)));
    }

    /** Writes the import and its challenges; the challenges' ids in the records' order. */
    public ChallengeImport write(String source, List<ImportedRecord> records, String by, Instant at) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> {
            long importId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO challenge_import (source, challenges, "
                    + "imported_by, imported_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                s.setString(1, source);
                s.setInt(2, records.size());
                s.setString(3, by);
                s.setTimestamp(4, Timestamp.from(at));
                importId = single(s);
            }
            List<Long> ids = nextIds(c, "peer_challenge", records.size());
            insertChallenges(c, records, ids);
            insertParts(c, records, ids, by, at);
            insertTeams(c, records, ids, by, at);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO imported_challenge (challenge_id, import_id, "
                    + "reference, position) VALUES (?, ?, ?, ?)")) {
                for (ImportedRecord r : records) {
                    s.setLong(1, ids.get(r.position()));
                    s.setLong(2, importId);
                    s.setString(3, r.source().reference());
                    s.setInt(4, r.position());
                    s.addBatch();
                }
                s.executeBatch();
            }
            List<ChallengeImport.Imported> imported = new ArrayList<>();
            for (ImportedRecord r : records) {
                imported.add(new ChallengeImport.Imported(r.source().reference(), ids.get(r.position()), r.source().stage()));
            }
            return new ChallengeImport(importId, source, by, at, imported);
        });
    }

    public Optional<ChallengeImport> find(long id) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT source, imported_by, imported_at FROM challenge_import "
                    + "WHERE id = ?");
                 PreparedStatement rows = c.prepareStatement("SELECT i.reference, i.challenge_id, c.stage "
                         + "FROM imported_challenge i JOIN peer_challenge c ON c.id = i.challenge_id "
                         + "WHERE i.import_id = ? ORDER BY i.position")) {
                s.setLong(1, id);
                rows.setLong(1, id);
                try (ResultSet head = s.executeQuery(); ResultSet each = rows.executeQuery()) {
                    if (!head.next()) {
                        return Optional.empty();
                    }
                    List<ChallengeImport.Imported> imported = new ArrayList<>();
                    while (each.next()) {
                        imported.add(new ChallengeImport.Imported(each.getString(1), each.getLong(2),
                                ChallengeStage.valueOf(each.getString(3))));
                    }
                    return Optional.of(new ChallengeImport(id, head.getString(1), head.getString(2),
                            head.getTimestamp(3).toInstant(), imported));
                }
            }
        });
    }

    private static void insertChallenges(Connection c, List<ImportedRecord> records, List<Long> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO peer_challenge (id, council_code, kind, stage, "
                + "starts_on, created_at, shape, topic, focus_areas, charge, partners, member_challenge_weak, feedback_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement hosts = c.prepareStatement("INSERT INTO challenge_host (challenge_id, organisation_code, "
                     + "lead) VALUES (?, ?, ?)");
             PreparedStatement visits = c.prepareStatement("INSERT INTO challenge_visit (challenge_id, visit_no, "
                     + "starts_on, ends_on) VALUES (?, ?, ?, ?)")) {
            for (ImportedRecord r : records) {
                HistoricalChallenge h = r.source();
                long id = ids.get(r.position());
                s.setLong(1, id);
                s.setString(2, h.hosts().get(0).value());
                s.setString(3, h.kind().name());
                s.setString(4, h.stage().name());
                s.setObject(5, r.visits().isEmpty() ? null : r.visits().get(0).startsOn, Types.DATE);
                s.setTimestamp(6, Timestamp.from(r.openedAt()));
                s.setString(7, h.shape().name());
                s.setString(8, h.topic());
                s.setArray(9, c.createArrayOf("varchar", h.focusAreas().toArray()));
                s.setBigDecimal(10, h.charge());
                s.setArray(11, c.createArrayOf("varchar", h.partners().toArray()));
                s.setObject(12, h.findings() == null ? null : h.findings().memberChallengeOfPerformanceWeak(), Types.BOOLEAN);
                s.setObject(13, r.feedbackOn(), Types.DATE);
                s.addBatch();
                for (int j = 0; j < h.hosts().size(); j++) {
                    GssCode host = h.hosts().get(j);
                    hosts.setLong(1, id);
                    hosts.setString(2, host.value());
                    hosts.setBoolean(3, j == 0);
                    hosts.addBatch();
                }
                for (ChallengeVisit v : r.visits()) {
                    visits.setLong(1, id);
                    visits.setInt(2, v.visitNo);
                    visits.setObject(3, v.startsOn, Types.DATE);
                    visits.setObject(4, v.endsOn, Types.DATE);
                    visits.addBatch();
                }
            }
            s.executeBatch();
            hosts.executeBatch();
            visits.executeBatch();
        }
    }

    /** Stage history, deadlines, findings, recommendations, report, action plan and progress review. */
    private static void insertParts(Connection c, List<ImportedRecord> records, List<Long> ids, String by, Instant at)
            throws SQLException {
        try (PreparedStatement moves = c.prepareStatement("INSERT INTO challenge_stage_change (challenge_id, from_stage, "
                + "to_stage, moved_by, moved_at) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement deadlines = c.prepareStatement("INSERT INTO challenge_deadline (challenge_id, deadline, "
                     + "due_on, met_on) VALUES (?, ?, ?, ?)");
             PreparedStatement findings = c.prepareStatement("INSERT INTO challenge_finding (challenge_id, element, "
                     + "position, strengths, areas_to_consider) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement recommendations = c.prepareStatement("INSERT INTO challenge_recommendation (challenge_id, "
                     + "number, element, text, progress_status, progress_note) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement reports = c.prepareStatement("INSERT INTO challenge_report (challenge_id, title, summary, "
                     + "url, published_on, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement plans = c.prepareStatement("INSERT INTO challenge_action_plan (challenge_id, summary, url, "
                     + "published_on, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement actions = c.prepareStatement("INSERT INTO challenge_action (challenge_id, number, "
                     + "recommendation_number, action, owner, due_on) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement reviews = c.prepareStatement("INSERT INTO challenge_progress_review (challenge_id, summary, "
                     + "reviewed_on, reviewed_by, recorded_at) VALUES (?, ?, ?, ?, ?)")) {
            for (ImportedRecord r : records) {
                HistoricalChallenge h = r.source();
                long id = ids.get(r.position());
                for (ImportedRecord.Move m : r.moves()) {
                    moves.setLong(1, id);
                    moves.setString(2, m.from() == null ? null : m.from().name());
                    moves.setString(3, m.to().name());
                    moves.setString(4, by);
                    moves.setTimestamp(5, Timestamp.from(m.at()));
                    moves.addBatch();
                }
                for (ImportedRecord.Deadline d : r.deadlines()) {
                    deadlines.setLong(1, id);
                    deadlines.setString(2, d.kind().name());
                    deadlines.setObject(3, d.dueOn(), Types.DATE);
                    deadlines.setObject(4, d.metOn(), Types.DATE);
                    deadlines.addBatch();
                }
                int position = 0;
                for (Element element : h.kind().elements()) {
                    ElementInput in = r.findings().get(element);
                    if (in != null) {
                        findings.setLong(1, id);
                        findings.setString(2, element.name());
                        findings.setInt(3, position++);
                        findings.setArray(4, c.createArrayOf("varchar", in.strengths().toArray()));
                        findings.setArray(5, c.createArrayOf("varchar", in.areasToConsider().toArray()));
                        findings.addBatch();
                    }
                }
                for (ImportedRecord.Numbered n : r.recommendations()) {
                    recommendations.setLong(1, id);
                    recommendations.setInt(2, n.number());
                    recommendations.setString(3, n.element().name());
                    recommendations.setString(4, n.text());
                    recommendations.setString(5, n.status() == null ? null : n.status().name());
                    recommendations.setString(6, n.note());
                    recommendations.addBatch();
                }
                if (h.report() != null) {
                    reports.setLong(1, id);
                    reports.setString(2, h.report().title());
                    reports.setString(3, h.report().summary());
                    reports.setString(4, h.report().url());
                    reports.setObject(5, h.reportPublishedOn(), Types.DATE);
                    reports.setString(6, by);
                    reports.setTimestamp(7, Timestamp.from(at));
                    reports.addBatch();
                }
                if (h.actionPlan() != null) {
                    plans.setLong(1, id);
                    plans.setString(2, h.actionPlan().summary());
                    plans.setString(3, h.actionPlan().url());
                    plans.setObject(4, h.actionPlanPublishedOn(), Types.DATE);
                    plans.setString(5, by);
                    plans.setTimestamp(6, Timestamp.from(at));
                    plans.addBatch();
                    for (int k = 0; k < h.actionPlan().actions().size(); k++) {
                        ActionInput a = h.actionPlan().actions().get(k);
                        actions.setLong(1, id);
                        actions.setInt(2, k + 1);
                        actions.setInt(3, a.recommendation());
                        actions.setString(4, a.action());
                        actions.setString(5, a.owner());
                        actions.setObject(6, a.dueOn(), Types.DATE);
                        actions.addBatch();
                    }
                }
                if (h.progressReview() != null) {
                    reviews.setLong(1, id);
                    reviews.setString(2, h.progressReview().summary());
                    reviews.setObject(3, r.reviewedOn(), Types.DATE);
                    reviews.setString(4, by);
                    reviews.setTimestamp(5, Timestamp.from(at));
                    reviews.addBatch();
                }
            }
            for (PreparedStatement s : List.of(moves, deadlines, findings, recommendations, reports, plans, actions, reviews)) {
                s.executeBatch();
            }
        }
    }

    /** Each team as one confirmed proposal of the seats as recorded, and its seats. */
    private static void insertTeams(Connection c, List<ImportedRecord> records, List<Long> ids, String by, Instant at)
            throws SQLException {
        List<ImportedRecord> withTeams = records.stream().filter(r -> !r.source().team().isEmpty()).toList();
        List<Long> proposalIds = nextIds(c, "team_proposal", withTeams.size());
        try (PreparedStatement proposals = c.prepareStatement("INSERT INTO team_proposal (id, challenge_id, status, "
                + "team_size, candidates_considered, eligible, score, proposed_by, proposed_at, confirmed_by, confirmed_at) "
                + "VALUES (?, ?, 'CONFIRMED', ?, 0, 0, 0, ?, ?, ?, ?)");
             PreparedStatement seats = c.prepareStatement("INSERT INTO team_seat (challenge_id, seat_no, peer_id, role, "
                     + "status, proposal_id, invited_at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int k = 0; k < withTeams.size(); k++) {
                ImportedRecord r = withTeams.get(k);
                long id = ids.get(r.position());
                Timestamp invited = Timestamp.from(r.openedAt());
                proposals.setLong(1, proposalIds.get(k));
                proposals.setLong(2, id);
                proposals.setInt(3, r.source().team().size());
                proposals.setString(4, by);
                proposals.setTimestamp(5, invited);
                proposals.setString(6, by);
                proposals.setTimestamp(7, invited);
                proposals.addBatch();
                for (int j = 0; j < r.source().team().size(); j++) {
                    HistoricalChallenge.Seat seat = r.source().team().get(j);
                    seats.setLong(1, id);
                    seats.setInt(2, j + 1);
                    seats.setLong(3, seat.peerId());
                    seats.setString(4, seat.role().name());
                    seats.setString(5, seat.status().name());
                    seats.setLong(6, proposalIds.get(k));
                    seats.setTimestamp(7, invited);
                    seats.setTimestamp(8, seat.status() == SeatStatus.INVITED ? null : invited);
                    seats.addBatch();
                }
            }
            proposals.executeBatch();
            seats.executeBatch();
        }
    }

    private static List<Long> nextIds(Connection c, String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        try (PreparedStatement s = c.prepareStatement("SELECT nextval(pg_get_serial_sequence(?, 'id')) "
                + "FROM generate_series(1, ?)")) {
            s.setString(1, table);
            s.setInt(2, count);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> strings(Connection c, String sql, Collection<String> values) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (values != null) {
                s.setArray(1, c.createArrayOf("varchar", values.toArray()));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static Map<Long, PeerKind> peerKinds(Connection c, Collection<Long> peers) throws SQLException {
        Map<Long, PeerKind> kinds = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, kind FROM peer WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("bigint", peers.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    kinds.put(rs.getLong(1), PeerKind.valueOf(rs.getString(2)));
                }
            }
        }
        return kinds;
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
