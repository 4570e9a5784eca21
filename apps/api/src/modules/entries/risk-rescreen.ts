import { type EntryKind, RISK_SCREEN_VERSION, type RiskTier } from '@askwell/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { changed, many, one } from '../../common/db';
import { auditInsert } from '../audit/audit.service';
import { riskOfEntry, type RiskVerdict } from './entry.text';

/**
 * Reads again, once, every entry an older risk screen read (entry.risk_screen_version < RISK_SCREEN_VERSION), so
 * flags the older screen missed appear and the untiered screen's flags gain a tier. Per entry, with the current
 * screen's verdict over all its free text:
 *  - flagged, and the entry has no flag: a new flag (raised now, at the current version), audited as
 *    'risk_flag.raise' by the system (no actor) with the entry id and the screen version, never the text;
 *  - flagged, and the entry has untiered flags: those get the tier, category and findings ('risk_flag.classify');
 *  - flagged more seriously than every tiered flag of the entry (a later screen finding explicit risk where an
 *    earlier one found concern): a new flag, as above;
 *  - anything else: nothing. A re-screen never removes a flag, never lowers one, and never touches whether or by
 *    whom it was acknowledged.
 * Then the entry records the version, so a second run finds nothing to do.
 *
 * Batches of entries, each in its own transaction, locked with FOR UPDATE SKIP LOCKED: two API processes (or the
 * CLI beside one) share the work without reading an entry twice, and a client's own edit (which locks the entry)
 * is never waited for; an entry skipped that way is read by the next batch, run or start.
 */
export interface RescreenSummary {
  /** Entries read again. */
  entries: number;
  /** New flags raised. */
  raised: number;
  /** Untiered flags given a tier. */
  classified: number;
  /** Entries whose reading failed (left at their version, read again at the next start). */
  failed: number;
}

export interface RescreenOptions {
  batchSize?: number;
  /** Asked between batches: true stops the run (shutdown). */
  shouldStop?: () => boolean;
  /** Reports an entry that could not be read (its id only: never its text). */
  onError?: (entryId: string, error: unknown) => void;
  /** Between batches, so requests get the (embedded database's single) connection in between. */
  pause?: () => Promise<void>;
}

interface EntryRow {
  practice_id: string;
  id: string;
  client_id: string;
  kind: EntryKind;
  body: unknown;
  plan: unknown;
  outcome: unknown;
}

interface FlagRow {
  practice_id: string;
  id: string;
  entry_id: string;
  tier: RiskTier | null;
}

const RANK: Record<RiskTier, number> = { concern: 1, explicit: 2 };
const rank = (t: RiskTier | null): number => (t === null ? 0 : RANK[t]);

const empty = (): RescreenSummary => ({ entries: 0, raised: 0, classified: 0, failed: 0 });

