import {
  CASELOAD_DEFAULT_ORDER,
  type CaseloadOrder,
  type CaseloadQuery,
  CaseloadQuerySchema,
  type CaseloadSort,
} from '@askwell/domain';
import { join, raw, type Sql, sql } from '../../common/db';

/**
 * The insight statements that are too long to read inside a repository, as tagged fragments: the caseload page
 * (caseload.repository.ts runs it) and the readiness experiments (the caseload page, the progress read and the
 * rung decision read them; brief_data() has its own copy of the same columns).
 */

/**
 * The fields of an experiment the readiness rule reads (ReadinessExperiment), as [column, expression], in the
 * order readinessExperimentsSql answers them and the caseload page's JSON arrays hold them.
 */
export const READINESS_COLUMNS: readonly (readonly [string, Sql])[] = [
  ['helper', sql`n.plan->>'helper'`],
  ['channel', sql`n.plan->>'channel'`],
  ['life_area', sql`n.plan->>'lifeArea'`],
  ['predicted_yes_chance', sql`(n.plan->>'predictedYesChance')::float8`],
  ['belief_before', sql`(n.plan->>'beliefBefore')::float8`],
  ['anticipated_distress', sql`(n.plan->>'anticipatedDistress')::float8`],
  ['has_outcome', sql`n.outcome IS NOT NULL`],
  ['did_ask', sql`n.outcome->>'didAsk'`],
  ['response', sql`n.outcome->>'response'`],
  ['learning', sql`n.outcome->>'learning'`],
  ['belief_after', sql`(n.outcome->>'beliefAfter')::float8`],
  ['peak_distress', sql`(n.outcome->>'peakDistress')::float8`],
];

/**
 * The completed experiments (`n`) of some clients (`clients`, each `c` with `c.id`) of practice `practice` since
 * each one's last approved rung move. The cut-off is found first per client (LATERAL), so the entries are read as
 * an index range on (practice, client, created_at) rather than every experiment of the client filtered row by
 * row (npm run bench: 15 ms → well under 1 ms at 10 000 entries).
 */
const readinessExperimentsFrom = (clients: Sql, practice: Sql) => sql`${clients}
    CROSS JOIN LATERAL (
      SELECT COALESCE(max(r.created_at), '-infinity'::timestamptz) AS since FROM rung_decision r
       WHERE r.practice_id = ${practice} AND r.client_id = c.id AND r.decision = 'approve'
    ) d
    JOIN entry n ON n.practice_id = ${practice} AND n.client_id = c.id AND n.created_at > d.since
   WHERE n.kind = 'experiment' AND n.state = 'completed'`;

const readinessSelect = (clients: Sql, practice: Sql) => sql`
  SELECT n.client_id, ${join(
    READINESS_COLUMNS.map(([c, e]) => sql`${e} AS ${raw(c)}`),
    ', ',
  )}
    FROM ${readinessExperimentsFrom(clients, practice)}
   ORDER BY n.client_id, n.created_at`;

/**
 * Completed experiments since each client's last approved rung move, for the readiness rule of libs/domain
 * (readinessSuggestion), for many clients in one statement. Only the fields the rule reads (READINESS_COLUMNS),
 * as plain columns: parsing whole plan/outcome documents was most of the time and memory of a big caseload.
 */
export const readinessExperimentsSql = (practiceId: string, clientIds: readonly string[]): Sql =>
  readinessSelect(sql`unnest(${clientIds}::uuid[]) AS c(id)`, sql`${practiceId}`);

/**
 * How serious an open flag (`f`, of entry `fe`) is for ordering, never understated: 3 explicit, 2 cannot be told
 * (a private entry's flag, whose tier the practitioner never learns, or one the untiered screen raised), 1
 * concern. A client's rank is their most serious open flag's; 0 without one.
 */
export const flagRankSql = sql`CASE WHEN fe.sharing = 'shared' AND f.tier = 'explicit' THEN 3
                              WHEN fe.sharing = 'shared' AND f.tier = 'concern' THEN 1 ELSE 2 END`;

