import { Inject, Injectable } from '@nestjs/common';
import type { RiskTier } from '@askwell/domain';
import { z } from 'zod';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import { many, one } from '../../common/db';
import { CursorKey, cursorCodec, type Page, pageOf } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../../common/request';
import { FLAG_RANK } from '../insight/insight.sql';
import { AccessService } from './access.service';

export interface ClientSummary {
  id: string;
  displayName: string;
  email: string;
  joinedAt: string;
  practitioners: { id: string; displayName: string }[];
  currentRung: number | null;
  timeZone: string;
  openRiskFlags: number;
  /** How serious the open flags are, never understated (CaseloadRow.openRiskTier in libs/domain). */
  openRiskTier: RiskTier | null;
  unreadSharedEntries: number;
  lastActivityAt: string | null;
  /** For If-Match on PUT /clients/:id/rung. */
  version: number;
}

interface Row {
  id: string;
  display_name: string;
  /** lower(display_name) as the database sorts it: the page cursor's key. */
  sort_name: string;
  email: string;
  created_at: Date;
  practitioners: { id: string; displayName: string }[] | null;
  current_rung: number | null;
  time_zone: string;
  version: number;
  open_risk_flags: number;
  open_risk_tier: RiskTier | null;
  unread_shared_entries: number;
  last_activity_at: Date | null;
}

const SELECT = `
  SELECT a.id, a.display_name, lower(a.display_name) AS sort_name, a.email, a.created_at, a.current_rung, a.time_zone, a.version,
         rf.open_risk_flags, CASE rf.flag_rank WHEN 3 THEN 'explicit' WHEN 1 THEN 'concern' END AS open_risk_tier,
         (SELECT count(*)::int FROM entry n
           WHERE n.practice_id = a.practice_id AND n.client_id = a.id AND n.sharing = 'shared' AND n.read_at IS NULL) AS unread_shared_entries,
         (SELECT max(n.updated_at) FROM entry n WHERE n.practice_id = a.practice_id AND n.client_id = a.id) AS last_activity_at,
         (SELECT json_agg(json_build_object('id', p.id, 'displayName', p.display_name) ORDER BY p.display_name)
            FROM caseload c JOIN account p ON p.practice_id = c.practice_id AND p.id = c.practitioner_id
           WHERE c.practice_id = a.practice_id AND c.client_id = a.id) AS practitioners
    FROM account a
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS open_risk_flags, COALESCE(max(${FLAG_RANK}), 0) AS flag_rank
        FROM risk_flag f JOIN entry fe ON fe.practice_id = f.practice_id AND fe.id = f.entry_id
       WHERE f.practice_id = a.practice_id AND f.client_id = a.id AND f.acknowledged_at IS NULL
    ) rf`;

const view = (r: Row): ClientSummary => ({
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
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, limit: number, cursor?: string): Promise<Page<ClientSummary>> {
    const after = CLIENTS_CURSOR.decode(cursor);
    const rows = await many<Row>(
      this.dataSource,
      `${SELECT}
        WHERE a.practice_id = $1 AND a.role = 'client'
          AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM caseload c WHERE c.practice_id = a.practice_id AND c.client_id = a.id AND c.practitioner_id = $2))
          AND ($3::text IS NULL OR (lower(a.display_name), a.id) > ($3::text, $4::uuid))
        ORDER BY lower(a.display_name), a.id
        LIMIT $5`,
      [
        actor.practiceId,
        actor.role === 'owner' ? null : actor.accountId,
        after?.[0] ?? null,
        after?.[1] ?? null,
        limit + 1,
      ],
    );
    const page = pageOf(rows, limit, CLIENTS_CURSOR, (r) => [r.sort_name, r.id]);
    return { ...page, items: page.items.map(view) };
  }

  async get(actor: Actor, clientId: string, ctx: RequestMeta): Promise<ClientSummary> {
    await this.access.assertClientVisible(actor, clientId);
    const row = await one<Row>(this.dataSource, `${SELECT} WHERE a.practice_id = $1 AND a.id = $2`, [
      actor.practiceId,
      clientId,
    ]);
    if (!row) throw notFound('The client');
    await this.audit.record({
      practiceId: actor.practiceId,
      actorAccountId: actor.accountId,
      actorRole: actor.role,
      clientId,
      action: 'client.profile.read',
      targetType: 'client',
      targetId: clientId,
      ip: ctx.ip,
      outcome: 'success',
    });
    return view(row);
  }
}
