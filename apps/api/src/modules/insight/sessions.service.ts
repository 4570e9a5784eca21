import { Inject, Injectable } from '@nestjs/common';
import type { RungDecision, SessionCreate, SessionUpdate } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type IfMatchHeader, type RequestKey, type RequestMeta } from '../../common/request';
import { AppError, notFound } from '../../common/app-error';
import type { Db } from '../../common/db';
import { IdempotencyService } from '../../common/idempotency';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { readinessFromRows } from './readiness';
import { type RungDecisionRow, type SessionRow, SessionsRepository } from './sessions.repository';
import type { SessionView, RungDecisionView } from '@askwell/domain';

export type { SessionView, RungDecisionView };

const sessionView = (r: SessionRow): SessionView => ({
  id: r.id,
  clientId: r.client_id,
  heldOn: r.held_on,
  note: r.note,
  practitioner: { id: r.practitioner_id, displayName: r.practitioner_name },
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const decisionView = (r: RungDecisionRow): RungDecisionView => ({
  id: r.id,
  decision: r.decision,
  fromRung: r.from_rung,
  toRung: r.to_rung,
  note: r.note,
  decidedBy: { id: r.decided_by, displayName: r.decided_by_name },
  createdAt: r.created_at.toISOString(),
});

/** Sessions with their private notes, and the practitioner's decisions on moving a client up the ladder. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(SessionsRepository) private readonly repository: SessionsRepository,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, clientId: string): Promise<SessionView[]> {
    await this.access.assertClientVisible(actor, clientId);
    return (await this.repository.listForClient(actor.practiceId, clientId)).map(sessionView);
  }

  async create(
    actor: Actor,
    clientId: string,
    input: SessionCreate,
    requestKey: RequestKey | null,
    ctx: RequestMeta,
  ): Promise<SessionView> {
    await this.access.assertClientVisible(actor, clientId);
    return this.idempotency.create(actor, requestKey, async (tx) => {
      const id = await this.repository.insert(
        {
          practiceId: actor.practiceId,
          clientId,
          practitionerId: actor.accountId,
          heldOn: input.heldOn,
          note: input.note,
        },
        tx,
      );
      await this.audit.note(actor, ctx, { action: 'session.create', clientId, target: ['session', id] }, tx);
      return this.getIn(tx, actor.practiceId, id);
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: SessionUpdate,
    ifMatch: IfMatchHeader,
    ctx: RequestMeta,
  ): Promise<SessionView> {
    return this.dataSource.transaction(async (tx) => {
      const row = await this.repository.lock(actor.practiceId, id, tx);
      if (!row || !(await this.access.canSeeClient(actor, row.client_id, tx))) throw notFound('The session');
      ifMatch.check(row.version);
      await this.repository.update(actor.practiceId, id, { heldOn: input.heldOn, note: input.note }, tx);
      await this.audit.note(
        actor,
        ctx,
        { action: 'session.update', clientId: row.client_id, target: ['session', id] },
        tx,
      );
      return this.getIn(tx, actor.practiceId, id);
    });
  }

  private async getIn(db: Db, practiceId: string, id: string): Promise<SessionView> {
    const row = await this.repository.byId(practiceId, id, db);
    if (!row) throw notFound('The session');
    return sessionView(row);
  }

  async decisions(actor: Actor, clientId: string): Promise<RungDecisionView[]> {
    await this.access.assertClientVisible(actor, clientId);
    return (await this.repository.decisions(actor.practiceId, { clientId })).map(decisionView);
  }

  /**
   * The practitioner's answer to the readiness suggestion. Approve moves the client one rung up (the suggestion
   * never does on its own); decline records the choice. Both keep the suggestion as it stood, and are audited.
   */
  async decide(
    actor: Actor,
    clientId: string,
    input: RungDecision,
    ctx: RequestMeta,
  ): Promise<RungDecisionView> {
    await this.access.assertClientVisible(actor, clientId);
    return this.dataSource.transaction(async (tx) => {
      const client = await this.repository.lockRung(actor.practiceId, clientId, tx);
      if (!client) throw notFound('The client');
      const from = client.current_rung;
      if (input.decision === 'approve' && (from === null || from >= 6)) {
        throw new AppError(
          'INVALID_TRANSITION',
          'That change does not apply now',
          from === null ? 'Set the client’s current rung first.' : 'The client is already on the top rung.',
        );
      }
      const to = input.decision === 'approve' && from !== null ? from + 1 : from;
      const rows = await this.repository.readinessRows(actor.practiceId, [clientId], tx);
      const readiness = readinessFromRows(rows, [clientId]).get(clientId);
      const id = await this.repository.insertDecision(
        {
          practiceId: actor.practiceId,
          clientId,
          decidedBy: actor.accountId,
          decision: input.decision,
          from,
          to,
          note: input.note,
          readiness,
        },
        tx,
      );
      if (input.decision === 'approve') await this.repository.setRung(actor.practiceId, clientId, to, tx);
      await this.audit.note(
        actor,
        ctx,
        {
          action: `client.rung.${input.decision}`,
          clientId,
          target: ['client', clientId],
          detail: { from, to, ready: readiness?.ready ?? false },
        },
        tx,
      );
      const [view] = await this.repository.decisions(actor.practiceId, { id }, tx);
      if (!view) throw notFound('The decision');
      return decisionView(view);
    });
  }
}