/** Microseconds since 1970 of a timestamptz, exactly (a bigint: the cursor carries it as text). */
const epochUs = (t: Sql) => sql`(extract(epoch FROM ${t}) * 1000000)::bigint`;
/** Later than any time a client could have (the year 2255): "none" sorts after every time. */
const NO_TIME = raw('9000000000000000');
/** The flag sort key of a client (`t`): the rank first, then the number of open flags. */
const flagKey = (t: Sql) => sql`(${t}.flag_rank * 1000000 + LEAST(${t}.open_flags, 999999))`;

/** Where a page of the caseload starts: the sort key of the last client of the previous page (see the SQL). */
export interface CaseloadKey {
  k1: string;
  k2: string;
  nk: string;
  id: string;
}

export interface CaseloadPageArgs {
  practiceId: string;
  /** null: the whole practice (the owner). */
  practitionerId: string | null;
  /** "today" for every client (tests); null: each client's own today. */
  asOf: string | null;
  sort: CaseloadSort;
  order: CaseloadOrder;
  /** Name or email contains this (any case); null or blank: any client. */
  q: string | null;
  flagged: boolean | null;
  unread: boolean | null;
  rung: number | null;
  /** The page size. */
  limit: number;
  after: CaseloadKey | null;
}

/** What GET /caseload asks the database for a query: the sort's own order unless one is given. `after` is the decoded cursor. */
export function caseloadPageArgs(
  practiceId: string,
  practitionerId: string | null,
  q: CaseloadQuery,
  after: CaseloadKey | null,
  asOf: string | null = null,
): CaseloadPageArgs {
  return {
    practiceId,
    practitionerId,
    asOf,
    sort: q.sort,
    order: q.order ?? CASELOAD_DEFAULT_ORDER[q.sort],
    q: q.q ?? null,
    flagged: q.flagged ?? null,
    unread: q.unread ?? null,
    rung: q.rung ?? null,
    limit: q.limit,
    after,
  };
}

/**
 * One page of the caseload, with its figures, in one statement. Cost is bounded by the page, not the caseload:
 * - `keyed`: every client the actor may see (the practice for an owner, the caseload for a practitioner) with
 *   only what orders and filters them, each a column or one small index probe, each computed once: open risk
 *   flags (risk_flag_open_idx), the oldest unread shared entry (the first row of entry_unread_since_idx), and
 *   only for their own sort the number of unread entries (entry_unread_idx) or the newest entry
 *   (entry_activity_idx). Its sort key is (k1, k2, nk, id), ascending, so one row comparison pages it (keyset):
 *   the figures of a descending sort are negated, and the key puts the clients without the figure last either
 *   way; names Z to A compare the other way. Who needs attention first (`attention`, descending): open risk
 *   flags by how serious the most serious is (flagRankSql: explicit, then a tier that cannot be told, then
 *   concern), then by how many; then whoever has waited longest for a shared entry to be read, then everyone
 *   else. `risk-flags` orders by the same flag key.
 * - `page`: the `limit` clients after the cursor, in that order; the expensive figures are computed for these
 *   only. Adherence follows libs/domain (metrics/schedule.ts): per assignment, completions in the window capped
 *   at the occurrences due, then summed; the due dates come from assignment_due_dates
 *   (database/functions/assignment_due_dates.v1.sql). test/integration/insight-metrics.int-spec.ts checks these
 *   numbers against the domain functions. The experiments the readiness rule reads (READINESS_COLUMNS, since the
 *   last approved move) come along as one JSON array per client: one statement for the whole page, and one JSON
 *   text to parse rather than a row per experiment.
 * - `summary`: how many clients match the filters, how many of them have an open risk flag, and how many come
 *   after the cursor (more than `limit`: there is a next page).
 * The answer is one row per client of the page, each with the summary; an empty page is one row of summary
 * whose `id` is null. Every argument is a parameter, whatever its value: the text is the same for every page.
 */