async function raise(
  tx: EntityManager,
  e: EntryRow,
  v: RiskVerdict & { tier: RiskTier },
  version: number,
): Promise<void> {
  const flag = await one<{ id: string }>(
    tx,
    `INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [e.practice_id, e.client_id, e.id, v.matches, v.tier, v.category, JSON.stringify(v.findings), version],
  );
  if (!flag) throw new Error('the risk flag insert returned nothing');
  const audit = auditInsert(
    {
      practiceId: e.practice_id,
      actorAccountId: null,
      actorRole: null,
      clientId: e.client_id,
      action: 'risk_flag.raise',
      targetType: 'risk_flag',
      targetId: flag.id,
      outcome: 'success',
      detail: { entryId: e.id, screenVersion: version },
    },
    0,
  );
  await tx.query(audit.sql, audit.params);
}

async function classify(
  tx: EntityManager,
  e: EntryRow,
  flags: FlagRow[],
  v: RiskVerdict & { tier: RiskTier },
  version: number,
): Promise<number> {
  const rows = await changed<{ id: string }>(
    tx,
    `UPDATE risk_flag SET tier = $3, category = $4, findings = $5, screen_version = $6
      WHERE practice_id = $1 AND id = ANY($2::uuid[]) AND tier IS NULL RETURNING id`,
    [e.practice_id, flags.map((f) => f.id), v.tier, v.category, JSON.stringify(v.findings), version],
  );
  for (const r of rows) {
    const audit = auditInsert(
      {
        practiceId: e.practice_id,
        actorAccountId: null,
        actorRole: null,
        clientId: e.client_id,
        action: 'risk_flag.classify',
        targetType: 'risk_flag',
        targetId: r.id,
        outcome: 'success',
        detail: { entryId: e.id, screenVersion: version },
      },
      0,
    );
    await tx.query(audit.sql, audit.params);
  }
  return rows.length;
}

/**
 * One batch in one transaction: up to `batchSize` entries read by an older screen that no other transaction
 * holds, minus `skip` (entries that failed earlier in this run). Answers what it did; `entries` 0 means done.
 */
export async function rescreenBatch(
  ds: DataSource,
  batchSize: number,
  skip: { practiceIds: string[]; ids: string[] },
  onError: (entryId: string, error: unknown) => void,
  version: number = RISK_SCREEN_VERSION,
): Promise<RescreenSummary & { failedEntries: EntryRow[] }> {
  return ds.transaction(async (tx) => {
    const entries = await many<EntryRow>(
      tx,
      `SELECT n.practice_id, n.id, n.client_id, n.kind, n.body, n.plan, n.outcome FROM entry n
        WHERE n.risk_screen_version < $1
          AND NOT EXISTS (SELECT 1 FROM unnest($3::uuid[], $4::uuid[]) AS s(practice_id, id)
                           WHERE s.practice_id = n.practice_id AND s.id = n.id)
        LIMIT $2 FOR UPDATE OF n SKIP LOCKED`,
      [version, batchSize, skip.practiceIds, skip.ids],
    );
    const summary = { ...empty(), failedEntries: [] as EntryRow[] };
    if (entries.length === 0) return summary;
    const flags = await many<FlagRow>(
      tx,
      `SELECT f.practice_id, f.id, f.entry_id, f.tier FROM risk_flag f
         JOIN unnest($1::uuid[], $2::uuid[]) AS e(practice_id, id) ON f.practice_id = e.practice_id AND f.entry_id = e.id`,
      [entries.map((e) => e.practice_id), entries.map((e) => e.id)],
    );
    const read: EntryRow[] = [];
    for (const e of entries) {
      let v: RiskVerdict;
      try {
        v = riskOfEntry(e);
      } catch (error) {
        onError(e.id, error);
        summary.failed += 1;
        summary.failedEntries.push(e);
        continue;
      }
      read.push(e);
      if (v.tier === null) continue;
      const verdict = { ...v, tier: v.tier };
      const own = flags.filter((f) => f.practice_id === e.practice_id && f.entry_id === e.id);
      const untiered = own.filter((f) => f.tier === null);
      const highest = Math.max(0, ...own.map((f) => rank(f.tier)));
      if (own.length === 0) {
        await raise(tx, e, verdict, version);
        summary.raised += 1;
      } else if (untiered.length > 0) {
        summary.classified += await classify(tx, e, untiered, verdict, version);
      } else if (rank(verdict.tier) > highest) {
        await raise(tx, e, verdict, version);
        summary.raised += 1;
      }
    }
    if (read.length > 0)
      await changed(
        tx,
        `UPDATE entry n SET risk_screen_version = $3
           FROM unnest($1::uuid[], $2::uuid[]) AS e(practice_id, id)
          WHERE n.practice_id = e.practice_id AND n.id = e.id AND n.risk_screen_version < $3 RETURNING n.id`,
        [read.map((e) => e.practice_id), read.map((e) => e.id), version],
      );
    summary.entries = read.length;
    return summary;
  });
}

/** Every batch until none is left (or `shouldStop`). Safe to run again, and beside another process doing the same. */
export async function rescreenAll(ds: DataSource, options: RescreenOptions = {}): Promise<RescreenSummary> {
  const batchSize = options.batchSize ?? 200;
  const onError = options.onError ?? (() => undefined);
  const total = empty();
  const skip = { practiceIds: [] as string[], ids: [] as string[] };
  while (!(options.shouldStop?.() ?? false)) {
    const b = await rescreenBatch(ds, batchSize, skip, onError);
    total.entries += b.entries;
    total.raised += b.raised;
    total.classified += b.classified;
    total.failed += b.failed;
    for (const e of b.failedEntries) {
      skip.practiceIds.push(e.practice_id);
      skip.ids.push(e.id);
    }
    if (b.entries === 0 && b.failed === 0) break;
    await options.pause?.();
  }
  return total;
}
