import {
  type BarrierId,
  DEFAULT_CRISIS_RESOURCES,
  type EntryCreate,
  type LocalDate,
  RISK_SCREEN_VERSION,
  type Sharing,
  type EntryState,
} from '@askwell/domain';
import type { Actor } from '../../common/actor';
import type { OneStatementCreate } from '../../common/idempotency';
import { clientTags, type EntryPart, riskOf, suggestionsFor } from './entry.text';

/** The columns of a new entry that depend on its kind. */
export interface NewEntry {
  sharing: Sharing;
  state: EntryState;
  occurredOn: LocalDate;
  doneOn: LocalDate | null;
  body: unknown;
  plan: unknown;
}

/** An instant as `Date.prototype.toISOString()` writes it (milliseconds, truncated as the pg driver does). */
const iso = (column: string): string =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** A person as the entry views show them (`PersonView`), or null. */
const person = (alias: string): string =>
  `CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'role', ${alias}.role) END`;

/**
 * The writes of a new entry as CTEs for IdempotencyService.createInOneStatement: the entry; its tags (the
 * client's own, with a suggestion's evidence when there is one, then the suggestions for other barriers, as the
 * tag writes of a re-saved plan leave them); the risk flag when the screen matched; the draft it was written
 * from, removed. `response` is the `SubmitResult`, built from their RETURNING rows with the same fields, key
 * order and formats as `view()` in entries.service.ts (an e2e test compares it with GET /entries/:id).
 */
export function createSql(
  actor: Actor,
  input: EntryCreate,
  values: NewEntry,
  part: EntryPart,
  exerciseTitle: string | null,
  draftKey: string | undefined,
): OneStatementCreate {
  const params: unknown[] = [];
  const $ = (value: unknown, type: string): string => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const practice = $(actor.practiceId, 'uuid');
  const client = $(actor.accountId, 'uuid');

  const suggestions = suggestionsFor(part);
  const evidence = new Map(suggestions.map((s) => [s.barrierId, s]));
  const own = [...new Set(clientTags(part))];
  const tags: {
    barrierId: BarrierId;
    status: 'client' | 'suggested';
    evidence: string | null;
    score: number | null;
  }[] = [
    ...own.map((barrierId) => ({
      barrierId,
      status: 'client' as const,
      evidence: evidence.get(barrierId)?.evidence ?? null,
      score: evidence.get(barrierId)?.score ?? null,
    })),
    ...suggestions
      .filter((s) => !own.includes(s.barrierId))
      .map((s) => ({
        barrierId: s.barrierId,
        status: 'suggested' as const,
        evidence: s.evidence,
        score: s.score,
      })),
  ];
  const risk = riskOf(part);
  const flagged = risk.flagged;

  const ctes = [
    `new_entry AS (
      INSERT INTO entry (practice_id, client_id, assignment_id, kind, sharing, state, occurred_on, done_on, body, plan,
                         risk_screen_version)
      SELECT ${practice}, ${client}, ${$(input.assignmentId, 'uuid')}, ${$(input.kind, 'text')}, ${$(values.sharing, 'text')},
             ${$(values.state, 'text')}, ${$(values.occurredOn, 'date')}, ${$(values.doneOn, 'date')},
             ${$(values.body === null ? null : JSON.stringify(values.body), 'jsonb')},
             ${$(values.plan === null ? null : JSON.stringify(values.plan), 'jsonb')}, ${$(RISK_SCREEN_VERSION, 'smallint')}
       WHERE (SELECT go FROM gate)
      RETURNING *
    )`,
  ];
  if (tags.length > 0)
    ctes.push(`new_tags AS (
      INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score, changed_by)
      SELECT n.practice_id, n.id, t.barrier_id, t.status, t.evidence, t.score,
             CASE WHEN t.status = 'client' THEN n.client_id END
        FROM new_entry n,
             unnest(${$(
               tags.map((t) => t.barrierId),
               'text[]',
             )}, ${$(
               tags.map((t) => t.status),
               'text[]',
             )}, ${$(
               tags.map((t) => t.evidence),
               'text[]',
             )}, ${$(
               tags.map((t) => t.score),
               'real[]',
             )}) AS t (barrier_id, status, evidence, score)
      RETURNING barrier_id, status, evidence, changed_by, changed_at
    )`);
  if (flagged)
    ctes.push(`new_flag AS (
      INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version)
      SELECT n.practice_id, n.client_id, n.id, ${$(risk.matches, 'text[]')}, ${$(risk.tier, 'text')},
             ${$(risk.category, 'text')}, ${$(JSON.stringify(risk.findings), 'jsonb')}, ${$(RISK_SCREEN_VERSION, 'smallint')}
        FROM new_entry n
      RETURNING raised_at
    )`);
  if (draftKey)
    ctes.push(`used_draft AS (
      DELETE FROM draft
       WHERE practice_id = ${practice} AND account_id = ${client} AND key = ${$(draftKey, 'text')}
         AND EXISTS (SELECT 1 FROM new_entry)
    )`);

  const tagsJson =
    tags.length === 0
      ? `'[]'::json`
      : `COALESCE((SELECT json_agg(json_build_object(
                     'barrierId', t.barrier_id, 'status', t.status, 'evidence', t.evidence,
                     'changedAt', ${iso('t.changed_at')}, 'changedBy', ${person('w')}) ORDER BY t.barrier_id)
                     FROM new_tags t LEFT JOIN account w ON w.practice_id = n.practice_id AND w.id = t.changed_by), '[]'::json)`;
  const raisedAt = flagged ? `(SELECT raised_at FROM new_flag)` : 'NULL::timestamptz';
  const crisisResources = flagged
    ? `COALESCE((SELECT crisis_resources FROM practice WHERE practice_id = n.practice_id), ${$(DEFAULT_CRISIS_RESOURCES, 'text')})`
    : 'NULL::text';
  ctes.push(`response AS MATERIALIZED (
      SELECT json_build_object(
               'entry', json_build_object(
                 'id', n.id, 'clientId', n.client_id, 'assignmentId', n.assignment_id,
                 'exerciseTitle', ${$(exerciseTitle, 'text')}, 'kind', n.kind, 'sharing', n.sharing, 'state', n.state,
                 'occurredOn', n.occurred_on, 'doneOn', n.done_on,
                 'observation', CASE WHEN n.kind = 'observation' THEN n.body END,
                 'reflection', CASE WHEN n.kind = 'reflection' THEN n.body END,
                 'plan', n.plan, 'outcome', n.outcome, 'tags', ${tagsJson},
                 'risk', json_build_object('flagged', ${raisedAt} IS NOT NULL, 'raisedAt', ${iso(raisedAt)},
                                           'tier', ${$(risk.tier, 'text')}, 'category', ${$(risk.category, 'text')}),
                 'review', NULL, 'createdAt', ${iso('n.created_at')}, 'updatedAt', ${iso('n.updated_at')},
                 'version', n.version),
               'risk', json_build_object('flagged', ${flagged ? 'true' : 'false'}, 'tier', ${$(risk.tier, 'text')},
                                         'crisisResources', ${crisisResources})
             ) AS body
        FROM new_entry n
    )`);
  return { ctes: ctes.join(',\n'), params };
}
