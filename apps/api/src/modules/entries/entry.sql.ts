/** The entry's SQL fragments, for entries.repository.ts only: the read of an entry's rows and the create's CTEs. */
import { RISK_SCREEN_VERSION } from '@askwell/domain';
import { join, raw, type Sql, sql } from '../../common/db';
import type { NewEntryWrite } from './entry.create';

/** A person as the entry views show them (`PersonView`), or null: `alias` is an `account` row. */
const person = (alias: string): Sql => {
  const a = raw(alias);
  return sql`CASE WHEN ${a}.id IS NULL THEN NULL ELSE json_build_object('id', ${a}.id, 'displayName', ${a}.display_name, 'role', ${a}.role) END`;
};

/**
 * An entry's tags as `EntryRow.tags` holds them, ordered by barrier: from `source` (entry_tag, or the create's
 * new_tags), the rows `where` keeps, with the account that last changed each.
 */
const tagsOf = (source: Sql, where: Sql): Sql =>
  sql`COALESCE((SELECT json_agg(json_build_object(
                 'barrierId', t.barrier_id, 'status', t.status, 'evidence', t.evidence, 'changedAt', t.changed_at,
                 'changedBy', ${person('w')})
                 ORDER BY t.barrier_id)
                 FROM ${source} t LEFT JOIN account w ON w.practice_id = t.practice_id AND w.id = t.changed_by
                WHERE ${where}), '[]')`;

/** An entry's rows as `EntryRow` (entry.view.ts), with its page key; the caller adds WHERE, ORDER BY, LIMIT. */
export const ENTRY_SELECT = sql`
  SELECT n.*, (extract(epoch FROM n.created_at) * 1000000)::bigint::text AS created_us,
         s.template_id, ce.title AS custom_title, ${person('r')} AS reviewed_by,
         ${tagsOf(sql`entry_tag`, sql`t.practice_id = n.practice_id AND t.entry_id = n.id`)} AS tags,
         rf.flag_raised_at, rf.flag_tier, rf.flag_category
    FROM entry n
    -- The entry's flags: the newest one's time; the most serious tier (explicit first, then the newest) and its category.
    LEFT JOIN LATERAL (
      SELECT max(f.raised_at) AS flag_raised_at,
             (array_agg(f.tier ORDER BY f.tier = 'explicit' DESC, f.raised_at DESC) FILTER (WHERE f.tier IS NOT NULL))[1] AS flag_tier,
             (array_agg(f.category ORDER BY f.tier = 'explicit' DESC, f.raised_at DESC) FILTER (WHERE f.tier IS NOT NULL))[1] AS flag_category
        FROM risk_flag f WHERE f.practice_id = n.practice_id AND f.entry_id = n.id
    ) rf ON true
    LEFT JOIN assignment s ON s.practice_id = n.practice_id AND s.id = n.assignment_id
    LEFT JOIN custom_exercise ce ON ce.practice_id = s.practice_id AND ce.id = s.custom_exercise_id
    LEFT JOIN account r ON r.practice_id = n.practice_id AND r.id = n.reviewed_by`;

const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/**
 * The writes of a new entry as CTEs for IdempotencyService.createInOneStatement: the entry; its tags; the risk
 * flag when the screen matched; the draft it was written from, removed. `response` is `CreatedRows`
 * (entry.view.ts): what they RETURNING-wrote, as JSON, which entryView() turns into the answer as for a read.
 */
export function newEntryCtes(w: NewEntryWrite): Sql {
  const v = w.values;
  const flagged = w.risk.flagged;
  const ctes = [
    sql`new_entry AS (
      INSERT INTO entry (practice_id, client_id, assignment_id, kind, sharing, state, occurred_on, done_on, body, plan,
                         risk_screen_version)
      SELECT ${w.practiceId}::uuid, ${w.clientId}::uuid, ${w.assignmentId}::uuid, ${w.kind}::text, ${v.sharing}::text,
             ${v.state}::text, ${v.occurredOn}::date, ${v.doneOn}::date, ${jsonOrNull(v.body)}::jsonb,
             ${jsonOrNull(v.plan)}::jsonb, ${RISK_SCREEN_VERSION}::smallint
       WHERE (SELECT go FROM gate)
      RETURNING *
    )`,
  ];
  if (w.tags.length > 0)
    ctes.push(sql`new_tags AS (
      INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score, changed_by)
      SELECT n.practice_id, n.id, t.barrier_id, t.status, t.evidence, t.score,
             CASE WHEN t.status = 'client' THEN n.client_id END
        FROM new_entry n,
             unnest(${w.tags.map((t) => t.barrierId)}::text[], ${w.tags.map((t) => t.status)}::text[],
                    ${w.tags.map((t) => t.evidence)}::text[], ${w.tags.map((t) => t.score)}::real[])
               AS t (barrier_id, status, evidence, score)
      RETURNING practice_id, barrier_id, status, evidence, changed_by, changed_at
    )`);
  if (flagged)
    ctes.push(sql`new_flag AS (
      INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version)
      SELECT n.practice_id, n.client_id, n.id, ${w.risk.matches}::text[], ${w.risk.tier}::text,
             ${w.risk.category}::text, ${JSON.stringify(w.risk.findings)}::jsonb, ${RISK_SCREEN_VERSION}::smallint
        FROM new_entry n
      RETURNING raised_at, tier, category
    )`);
  if (w.draftKey)
    ctes.push(sql`used_draft AS (
      DELETE FROM draft
       WHERE practice_id = ${w.practiceId}::uuid AND account_id = ${w.clientId}::uuid AND key = ${w.draftKey}::text
         AND EXISTS (SELECT 1 FROM new_entry)
    )`);
  const tags = w.tags.length === 0 ? sql`'[]'::json` : tagsOf(sql`new_tags`, sql`true`);
  ctes.push(sql`response AS MATERIALIZED (
      SELECT json_build_object(
               'entry', to_json(n),
               'exercise', json_build_object('template_id', ${w.exercise.templateId}::text,
                                             'custom_title', ${w.exercise.customTitle}::text),
               'tags', ${tags},
               'flag', ${flagged ? sql`(SELECT to_json(f) FROM new_flag f)` : sql`NULL::json`},
               'crisis_resources', ${
                 flagged
                   ? sql`(SELECT crisis_resources FROM practice WHERE practice_id = n.practice_id)`
                   : sql`NULL::text`
               }
             ) AS body
        FROM new_entry n
    )`);
  return join(ctes, ',\n');
}
