-- The candidates for a challenge's team: every peer of the bank (or only the listed ones), each with what the
-- matching rules need. One statement, read by PeerRepository.candidatesFor and timed by the team-proposal
-- benchmark (EXPLAIN ANALYZE). Seats count while invited or accepted, on challenges not cancelled; days given
-- only once accepted.
-- Parameters in order: 1 challenge id; 2 last and 3 first visit day; 4 financial year end and 5 start;
-- 6 recent period end and 7 start; 8 last and 9 first visit day; 10 and 11 the peer ids to read, or null.
WITH seat_visit AS (
    SELECT s.peer_id, s.status, v.starts_on, v.ends_on
    FROM team_seat s
    JOIN peer_challenge c ON c.id = s.challenge_id AND c.cancelled_at IS NULL
    JOIN challenge_visit v ON v.challenge_id = s.challenge_id
    WHERE s.status IN ('INVITED', 'ACCEPTED')
      AND s.challenge_id <> ?
),
other_team AS (
    SELECT peer_id,
           array_agg(starts_on ORDER BY starts_on, ends_on) AS froms,
           array_agg(ends_on ORDER BY starts_on, ends_on) AS tos
    FROM seat_visit
    WHERE starts_on <= ? AND ends_on >= ?
    GROUP BY peer_id
),
days AS (
    SELECT peer_id,
           sum(GREATEST(0, LEAST(ends_on, ?::date) - GREATEST(starts_on, ?::date) + 1)) AS in_year,
           sum(GREATEST(0, LEAST(ends_on, ?::date) - GREATEST(starts_on, ?::date) + 1))
               FILTER (WHERE status = 'ACCEPTED') AS recent
    FROM seat_visit
    GROUP BY peer_id
),
unavailable AS (
    SELECT peer_id,
           array_agg(starts_on ORDER BY starts_on, ends_on) AS froms,
           array_agg(ends_on ORDER BY starts_on, ends_on) AS tos
    FROM peer_unavailability
    WHERE starts_on <= ? AND ends_on >= ?
    GROUP BY peer_id
),
feedback AS (
    SELECT peer_id, round(avg(rating) * 10)::int AS tenths, count(*)::int AS n
    FROM peer_feedback
    GROUP BY peer_id
)
SELECT p.id, p.name, p.kind, p.political_group, p.home_organisation, o.region AS home_region,
       p.elements, p.service_areas, p.metric_ids, p.inducted_on, p.accreditation_expires_on,
       u.froms AS unavailable_from, u.tos AS unavailable_to,
       t.froms AS other_team_from, t.tos AS other_team_to,
       COALESCE(d.in_year, 0)::int AS days_in_year,
       COALESCE(d.recent, 0)::int AS days_recent,
       f.tenths AS feedback_tenths,
       COALESCE(f.n, 0) AS feedback_count
FROM peer p
LEFT JOIN organisation o ON o.code = p.home_organisation
LEFT JOIN unavailable u ON u.peer_id = p.id
LEFT JOIN other_team t ON t.peer_id = p.id
LEFT JOIN days d ON d.peer_id = p.id
LEFT JOIN feedback f ON f.peer_id = p.id
WHERE (?::bigint[] IS NULL OR p.id = ANY (?::bigint[]))
ORDER BY p.id
