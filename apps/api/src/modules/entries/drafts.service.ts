/** Drafts: unsent text kept on the server while the client types. */
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import { type DraftRow, DraftsRepository } from './drafts.repository';
import type { DraftView } from '@askwell/domain';

export type { DraftView };

const view = (r: DraftRow): DraftView => ({
  key: r.key,
  data: r.data,
  updatedAt: r.updated_at.toISOString(),
});

/** Unsent text, kept on the server while the client types, so it comes back on any device. */
@Injectable()
export class DraftsService {
  constructor(@Inject(DraftsRepository) private readonly repository: DraftsRepository) {}

  async list(actor: Actor): Promise<DraftView[]> {
    return (await this.repository.ofAccount(actor)).map(view);
  }

  async get(actor: Actor, key: string): Promise<DraftView> {
    const row = await this.repository.byKey(actor, key);
    if (!row) throw notFound('The draft');
    return view(row);
  }

  /** Last write wins: an autosave, not an edit that needs If-Match. */
  async save(
    actor: Actor,
    key: string,
    data: Record<string, unknown>,
  ): Promise<{ key: string; updatedAt: string }> {
    const updatedAt = await this.repository.save(actor, key, data);
    return { key, updatedAt: (updatedAt ?? new Date()).toISOString() };
  }

  async remove(actor: Actor, key: string): Promise<void> {
    await this.repository.remove(actor, key);
  }
}
