import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import { many, one } from '../../common/db';
import type { DraftView } from '@askwell/domain';

export type { DraftView };

interface Row {
  key: string;
  data: Record<string, unknown>;
  updated_at: Date;
}

const view = (r: Row): DraftView => ({ key: r.key, data: r.data, updatedAt: r.updated_at.toISOString() });

/** Unsent text, kept on the server while the client types, so it comes back on any device. */
@Injectable()
export class DraftsService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async list(actor: Actor): Promise<DraftView[]> {
    const rows = await many<Row>(
      this.dataSource,
      `SELECT key, data, updated_at FROM draft WHERE practice_id = $1 AND account_id = $2 ORDER BY updated_at DESC LIMIT 100`,
      [actor.practiceId, actor.accountId],
    );
    return rows.map(view);
  }

  async get(actor: Actor, key: string): Promise<DraftView> {
    const row = await one<Row>(
      this.dataSource,
      `SELECT key, data, updated_at FROM draft WHERE practice_id = $1 AND account_id = $2 AND key = $3`,
      [actor.practiceId, actor.accountId, key],
    );
    if (!row) throw notFound('The draft');
    return view(row);
  }

  /** Last write wins: an autosave, not an edit that needs If-Match. */
  async save(
    actor: Actor,
    key: string,
    data: Record<string, unknown>,
  ): Promise<{ key: string; updatedAt: string }> {
    const row = await one<{ updated_at: Date }>(
      this.dataSource,
      `INSERT INTO draft (practice_id, account_id, key, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (practice_id, account_id, key) DO UPDATE SET data = EXCLUDED.data, updated_at = now()
       RETURNING updated_at`,
      [actor.practiceId, actor.accountId, key, JSON.stringify(data)],
    );
    return { key, updatedAt: (row?.updated_at ?? new Date()).toISOString() };
  }

  async remove(actor: Actor, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM draft WHERE practice_id = $1 AND account_id = $2 AND key = $3`, [
      actor.practiceId,
      actor.accountId,
      key,
    ]);
  }
}
