/** All SQL of drafts: a client's unsent text, one row per (account, key). */
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type Db, many, one, run, sql } from '../../common/db';

export interface DraftRow {
  key: string;
  data: Record<string, unknown>;
  updated_at: Date;
}

@Injectable()
export class DraftsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The account's drafts, the latest saved first (100 at most). */
  async ofAccount(actor: Actor): Promise<DraftRow[]> {
    return many<DraftRow>(
      this.dataSource,
      sql`SELECT key, data, updated_at FROM draft WHERE practice_id = ${actor.practiceId} AND account_id = ${actor.accountId}
           ORDER BY updated_at DESC LIMIT 100`,
    );
  }

  async byKey(actor: Actor, key: string): Promise<DraftRow | undefined> {
    return one<DraftRow>(
      this.dataSource,
      sql`SELECT key, data, updated_at FROM draft
           WHERE practice_id = ${actor.practiceId} AND account_id = ${actor.accountId} AND key = ${key}`,
    );
  }

  /** Writes the draft, or replaces the one under its key; answers when. */
  async save(actor: Actor, key: string, data: Record<string, unknown>): Promise<Date | undefined> {
    const row = await one<{ updated_at: Date }>(
      this.dataSource,
      sql`INSERT INTO draft (practice_id, account_id, key, data)
          VALUES (${actor.practiceId}, ${actor.accountId}, ${key}, ${JSON.stringify(data)})
          ON CONFLICT (practice_id, account_id, key) DO UPDATE SET data = EXCLUDED.data, updated_at = now()
          RETURNING updated_at`,
    );
    return row?.updated_at;
  }

  /** Removes the draft (nothing when there is none). */
  async remove(actor: Actor, key: string, db: Db = this.dataSource): Promise<void> {
    await run(
      db,
      sql`DELETE FROM draft WHERE practice_id = ${actor.practiceId} AND account_id = ${actor.accountId} AND key = ${key}`,
    );
  }
}
