/** The risk re-screen of stored entries: which flags a newer screen raises or classifies, batch by batch. */
import { RISK_SCREEN_VERSION, type RiskTier } from '@askwell/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { auditEvent, AuditService } from '../audit/audit.service';
import { riskOfEntry, type RiskVerdict } from './entry.text';
import {
  type RescreenEntryRow,
  type RescreenFlagRow,
  RiskRescreenRepository,
} from './risk-rescreen.repository';

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

type EntryRow = RescreenEntryRow;

const RANK: Record<RiskTier, number> = { concern: 1, explicit: 2 };
const rank = (t: RiskTier | null): number => (t === null ? 0 : RANK[t]);

const empty = (): RescreenSummary => ({ entries: 0, raised: 0, classified: 0, failed: 0 });

/**
 * What a run writes with: its statements, and the audit log (the system acts: no actor, no request). Built from
 * the DataSource, as the CLI (`npm run db:rescreen`) runs it without the API's module graph.
 */
export interface RescreenWriters {
  repository: RiskRescreenRepository;
  audit: AuditService;
}
type Rescreen = RescreenWriters & { ds: DataSource };

/** The audit row of a flag the re-screen raised or classified: the entry id and the screen version, never text. */
const flagEvent = (action: string, e: EntryRow, flagId: string, version: number) =>
  auditEvent({ practiceId: e.practice_id, actor: null }, null, {
    action,
    clientId: e.client_id,
    target: ['risk_flag', flagId],
    detail: { entryId: e.id, screenVersion: version },
  });

async function raise(
  r: Rescreen,
  tx: EntityManager,
  e: EntryRow,
  v: RiskVerdict & { tier: RiskTier },
  version: number,
): Promise<void> {
  const id = await r.repository.raise(e, v, version, tx);
  await r.audit.record(flagEvent('risk_flag.raise', e, id, version), tx);
}

async function classify(
  r: Rescreen,
  tx: EntityManager,
  e: EntryRow,
  flags: RescreenFlagRow[],
  v: RiskVerdict & { tier: RiskTier },
  version: number,
): Promise<number> {
  const ids = await r.repository.classify(
    e.practice_id,
    flags.map((f) => f.id),
    v,
    version,
    tx,
  );
  for (const id of ids) await r.audit.record(flagEvent('risk_flag.classify', e, id, version), tx);
  return ids.length;
}

/**
 * One batch in one transaction: up to `batchSize` entries read by an older screen that no other transaction
 * holds, minus `skip` (entries that failed earlier in this run). Answers what it did; `entries` 0 means done.
 */
async function rescreenBatch(
  r: Rescreen,
  batchSize: number,
  skip: { practiceIds: string[]; ids: string[] },
  onError: (entryId: string, error: unknown) => void,
  version: number = RISK_SCREEN_VERSION,
): Promise<RescreenSummary & { failedEntries: EntryRow[] }> {
  return r.ds.transaction(async (tx) => {
    const entries = await r.repository.lockBatch(version, batchSize, skip, tx);
    const summary = { ...empty(), failedEntries: [] as EntryRow[] };
    if (entries.length === 0) return summary;
    const flags = await r.repository.flagsOf(entries, tx);
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
        await raise(r, tx, e, verdict, version);
        summary.raised += 1;
      } else if (untiered.length > 0) {
        summary.classified += await classify(r, tx, e, untiered, verdict, version);
      } else if (rank(verdict.tier) > highest) {
        await raise(r, tx, e, verdict, version);
        summary.raised += 1;
      }
    }
    if (read.length > 0) await r.repository.markScreened(read, version, tx);
    summary.entries = read.length;
    return summary;
  });
}

/** Every batch until none is left (or `shouldStop`). Safe to run again, and beside another process doing the same. */
export async function rescreenAll(
  ds: DataSource,
  options: RescreenOptions = {},
  writers: RescreenWriters = {
    repository: new RiskRescreenRepository(ds),
    audit: new AuditService(new AuditRepository(ds)),
  },
): Promise<RescreenSummary> {
  const batchSize = options.batchSize ?? 200;
  const onError = options.onError ?? (() => undefined);
  const total = empty();
  const skip = { practiceIds: [] as string[], ids: [] as string[] };
  const r: Rescreen = { ds, ...writers };
  while (!(options.shouldStop?.() ?? false)) {
    const b = await rescreenBatch(r, batchSize, skip, onError);
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