export function caseloadPageSql(a: CaseloadPageArgs): Sql {
  const search = a.q?.trim() || null;
  const sort = sql`${a.sort}::text`;
  const dir = sql`${a.order === 'desc' ? -1 : 1}::int`;
  const nameDesc = sql`(${sort} = 'name' AND ${dir} < 0)`;
  const [k1, k2, nk, id] = [
    a.after?.k1 ?? null,
    a.after?.k2 ?? null,
    a.after?.nk ?? null,
    a.after?.id ?? null,
  ];
  const after = (t: Sql) => sql`(${k1}::bigint IS NULL
          OR (${nameDesc} AND (${t}.k1, ${t}.k2, ${t}.nk, ${t}.id) < (${k1}::bigint, ${k2}::bigint, ${nk}::text, ${id}::uuid))
          OR (NOT ${nameDesc} AND (${t}.k1, ${t}.k2, ${t}.nk, ${t}.id) > (${k1}::bigint, ${k2}::bigint, ${nk}::text, ${id}::uuid)))`;
  const order = (t: Sql) => sql`${t}.k1, ${t}.k2,
             CASE WHEN ${nameDesc} THEN ${t}.nk END DESC, CASE WHEN ${nameDesc} THEN ${t}.id END DESC,
             ${t}.nk, ${t}.id`;
  const [x, c, f] = [raw('x'), raw('c'), raw('f')];
  return sql`
  WITH keyed AS MATERIALIZED (
    SELECT a.practice_id, a.id, a.display_name, a.email, a.current_rung, a.time_zone, a.version, a.created_at,
           lower(a.display_name) AS nk, f.open_flags, f.flag_rank, w.oldest_unread, la.sort_activity,
           (CASE ${sort}
              WHEN 'attention' THEN ${dir} * ${flagKey(f)}
              WHEN 'risk-flags' THEN ${dir} * ${flagKey(f)}
              WHEN 'unread' THEN ${dir} * u.unread
              WHEN 'rung' THEN (a.current_rung IS NULL)::int
              WHEN 'last-activity' THEN (la.sort_activity IS NULL)::int
              ELSE 0
            END)::bigint AS k1,
           (CASE ${sort}
              WHEN 'attention' THEN -${dir} * COALESCE(${epochUs(sql`w.oldest_unread`)}, ${NO_TIME})
              WHEN 'rung' THEN ${dir} * COALESCE(a.current_rung, 0)
              WHEN 'last-activity' THEN ${dir} * COALESCE(${epochUs(sql`la.sort_activity`)}, 0)
              ELSE 0
            END)::bigint AS k2
      FROM account a
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS open_flags, COALESCE(max(${flagRankSql}), 0)::int AS flag_rank
          FROM risk_flag f JOIN entry fe ON fe.practice_id = f.practice_id AND fe.id = f.entry_id
         WHERE f.practice_id = a.practice_id AND f.client_id = a.id AND f.acknowledged_at IS NULL
      ) f
      CROSS JOIN LATERAL (
        SELECT min(n.created_at) AS oldest_unread FROM entry n
         WHERE n.practice_id = a.practice_id AND n.client_id = a.id AND n.sharing = 'shared' AND n.read_at IS NULL
      ) w
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS unread FROM entry n
         WHERE ${sort} = 'unread'
           AND n.practice_id = a.practice_id AND n.client_id = a.id AND n.sharing = 'shared' AND n.read_at IS NULL
      ) u
      CROSS JOIN LATERAL (
        SELECT max(n.updated_at) AS sort_activity FROM entry n
         WHERE ${sort} = 'last-activity' AND n.practice_id = a.practice_id AND n.client_id = a.id
      ) la
     WHERE a.practice_id = ${a.practiceId} AND a.role = 'client'
       AND (${a.practitionerId}::uuid IS NULL OR EXISTS (
             SELECT 1 FROM caseload k WHERE k.practice_id = ${a.practiceId} AND k.practitioner_id = ${a.practitionerId} AND k.client_id = a.id))
       AND (${search}::text IS NULL OR strpos(lower(a.display_name), lower(${search})) > 0 OR strpos(a.email, lower(${search})) > 0)
       AND (${a.rung}::int IS NULL OR a.current_rung = ${a.rung})
       AND (${a.flagged}::boolean IS NULL OR (f.open_flags > 0) = ${a.flagged})
       AND (${a.unread}::boolean IS NULL OR (w.oldest_unread IS NOT NULL) = ${a.unread})
  ),
  summary AS (
    SELECT count(*)::int AS total, (count(*) FILTER (WHERE x.open_flags > 0))::int AS flagged,
           (count(*) FILTER (WHERE ${after(x)}))::int AS remaining
      FROM keyed x
  ),
  page AS MATERIALIZED (
    SELECT x.*, COALESCE(${a.asOf}::date, (now() AT TIME ZONE x.time_zone)::date) AS today
      FROM keyed x
     WHERE ${after(x)}
     ORDER BY ${order(x)}
     LIMIT ${a.limit}
  ),
  per_assignment AS (
    SELECT s.client_id, due.d7, due.d28, LEAST(due.d7, done.n7) AS c7, LEAST(due.d28, done.n28) AS c28
      FROM page c
      -- An assignment that ended before the 28-day window has nothing due in it: its schedule is not expanded.
      JOIN assignment s ON s.practice_id = c.practice_id AND s.client_id = c.id
                       AND (s.ended_on IS NULL OR s.ended_on >= c.today - 27)
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE d BETWEEN c.today - 6 AND c.today)::int AS d7,
               count(*) FILTER (WHERE d BETWEEN c.today - 27 AND c.today)::int AS d28
          FROM assignment_due_dates(s.start_on, s.recurrence, s.pauses, s.ended_on) AS d
         WHERE d BETWEEN c.today - 27 AND c.today
      ) due
      CROSS JOIN LATERAL (
        SELECT (count(*) FILTER (WHERE n.done_on >= c.today - 6))::int AS n7, count(*)::int AS n28 FROM entry n
         WHERE n.practice_id = s.practice_id AND n.client_id = s.client_id AND n.assignment_id = s.id
           AND n.done_on BETWEEN c.today - 27 AND c.today
      ) done
  ),
  adherence AS (
    SELECT client_id, sum(d7)::int AS due7, sum(c7)::int AS done7, sum(d28)::int AS due28, sum(c28)::int AS done28
      FROM per_assignment GROUP BY client_id
  ),
  readiness AS (
    SELECT c.id AS client_id,
           json_agg(json_build_array(${join(
             READINESS_COLUMNS.map(([, e]) => e),
             ', ',
           )}) ORDER BY n.created_at) AS experiments
      FROM ${readinessExperimentsFrom(sql`page c`, sql`c.practice_id`)}
     GROUP BY c.id
  )
  SELECT s.total, s.flagged, s.remaining,
         c.id, c.display_name, c.email, c.current_rung, c.time_zone, c.version, c.created_at, c.today::text AS today,
         COALESCE(ad.due7, 0) AS due7, COALESCE(ad.done7, 0) AS done7,
         COALESCE(ad.due28, 0) AS due28, COALESCE(ad.done28, 0) AS done28,
         COALESCE(c.sort_activity,
           (SELECT max(n.updated_at) FROM entry n WHERE n.practice_id = c.practice_id AND n.client_id = c.id)) AS last_activity_at,
         (SELECT count(*)::int FROM entry n
           WHERE n.practice_id = c.practice_id AND n.client_id = c.id AND n.sharing = 'shared' AND n.read_at IS NULL) AS unread,
         c.open_flags, CASE c.flag_rank WHEN 3 THEN 'explicit' WHEN 1 THEN 'concern' END AS open_risk_tier,
         rd.experiments AS readiness, c.k1::text AS k1, c.k2::text AS k2, c.nk
    FROM summary s
    LEFT JOIN (page c
               LEFT JOIN adherence ad ON ad.client_id = c.id
               LEFT JOIN readiness rd ON rd.client_id = c.id) ON true
   ORDER BY ${order(c)}`;
}

/** GET /caseload's first page without a query: for tools/bench (its EXPLAIN and its own-SQL baseline). */
export const caseloadDefaultPageSql = (practiceId: string, practitionerId: string | null): Sql =>
  caseloadPageSql(caseloadPageArgs(practiceId, practitionerId, CaseloadQuerySchema.parse({}), null));
