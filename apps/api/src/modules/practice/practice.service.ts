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
import { AuditService } from '../audit/audit.service';
import { AccountRepository, type PracticeRow } from '../auth/account.repository';
import { PracticeRepository } from './practice.repository';

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

/** The practice and its settings (read by every member, changed by the owner), and its member list. */
@Injectable()
export class PracticeService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccountRepository) private readonly accounts: AccountRepository,
    @Inject(PracticeRepository) private readonly practices: PracticeRepository,
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
      const current = await this.practices.lock(tx, actor.practiceId);
      if (!current) throw notFound('The practice');
      ifMatch.check(current.version);
      const updated = await this.practices.updateSettings(tx, actor.practiceId, input);
      await this.audit.note(
        actor,
        ctx,
        {
          action: 'practice.settings.update',
          target: ['practice', actor.practiceId],
          detail: { fields: Object.keys(input) },
        },
        tx,
      );
      if (!updated) throw notFound('The practice');
      return view(updated);
    });
  }

  async members(actor: Actor): Promise<MemberView[]> {
    const rows = await this.practices.members(actor.practiceId);
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
