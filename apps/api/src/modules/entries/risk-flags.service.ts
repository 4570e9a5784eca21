/** Risk flags as a practitioner sees them: the list, and acknowledging one (audited). */
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import type { RequestMeta } from '../../common/request';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { type RiskFlagRow, RiskFlagsRepository } from './risk-flags.repository';
import type { RiskFlagView } from '@askwell/domain';

export type { RiskFlagView };

const view = (r: RiskFlagRow): RiskFlagView => {
  const isPrivate = r.sharing === 'private';
  return {
    id: r.id,
    clientId: r.client_id,
    entryId: isPrivate ? null : r.entry_id,
    private: isPrivate,
    // A private entry's flag says only that it exists and when: no tier, no category, no words.
    tier: isPrivate ? null : r.tier,
    category: isPrivate ? null : r.category,
    findings: isPrivate
      ? []
      : r.findings.map((f) => ({ tier: f.tier, category: f.category, evidence: f.evidence, when: f.when })),
    matches: isPrivate ? [] : r.matches,
    raisedAt: r.raised_at.toISOString(),
    acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
    acknowledgedBy: r.acknowledged_by,
  };
};

/**
 * Risk flags reach the practitioner until acknowledged; acknowledging is audited, and an acknowledged flag stays
 * listed (without ?open=true) with who acknowledged it and when.
 */
@Injectable()
export class RiskFlagsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(RiskFlagsRepository) private readonly flags: RiskFlagsRepository,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, clientId: string, openOnly: boolean): Promise<RiskFlagView[]> {
    await this.access.assertClientVisible(actor, clientId);
    return (await this.flags.ofClient(actor.practiceId, clientId, openOnly)).map(view);
  }

  async acknowledge(actor: Actor, id: string, meta: RequestMeta): Promise<RiskFlagView> {
    return this.dataSource.transaction(async (tx) => {
      const flag = await this.flags.lock(actor.practiceId, id, tx);
      if (!flag || !(await this.access.canSeeClient(actor, flag.client_id, tx)))
        throw notFound('The risk flag');
      if (flag.acknowledged_at === null) {
        await this.flags.acknowledge(actor, id, tx);
        await this.audit.note(
          actor,
          meta,
          { action: 'risk_flag.acknowledge', clientId: flag.client_id, target: ['risk_flag', id] },
          tx,
        );
      }
      const row = await this.flags.byId(actor.practiceId, id, tx);
      if (!row) throw notFound('The risk flag');
      return view(row);
    });
  }
}
