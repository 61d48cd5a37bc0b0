package uk.gov.lga.platform.peerchallenge.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import uk.gov.lga.platform.peerchallenge.domain.peers.DateRange;
import uk.gov.lga.platform.peerchallenge.domain.peers.FeedbackSource;
import uk.gov.lga.platform.peerchallenge.domain.peers.Peer;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerFeedback;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerKind;
import uk.gov.lga.platform.peerchallenge.domain.peers.PeerStats;
import uk.gov.lga.platform.peerchallenge.domain.teams.Candidate;
import uk.gov.lga.platform.peerchallenge.domain.teams.CandidateQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The peer bank's SQL: peers, their feedback and what they have given, and the one query that reads a team's candidates. */
@ApplicationScoped
public class PeerRepository implements PanacheRepositoryBase<Peer, Long> {

    /** The candidates query, kept in its own file so the benchmark times exactly this statement. */
    static final String CANDIDATES_SQL = resource("team-candidates.sql");

    public Optional<Peer> findByUserName(String userName) {
        return find("userName", userName).firstResultOptional();
    }

    /** Whether another peer than {@code exceptId} (null: any peer) is linked to this user name. */
    public boolean userNameTaken(String userName, Long exceptId) {
        return exceptId == null
                ? count("userName", userName) > 0
                : count("userName = ?1 and id <> ?2", userName, exceptId) > 0;
    }

    /** Up to {@code limit} peers after the id {@code after} (null: from the first), of one kind or all. */
    public List<Peer> page(PeerKind kind, Long after, int limit) {
        Long from = after == null ? 0L : after;
        return (kind == null ? find("id > ?1", Sort.by("id"), from) : find("id > ?1 and kind = ?2", Sort.by("id"), from, kind))
                .page(0, limit).list();
    }

    /**
     * Days given (visit days up to {@code today} of challenges with an accepted seat) and feedback, for each peer
     * listed; a peer with neither is left out of the map.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, PeerStats> stats(Collection<Long> peerIds, LocalDate today) {
        if (peerIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT p.id,
                               COALESCE((SELECT sum(LEAST(v.ends_on, :today) - v.starts_on + 1)
                                         FROM team_seat s JOIN challenge_visit v ON v.challenge_id = s.challenge_id
                                         WHERE s.peer_id = p.id AND s.status = 'ACCEPTED' AND v.starts_on <= :today), 0)::int,
                               (SELECT round(avg(f.rating), 1) FROM peer_feedback f WHERE f.peer_id = p.id),
                               (SELECT count(*) FROM peer_feedback f WHERE f.peer_id = p.id)::int
                        FROM peer p WHERE p.id IN (:ids)""")
                .setParameter("today", today)
                .setParameter("ids", peerIds)
                .getResultList();
        Map<Long, PeerStats> stats = new HashMap<>();
        for (Object[] row : rows) {
            stats.put(((Number) row[0]).longValue(), new PeerStats(((Number) row[1]).intValue(),
                    row[2] == null ? null : new BigDecimal(row[2].toString()), ((Number) row[3]).intValue()));
        }
        return stats;
    }

    /** Whether the peer held an accepted seat on the challenge's team. */
    public boolean wasOnTeam(long peerId, long challengeId) {
        return ((Number) getEntityManager().createNativeQuery(
                        "SELECT count(*) FROM team_seat WHERE peer_id = :peer AND challenge_id = :challenge AND status = 'ACCEPTED'")
                .setParameter("peer", peerId)
                .setParameter("challenge", challengeId)
                .getSingleResult()).longValue() > 0;
    }

    public List<PeerFeedback> feedbackOn(long peerId) {
        return PeerFeedback.list("peerId", Sort.by("givenAt").and("id"), peerId);
    }

    public boolean feedbackGiven(long peerId, long challengeId, FeedbackSource source) {
        return PeerFeedback.count("peerId = ?1 and challengeId = ?2 and source = ?3", peerId, challengeId, source) > 0;
    }

