/** All SQL of the risk re-screen (risk-rescreen.ts): the batch of entries to read again, their flags, the writes. */
import { Inject, Injectable } from '@nestjs/common';
import type { EntryKind, RiskTier } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { changed, type Db, many, one, sql } from '../../common/db';
import type { RiskVerdict } from './entry.text';

export interface RescreenEntryRow {
  practice_id: string;
  id: string;
  client_id: string;
  kind: EntryKind;
  body: unknown;
  plan: unknown;
  outcome: unknown;
}

export interface RescreenFlagRow {
  practice_id: string;
  id: string;
  entry_id: string;
  tier: RiskTier | null;
}

/** Entries by (practice, id), as two parallel arrays for unnest. */
const keysOf = (entries: readonly { practice_id: string; id: string }[]) =>
  [entries.map((e) => e.practice_id), entries.map((e) => e.id)] as const;

@Injectable()
export class RiskRescreenRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` entries an older screen than `version` read, none of `skip`, locked FOR UPDATE SKIP LOCKED
   * (another process's batch, or a client's own edit, is never waited for).
   */
  async lockBatch(
    version: number,
    limit: number,
    skip: { practiceIds: string[]; ids: string[] },
    db: Db,
  ): Promise<RescreenEntryRow[]> {
    return many<RescreenEntryRow>(
      db,
      sql`SELECT n.practice_id, n.id, n.client_id, n.kind, n.body, n.plan, n.outcome FROM entry n
           WHERE n.risk_screen_version < ${version}
             AND NOT EXISTS (SELECT 1 FROM unnest(${skip.practiceIds}::uuid[], ${skip.ids}::uuid[]) AS s(practice_id, id)
                              WHERE s.practice_id = n.practice_id AND s.id = n.id)
           LIMIT ${limit} FOR UPDATE OF n SKIP LOCKED`,
    );
  }

  /** Every flag of these entries. */
  async flagsOf(entries: readonly RescreenEntryRow[], db: Db): Promise<RescreenFlagRow[]> {
    const [practiceIds, ids] = keysOf(entries);
    return many<RescreenFlagRow>(
      db,
      sql`SELECT f.practice_id, f.id, f.entry_id, f.tier FROM risk_flag f
            JOIN unnest(${practiceIds}::uuid[], ${ids}::uuid[]) AS e(practice_id, id)
              ON f.practice_id = e.practice_id AND f.entry_id = e.id`,
    );
  }

  /** A new flag on the entry, raised now by the screen of `version`; answers its id. */
  async raise(
    e: RescreenEntryRow,
    v: RiskVerdict & { tier: RiskTier },
    version: number,
    db: Db,
  ): Promise<string> {
    const flag = await one<{ id: string }>(
      db,
      sql`INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version)
          VALUES (${e.practice_id}, ${e.client_id}, ${e.id}, ${v.matches}, ${v.tier}, ${v.category},
                  ${JSON.stringify(v.findings)}, ${version})
          RETURNING id`,
    );
    if (!flag) throw new Error('the risk flag insert returned nothing');
    return flag.id;
  }

  /** The verdict's tier, category and findings on those of `flagIds` still untiered; answers the ids it gave one. */
  async classify(
    practiceId: string,
    flagIds: string[],
    v: RiskVerdict & { tier: RiskTier },
    version: number,
    db: Db,
  ): Promise<string[]> {
    const rows = await changed<{ id: string }>(
      db,
      sql`UPDATE risk_flag SET tier = ${v.tier}, category = ${v.category}, findings = ${JSON.stringify(v.findings)},
                               screen_version = ${version}
           WHERE practice_id = ${practiceId} AND id = ANY(${flagIds}::uuid[]) AND tier IS NULL RETURNING id`,
    );
    return rows.map((r) => r.id);
  }

  /** These entries were read by the screen of `version` (never lowers an entry's version). */
  async markScreened(entries: readonly RescreenEntryRow[], version: number, db: Db): Promise<void> {
    const [practiceIds, ids] = keysOf(entries);
    await changed(
      db,
      sql`UPDATE entry n SET risk_screen_version = ${version}
            FROM unnest(${practiceIds}::uuid[], ${ids}::uuid[]) AS e(practice_id, id)
           WHERE n.practice_id = e.practice_id AND n.id = e.id AND n.risk_screen_version < ${version} RETURNING n.id`,
    );
  }
}
