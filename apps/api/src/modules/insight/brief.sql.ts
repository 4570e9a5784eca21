import { READINESS_EXPERIMENTS_SQL } from './insight.sql';

/**
 * The client of the statements below, as an expression of `$2` (a one-element uuid[], the form
 * READINESS_EXPERIMENTS_SQL takes its clients in), so the readiness rows join the same statement.
 */
const CLIENT = '($2::uuid[])[1]';

/**
 * Everything the brief reads ($1 practice, $2 client, $3 the previous period's first day, $4 the period's first
 * day, $5 its last day): brief_data() (migration BriefData), with the audit row of the read written by the same
 * statement (`audit`: the audit INSERT; `SELECT 1` to run it without writing).
 */
export const BRIEF_SQL = (audit: string) => `
  WITH audit AS (${audit})
  SELECT brief_data($1, $2, $3, $4, $5) AS data`;

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
