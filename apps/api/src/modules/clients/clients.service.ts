import { Inject, Injectable } from '@nestjs/common';
import type { ClientSummary } from '@askwell/domain';
import { z } from 'zod';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import { CursorKey, cursorCodec, type Page, pageOf } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../../common/request';
import { AccessService } from './access.service';
import { type ClientRow, ClientsRepository } from './clients.repository';

export type { ClientSummary };

const view = (r: ClientRow): ClientSummary => ({
  id: r.id,
  displayName: r.display_name,
  email: r.email,
  joinedAt: r.created_at.toISOString(),
  practitioners: r.practitioners ?? [],
  currentRung: r.current_rung,
  timeZone: r.time_zone,
  openRiskFlags: r.open_risk_flags,
  openRiskTier: r.open_risk_tier,
  unreadSharedEntries: r.unread_shared_entries,
  lastActivityAt: r.last_activity_at?.toISOString() ?? null,
  version: r.version,
});

/** By name (as the database lowers it), then id: the page's last client. */
const CLIENTS_CURSOR = cursorCodec('clients', z.tuple([CursorKey.text, CursorKey.uuid]));

/** The caseload: owner sees every client, a practitioner their own. */
@Injectable()
export class ClientsService {
  constructor(
    @Inject(ClientsRepository) private readonly repository: ClientsRepository,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, limit: number, cursor?: string): Promise<Page<ClientSummary>> {
    const after = CLIENTS_CURSOR.decode(cursor);
    const rows = await this.repository.page(actor.practiceId, {
      practitionerId: actor.role === 'owner' ? null : actor.accountId,
      after,
      limit: limit + 1,
    });
    const page = pageOf(rows, limit, CLIENTS_CURSOR, (r) => [r.sort_name, r.id]);
    return { ...page, items: page.items.map(view) };
  }

  async get(actor: Actor, clientId: string, ctx: RequestMeta): Promise<ClientSummary> {
    await this.access.assertClientVisible(actor, clientId);
    const row = await this.repository.find(actor.practiceId, clientId);
    if (!row) throw notFound('The client');
    await this.audit.note(actor, ctx, {
      action: 'client.profile.read',
      clientId,
      target: ['client', clientId],
    });
    return view(row);
  }
}
