import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/app-error';
import { changed, many, one } from '../../common/db';
import { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../../common/request';
import { AccessService } from '../clients/access.service';
import type { PersonView } from './entries.service';
import type { RiskCategory, RiskFindingView, RiskFlagView, RiskTier } from '@askwell/domain';

export type { RiskFlagView };

interface Row {
  id: string;
  client_id: string;
  entry_id: string;
  sharing: 'shared' | 'private';
  matches: string[];
  tier: RiskTier | null;
  category: RiskCategory | null;
  findings: RiskFindingView[];
  raised_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: PersonView | null;
}

const SELECT = `
  SELECT f.id, f.client_id, f.entry_id, n.sharing, f.matches, f.tier, f.category, f.findings, f.raised_at, f.acknowledged_at,
         CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'displayName', a.display_name, 'role', a.role) END AS acknowledged_by
    FROM risk_flag f
    JOIN entry n ON n.practice_id = f.practice_id AND n.id = f.entry_id
    LEFT JOIN account a ON a.practice_id = f.practice_id AND a.id = f.acknowledged_by`;

const view = (r: Row): RiskFlagView => {
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
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, clientId: string, openOnly: boolean): Promise<RiskFlagView[]> {
    await this.access.assertClientVisible(actor, clientId);
    const rows = await many<Row>(
      this.dataSource,
      `${SELECT} WHERE f.practice_id = $1 AND f.client_id = $2 AND ($3::boolean IS FALSE OR f.acknowledged_at IS NULL)
        ORDER BY f.raised_at DESC, f.id DESC LIMIT 200`,
      [actor.practiceId, clientId, openOnly],
    );
    return rows.map(view);
  }

  async acknowledge(actor: Actor, id: string, ctx: RequestMeta): Promise<RiskFlagView> {
    return this.dataSource.transaction(async (tx) => {
      const flag = await one<{ client_id: string; acknowledged_at: Date | null }>(
        tx,
        `SELECT client_id, acknowledged_at FROM risk_flag WHERE practice_id = $1 AND id = $2 FOR UPDATE`,
        [actor.practiceId, id],
      );
      if (!flag || !(await this.access.canSeeClient(actor, flag.client_id, tx)))
        throw notFound('The risk flag');
      if (flag.acknowledged_at === null) {
        await changed(
          tx,
          `UPDATE risk_flag SET acknowledged_at = now(), acknowledged_by = $3 WHERE practice_id = $1 AND id = $2 RETURNING id`,
          [actor.practiceId, id, actor.accountId],
        );
        await this.audit.record(
          {
            practiceId: actor.practiceId,
            actorAccountId: actor.accountId,
            actorRole: actor.role,
            clientId: flag.client_id,
            action: 'risk_flag.acknowledge',
            targetType: 'risk_flag',
            targetId: id,
            ip: ctx.ip,
            outcome: 'success',
          },
          tx,
        );
      }
      const row = await one<Row>(tx, `${SELECT} WHERE f.practice_id = $1 AND f.id = $2`, [
        actor.practiceId,
        id,
      ]);
      if (!row) throw notFound('The risk flag');
      return view(row);
    });
  }
}
