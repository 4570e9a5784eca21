/** Reading entries: a client's own, a practitioner's view of a client's shared ones, one entry (marked read). */
import { Inject, Injectable } from '@nestjs/common';
import type { EntryKind } from '@askwell/domain';
import { z } from 'zod';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import type { Db } from '../../common/db';
import { CursorKey, cursorCodec, type Page, pageOf } from '../../common/pagination';
import type { RequestMeta } from '../../common/request';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { EntriesRepository, type EntryFilters } from './entries.repository';
import { type EntryView, entryView } from './entry.view';

export type { EntryFilters };

/** Newest first: (created_at, id) of the page's last entry. A client's own list and a practitioner's are apart. */
const ENTRY_KEY = z.tuple([CursorKey.int8, CursorKey.uuid]);
const MY_ENTRIES_CURSOR = cursorCodec('my-entries', ENTRY_KEY);
const CLIENT_ENTRIES_CURSOR = cursorCodec('client-entries', ENTRY_KEY);

/**
 * Entries: the client writes them (entry-create.service.ts, experiment.service.ts), the practitioner reads the
 * shared ones and reviews their barrier tags (entry-review.service.ts). A private entry's text never leaves
 * for a practitioner: every practitioner read filters on sharing = 'shared'.
 */
@Injectable()
export class EntriesService {
  constructor(
    @Inject(EntriesRepository) private readonly entries: EntriesRepository,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async listOwn(
    actor: Actor,
    kind: EntryKind | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<EntryView>> {
    return this.page(actor, actor.accountId, { kind }, false, limit, cursor);
  }

  async listForClient(
    actor: Actor,
    clientId: string,
    filters: EntryFilters,
    limit: number,
    cursor: string | undefined,
    meta: RequestMeta,
  ): Promise<Page<EntryView> & { unreadCount: number }> {
    await this.access.assertClientVisible(actor, clientId);
    const page = await this.page(actor, clientId, filters, true, limit, cursor);
    const unreadCount = await this.entries.unreadCount(actor.practiceId, clientId);
    await this.audit.note(actor, meta, {
      action: 'client.entries.read',
      clientId,
      target: ['client', clientId],
      detail: { count: page.items.length, filters: { ...filters } },
    });
    return { ...page, unreadCount };
  }

  /** One entry: the client's own, or a shared entry of a client the practitioner may see (marks it read). */
  async get(actor: Actor, id: string, meta: RequestMeta): Promise<EntryView> {
    if (actor.role === 'client') return this.viewOf(actor, id, false);
    const entry = await this.viewOf(actor, id, true);
    await this.entries.markRead(actor.practiceId, id);
    await this.audit.note(actor, meta, {
      action: 'entry.read',
      clientId: entry.clientId,
      target: ['entry', id],
    });
    return entry.review && entry.review.readAt === null
      ? { ...entry, review: { ...entry.review, readAt: new Date().toISOString() } }
      : entry;
  }

  /**
   * An entry as `actor` may see it, read through `db` (an update's transaction): the client's own, or for a
   * practitioner a shared entry of a client they may see. Anything else is 404.
   */
  async viewOf(actor: Actor, id: string, forPractitioner: boolean, db?: Db): Promise<EntryView> {
    const row = await this.entries.byId(actor.practiceId, id, db);
    if (!row) throw notFound('The entry');
    if (forPractitioner) {
      if (row.sharing !== 'shared' || !(await this.access.canSeeClient(actor, row.client_id, db))) {
        throw notFound('The entry');
      }
    } else if (row.client_id !== actor.accountId) {
      throw notFound('The entry');
    }
    return entryView(row, forPractitioner);
  }

  private async page(
    actor: Actor,
    clientId: string,
    filters: EntryFilters,
    forPractitioner: boolean,
    limit: number,
    cursor: string | undefined,
  ): Promise<Page<EntryView>> {
    const codec = forPractitioner ? CLIENT_ENTRIES_CURSOR : MY_ENTRIES_CURSOR;
    const rows = await this.entries.page(actor.practiceId, {
      clientId,
      sharedOnly: forPractitioner,
      filters,
      after: codec.decode(cursor) ?? null,
      limit,
    });
    const page = pageOf(rows, limit, codec, (r) => [r.created_us, r.id]);
    return { ...page, items: page.items.map((r) => entryView(r, forPractitioner)) };
  }
}
