import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_CRISIS_RESOURCES,
  type MemberView,
  type PracticeSettingsUpdateSchema,
  type PracticeView,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Actor } from '../../common/actor';
import { type IfMatchHeader, type RequestMeta } from '../../common/request';
import { notFound } from '../../common/app-error';
import { changed, many, one } from '../../common/db';
import {} from '../../common/etag';
import { AuditService } from '../audit/audit.service';
import { AccountRepository, type PracticeRow } from '../auth/account.repository';

export type { MemberView, PracticeView } from '@askwell/domain';

const view = (p: PracticeRow): PracticeView => ({
  id: p.practice_id,
  name: p.name,
  requireTwoFactor: p.require_two_factor,
  idleTimeoutMinutes: p.idle_timeout_minutes,
  crisisResources: p.crisis_resources ?? DEFAULT_CRISIS_RESOURCES,
  crisisResourcesIsDefault: p.crisis_resources === null,
  version: p.version,
});

@Injectable()
export class PracticeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async get(actor: Actor): Promise<PracticeView> {
    const p = await this.accounts.findPractice(actor.practiceId);
    if (!p) throw notFound('The practice');
    return view(p);
  }

  async update(
    actor: Actor,
    input: z.output<typeof PracticeSettingsUpdateSchema>,
    ifMatch: IfMatchHeader,
    ctx: RequestMeta,
  ): Promise<PracticeView> {
    return this.dataSource.transaction(async (tx) => {
      const current = await one<PracticeRow>(tx, `SELECT * FROM practice WHERE practice_id = $1 FOR UPDATE`, [
        actor.practiceId,
      ]);
      if (!current) throw notFound('The practice');
      ifMatch.check(current.version);
      const [updated] = await changed<PracticeRow>(
        tx,
        `UPDATE practice SET
           name = COALESCE($2, name),
           require_two_factor = COALESCE($3, require_two_factor),
           idle_timeout_minutes = COALESCE($4, idle_timeout_minutes),
           crisis_resources = CASE WHEN $5 THEN $6 ELSE crisis_resources END,
           version = version + 1
         WHERE practice_id = $1 RETURNING *`,
        [
          actor.practiceId,
          input.name ?? null,
          input.requireTwoFactor ?? null,
          input.idleTimeoutMinutes ?? null,
          input.crisisResources !== undefined,
          input.crisisResources ?? null,
        ],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          action: 'practice.settings.update',
          targetType: 'practice',
          targetId: actor.practiceId,
          ip: ctx.ip,
          outcome: 'success',
          detail: { fields: Object.keys(input) },
        },
        tx,
      );
      if (!updated) throw notFound('The practice');
      return view(updated);
    });
  }

  async members(actor: Actor): Promise<MemberView[]> {
    const rows = await many<{
      id: string;
      email: string;
      display_name: string;
      role: 'owner' | 'practitioner';
      totp_enabled_at: Date | null;
      client_count: number;
      created_at: Date;
    }>(
      this.dataSource,
      `SELECT a.id, a.email, a.display_name, a.role, a.totp_enabled_at, a.created_at,
              (SELECT count(*)::int FROM caseload c WHERE c.practice_id = a.practice_id AND c.practitioner_id = a.id) AS client_count
         FROM account a WHERE a.practice_id = $1 AND a.role IN ('owner', 'practitioner') ORDER BY a.role DESC, a.display_name`,
      [actor.practiceId],
    );
    return rows.map((r) => ({
      id: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      twoFactorEnabled: r.totp_enabled_at !== null,
      clientCount: r.client_count,
      createdAt: r.created_at.toISOString(),
    }));
  }
}
