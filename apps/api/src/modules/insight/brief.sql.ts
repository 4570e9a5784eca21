import type { LocalDate } from '@askwell/domain';
import { type Sql, sql } from '../../common/db';
import { readinessExperimentsSql } from './insight.sql';

/**
 * The brief's and the progress charts' reads as tagged fragments (brief.repository.ts runs them), each with the
 * audit row of the read written by the same statement (`audit`: the audit INSERT, auditInsertSql): one round
 * trip, and the read is never served without its audit row.
 */

export interface BriefArgs {
  practiceId: string;
  clientId: string;
  /** The previous period's first day (it ends the day before `from`). */
  previousFrom: LocalDate;
  /** The period's first day. */
  from: LocalDate;
  /** The period's last day. */
  to: LocalDate;
}

/** Everything the brief reads: brief_data() (database/functions/brief_data.v2.sql), audited by `audit`. */
export const briefSql = (audit: Sql, a: BriefArgs): Sql => sql`
  WITH audit AS (${audit})
  SELECT brief_data(${a.practiceId}, ${a.clientId}, ${a.previousFrom}, ${a.from}, ${a.to}) AS data`;

/** Everything the progress charts read (`barrierId`: the reflections tagged with it only), audited by `audit`. */
export const progressSql = (
  audit: Sql,
  practiceId: string,
  clientId: string,
  barrierId: string | null,
): Sql => sql`
  WITH audit AS (${audit})
  SELECT
    (SELECT COALESCE(json_agg(e), '[]') FROM (
       SELECT id, occurred_on, done_on, plan, outcome FROM entry
        WHERE practice_id = ${practiceId} AND client_id = ${clientId} AND kind = 'experiment' AND state = 'completed'
        ORDER BY COALESCE(done_on, occurred_on), created_at LIMIT 2000) e
    ) AS experiments,
    (SELECT COALESCE(json_agg(json_build_object('barrier_id', t.barrier_id, 'status', t.status, 'occurred_on', n.occurred_on)), '[]')
       FROM entry_tag t JOIN entry n ON n.practice_id = t.practice_id AND n.id = t.entry_id
      WHERE t.practice_id = ${practiceId} AND n.client_id = ${clientId} AND n.sharing = 'shared'
    ) AS tags,
    (SELECT COALESCE(json_agg(r), '[]') FROM (
       SELECT n.id, n.created_at, n.body,
              COALESCE((SELECT json_agg(json_build_object('barrierId', t.barrier_id, 'status', t.status, 'evidence', t.evidence) ORDER BY t.barrier_id)
                          FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id AND t.status <> 'rejected'), '[]') AS tags
         FROM entry n
        WHERE n.practice_id = ${practiceId} AND n.client_id = ${clientId} AND n.kind = 'reflection' AND n.sharing = 'shared'
          AND (${barrierId}::text IS NULL OR EXISTS (SELECT 1 FROM entry_tag t WHERE t.practice_id = n.practice_id AND t.entry_id = n.id
                                            AND t.barrier_id = ${barrierId} AND t.status <> 'rejected'))
        ORDER BY n.created_at DESC LIMIT 100) r
    ) AS reflections,
    (SELECT COALESCE(json_agg(x), '[]') FROM (${readinessExperimentsSql(practiceId, [clientId])}) x) AS readiness`;