    public void persistFeedback(PeerFeedback feedback) {
        feedback.persist();
    }

    /**
     * THE query that reads a team's candidates: every peer of the bank (or {@link CandidateQuery#onlyPeers()}), with
     * what {@code MatchingRules} and {@code TeamScore} decide from, in one statement ({@code team-candidates.sql}),
     * ordered by id. Pending changes are flushed first, so a seat declined in this transaction no longer counts.
     */
    public List<Candidate> candidatesFor(CandidateQuery q) {
        Session session = getEntityManager().unwrap(Session.class);
        session.flush();
        return session.doReturningWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement(CANDIDATES_SQL)) {
                int i = 0;
                st.setLong(++i, q.challengeId());
                st.setObject(++i, q.windowTo());
                st.setObject(++i, q.windowFrom());
                st.setObject(++i, q.yearTo());
                st.setObject(++i, q.yearFrom());
                st.setObject(++i, q.recentTo());
                st.setObject(++i, q.recentFrom());
                st.setObject(++i, q.windowTo());
                st.setObject(++i, q.windowFrom());
                Array only = q.onlyPeers() == null ? null : connection.createArrayOf("bigint", q.onlyPeers().toArray());
                for (int k = 0; k < 2; k++) {
                    if (only == null) {
                        st.setNull(++i, Types.ARRAY);
                    } else {
                        st.setArray(++i, only);
                    }
                }
                // Read in slices, each repeated value (region, group, home, tag) kept once: with 10,000 peers and 50
                // proposals at once, every proposal's candidates are in memory together.
                st.setFetchSize(1_000);
                Map<String, String> seen = new HashMap<>();
                List<Candidate> candidates = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(candidate(rs, seen));
                    }
                }
                return candidates;
            }
        });
    }

    private static Candidate candidate(ResultSet rs, Map<String, String> seen) throws SQLException {
        Object tenths = rs.getObject("feedback_tenths");
        return new Candidate(rs.getLong("id"), rs.getString("name"), PeerKind.valueOf(rs.getString("kind")),
                once(seen, rs.getString("political_group")), once(seen, rs.getString("home_organisation")),
                once(seen, rs.getString("home_region")), strings(rs.getArray("elements"), seen),
                strings(rs.getArray("service_areas"), seen), strings(rs.getArray("metric_ids"), seen),
                localDate(rs.getDate("inducted_on")), localDate(rs.getDate("accreditation_expires_on")),
                ranges(rs.getArray("unavailable_from"), rs.getArray("unavailable_to")),
                ranges(rs.getArray("other_team_from"), rs.getArray("other_team_to")),
                rs.getInt("days_in_year"), rs.getInt("days_recent"),
                tenths == null ? null : ((Number) tenths).intValue(), rs.getInt("feedback_count"));
    }

    private static String once(Map<String, String> seen, String value) {
        return value == null ? null : seen.computeIfAbsent(value, v -> v);
    }

    private static Set<String> strings(Array array, Map<String, String> seen) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Object[] values = (Object[]) array.getArray();
        return values.length == 0 ? Set.of()
                : Arrays.stream(values).map(v -> once(seen, v.toString())).collect(Collectors.toUnmodifiableSet());
    }

    private static List<DateRange> ranges(Array froms, Array tos) throws SQLException {
        if (froms == null || tos == null) {
            return List.of();
        }
        Date[] from = (Date[]) froms.getArray();
        Date[] to = (Date[]) tos.getArray();
        List<DateRange> ranges = new ArrayList<>(from.length);
        for (int i = 0; i < from.length; i++) {
            ranges.add(new DateRange(from[i].toLocalDate(), to[i].toLocalDate()));
        }
        return ranges;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static String resource(String name) {
        try (InputStream in = PeerRepository.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name + " beside " + PeerRepository.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
