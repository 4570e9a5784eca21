import { READINESS_EXPERIMENTS_SQL } from './insight.sql';

/**
 * The client of the statements below, as an expression of `$2` (a one-element uuid[], the form
 * READINESS_EXPERIMENTS_SQL takes its clients in), so the readiness rows join the same statement.
 */
const CLIENT = '($2::uuid[])[1]';

/**
 * Everything the brief reads, in one statement ($1 practice, $2 [client], $3 the previous period's first day, $4
 * the period's first day, $5 its last day), with the audit row of the read written by the same statement
 * (`audit`: the audit INSERT; `SELECT 1` to EXPLAIN it without writing).
 */
export const BRIEF_SQL = (audit: string) => `
  WITH audit AS (${audit})
  SELECT
    (SELECT COALESCE(json_agg(json_build_object('id', n.id, 'occurred_on', n.occurred_on, 'plan', n.plan, 'outcome', n.outcome)
                              ORDER BY n.occurred_on, n.created_at), '[]')
       FROM entry n WHERE n.practice_id = $1 AND n.client_id = ${CLIENT} AND n.kind = 'experiment' AND n.occurred_on BETWEEN $3 AND $5
    ) AS experiments,
    (SELECT COALESCE(json_agg(json_build_object('entry_id', t.entry_id, 'barrier_id', t.barrier_id, 'status', t.status, 'occurred_on', n.occurred_on)), '[]')
       FROM entry_tag t JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
      WHERE t.practice_id = $1 AND n.client_id = ${CLIENT} AND n.sharing = 'shared' AND n.occurred_on BETWEEN $3 AND $5
    ) AS tags,
    (SELECT COALESCE(json_agg(json_build_object('start_on', s.start_on, 'recurrence', s.recurrence, 'pauses', s.pauses, 'ended_on', s.ended_on,
                              'done', ARRAY(SELECT n.done_on::text FROM entry n WHERE n.practice_id = s.practice_id AND n.assignment_id = s.id
                                              AND n.done_on BETWEEN $4 AND $5))), '[]')
       FROM assignment s WHERE s.practice_id = $1 AND s.client_id = ${CLIENT}
    ) AS assignments,
    (SELECT COALESCE(json_agg(u), '[]') FROM (
       SELECT id, kind FROM entry WHERE practice_id = $1 AND client_id = ${CLIENT} AND sharing = 'shared' AND read_at IS NULL
        ORDER BY created_at LIMIT 100) u
    ) AS unread,
    (SELECT COALESCE(json_agg(json_build_object('id', f.id, 'entry_id', f.entry_id, 'sharing', n.sharing, 'raised_at', f.raised_at)
                              ORDER BY f.raised_at), '[]')
       FROM risk_flag f JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
      WHERE f.practice_id = $1 AND f.client_id = ${CLIENT} AND f.acknowledged_at IS NULL
    ) AS flags,
    (SELECT COALESCE(json_agg(r), '[]') FROM (
       SELECT id, review_comment FROM entry WHERE practice_id = $1 AND client_id = ${CLIENT} AND sharing = 'shared' AND raise_in_session
        ORDER BY occurred_on DESC LIMIT 50) r
    ) AS raised,
    (SELECT COALESCE(json_agg(x), '[]') FROM (${READINESS_EXPERIMENTS_SQL}) x) AS readiness,
    (SELECT reviewed_at FROM brief_review WHERE practice_id = $1 AND client_id = ${CLIENT} AND period_from = $4 AND period_to = $5
      ORDER BY reviewed_at DESC LIMIT 1) AS reviewed_at`;

/** Everything the progress charts read ($1 practice, $2 [client], $3 a barrier or null), audited by the same statement. */
export const PROGRESS_SQL = (audit: string) => `
  WITH audit AS (${audit})
  SELECT
    (SELECT COALESCE(json_agg(e), '[]') FROM (
       SELECT id, occurred_on, done_on, plan, outcome FROM entry
        WHERE practice_id = $1 AND client_id = ${CLIENT} AND kind = 'experiment' AND state = 'completed'
        ORDER BY COALESCE(done_on, occurred_on), created_at LIMIT 2000) e
    ) AS experiments,
    (SELECT COALESCE(json_agg(json_build_object('barrier_id', t.barrier_id, 'status', t.status, 'occurred_on', n.occurred_on)), '[]')
       FROM entry_tag t JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
      WHERE t.practice_id = $1 AND n.client_id = ${CLIENT} AND n.sharing = 'shared'
    ) AS tags,
    (SELECT COALESCE(json_agg(r), '[]') FROM (
       SELECT n.id, n.created_at, n.body,
              COALESCE((SELECT json_agg(json_build_object('barrierId', t.barrier_id, 'status', t.status, 'evidence', t.evidence) ORDER BY t.barrier_id)
                          FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id AND t.status <> 'rejected'), '[]') AS tags
         FROM entry n
        WHERE n.practice_id = $1 AND n.client_id = ${CLIENT} AND n.kind = 'reflection' AND n.sharing = 'shared'
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id
                                            AND t.barrier_id = $3 AND t.status <> 'rejected'))
        ORDER BY n.created_at DESC LIMIT 100) r
    ) AS reflections,
    (SELECT COALESCE(json_agg(x), '[]') FROM (${READINESS_EXPERIMENTS_SQL}) x) AS readiness`;
