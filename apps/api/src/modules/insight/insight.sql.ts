/**
 * The caseload's figures as SQL aggregates: one statement for every client of a caseload page, whatever its size.
 * Adherence follows libs/domain (metrics/schedule.ts): per assignment, completions in the window capped at the
 * occurrences due, then summed; the due dates come from assignment_due_dates (CreateInsight migration).
 * test/integration/insight-metrics.int-spec.ts checks these numbers against the domain functions.
 *
 * $1 practice, $2 practitioner (null: the whole practice), $3 "today" for every client (null: each client's own
 * today in their time zone).
 */
export const CASELOAD_SQL = `
  WITH c AS (
    SELECT a.practice_id, a.id, a.display_name, a.email, a.current_rung, a.time_zone, a.version, a.created_at,
           COALESCE($3::date, (now() AT TIME ZONE a.time_zone)::date) AS today
      FROM account a
     WHERE a.practice_id = $1 AND a.role = 'client'
       AND ($2::uuid IS NULL OR EXISTS (
             SELECT 1 FROM caseload k WHERE k.practice_id = a.practice_id AND k.client_id = a.id AND k.practitioner_id = $2))
  ),
  per_assignment AS (
    SELECT s.client_id,
           due.d7, due.d28,
           LEAST(due.d7, (SELECT count(*) FROM entry n
                           WHERE n.practice_id = s.practice_id AND n.client_id = s.client_id AND n.assignment_id = s.id
                             AND n.done_on BETWEEN c.today - 6 AND c.today))::int AS c7,
           LEAST(due.d28, (SELECT count(*) FROM entry n
                            WHERE n.practice_id = s.practice_id AND n.client_id = s.client_id AND n.assignment_id = s.id
                              AND n.done_on BETWEEN c.today - 27 AND c.today))::int AS c28
      FROM c
      JOIN assignment s ON s.practice_id = c.practice_id AND s.client_id = c.id
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE d BETWEEN c.today - 6 AND c.today)::int AS d7,
               count(*) FILTER (WHERE d BETWEEN c.today - 27 AND c.today)::int AS d28
          FROM assignment_due_dates(s.start_on, s.recurrence, s.pauses, s.ended_on) AS d
         WHERE d BETWEEN c.today - 27 AND c.today
      ) due
  ),
  adherence AS (
    SELECT client_id, sum(d7)::int AS due7, sum(c7)::int AS done7, sum(d28)::int AS due28, sum(c28)::int AS done28
      FROM per_assignment GROUP BY client_id
  )
  SELECT c.id, c.display_name, c.email, c.current_rung, c.time_zone, c.version, c.created_at, c.today::text AS today,
         COALESCE(ad.due7, 0) AS due7, COALESCE(ad.done7, 0) AS done7,
         COALESCE(ad.due28, 0) AS due28, COALESCE(ad.done28, 0) AS done28,
         (SELECT max(n.updated_at) FROM entry n WHERE n.practice_id = c.practice_id AND n.client_id = c.id) AS last_activity_at,
         (SELECT count(*)::int FROM entry n
           WHERE n.practice_id = c.practice_id AND n.client_id = c.id AND n.sharing = 'shared' AND n.read_at IS NULL) AS unread,
         (SELECT count(*)::int FROM risk_flag f
           WHERE f.practice_id = c.practice_id AND f.client_id = c.id AND f.acknowledged_at IS NULL) AS open_flags
    FROM c LEFT JOIN adherence ad ON ad.client_id = c.id`;

/**
 * Completed experiments since the client's last approved rung move, for the readiness rule of libs/domain
 * (readinessSuggestion), for many clients in one statement. $1 practice, $2 client ids. The cut-off is found first
 * per client (LATERAL), so the entries are read as an index range on (practice, client, created_at) rather than
 * every experiment of the client filtered row by row (npm run bench: 15 ms → well under 1 ms at 10 000 entries).
 * Only the fields the rule reads (ReadinessExperiment), as plain columns: a 500-client caseload reads tens of
 * thousands of these rows, and parsing whole plan/outcome documents was most of its time and memory.
 */
export const READINESS_EXPERIMENTS_SQL = `
  SELECT n.client_id,
         n.plan->>'helper' AS helper, n.plan->>'channel' AS channel, n.plan->>'lifeArea' AS life_area,
         (n.plan->>'predictedYesChance')::float8 AS predicted_yes_chance,
         (n.plan->>'beliefBefore')::float8 AS belief_before,
         (n.plan->>'anticipatedDistress')::float8 AS anticipated_distress,
         n.outcome IS NOT NULL AS has_outcome, n.outcome->>'didAsk' AS did_ask, n.outcome->>'response' AS response,
         n.outcome->>'learning' AS learning, (n.outcome->>'beliefAfter')::float8 AS belief_after,
         (n.outcome->>'peakDistress')::float8 AS peak_distress
    FROM unnest($2::uuid[]) AS c(id)
    CROSS JOIN LATERAL (
      SELECT COALESCE(max(r.created_at), '-infinity'::timestamptz) AS since FROM rung_decision r
       WHERE r.practice_id = $1 AND r.client_id = c.id AND r.decision = 'approve'
    ) d
    JOIN entry n ON n.practice_id = $1 AND n.client_id = c.id AND n.created_at > d.since
   WHERE n.kind = 'experiment' AND n.state = 'completed'
   ORDER BY n.client_id, n.created_at`;
