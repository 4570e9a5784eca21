import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate, RungDecision, SessionCreate, SessionUpdate } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type IfMatchHeader, type RequestKey, type RequestMeta } from '../../common/request';
import { AppError, notFound } from '../../common/app-error';
import { changed, type Db, many, one } from '../../common/db';
import {} from '../../common/etag';
import { IdempotencyService } from '../../common/idempotency';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { readinessFor } from './readiness';
import type { SessionView, RungDecisionView } from '@askwell/domain';

export type { SessionView, RungDecisionView };

interface SessionRow {
  id: string;
  client_id: string;
  held_on: LocalDate;
  note: string | null;
  practitioner_id: string;
  practitioner_name: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SESSION_SELECT = `
  SELECT s.*, a.display_name AS practitioner_name FROM client_session s
    JOIN account a ON a.practice_id = s.practice_id AND a.id = s.practitioner_id`;

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

/** Sessions with their private notes, and the practitioner's decisions on moving a client up the ladder. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, clientId: string): Promise<SessionView[]> {
    await this.access.assertClientVisible(actor, clientId);
    const rows = await many<SessionRow>(
      this.dataSource,
      `${SESSION_SELECT} WHERE s.practice_id = $1 AND s.client_id = $2 ORDER BY s.held_on DESC, s.created_at DESC LIMIT 200`,
      [actor.practiceId, clientId],
    );
    return rows.map(sessionView);
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
      const created = await one<{ id: string }>(
        tx,
        `INSERT INTO client_session (practice_id, client_id, practitioner_id, held_on, note) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [actor.practiceId, clientId, actor.accountId, input.heldOn, input.note],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId,
          action: 'session.create',
          targetType: 'session',
          targetId: created?.id ?? null,
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
      return this.getIn(tx, actor.practiceId, created?.id ?? '');
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
      const row = await one<{ client_id: string; version: number }>(
        tx,
        `SELECT client_id, version FROM client_session WHERE practice_id = $1 AND id = $2 FOR UPDATE`,
        [actor.practiceId, id],
      );
      if (!row || !(await this.access.canSeeClient(actor, row.client_id, tx))) throw notFound('The session');
      ifMatch.check(row.version);
      await changed(
        tx,
        `UPDATE client_session SET held_on = COALESCE($3, held_on), note = CASE WHEN $4 THEN $5 ELSE note END,
                version = version + 1, updated_at = now()
          WHERE practice_id = $1 AND id = $2 RETURNING id`,
        [actor.practiceId, id, input.heldOn ?? null, input.note !== undefined, input.note ?? null],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId: row.client_id,
          action: 'session.update',
          targetType: 'session',
          targetId: id,
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
      return this.getIn(tx, actor.practiceId, id);
    });
  }

  private async getIn(db: Db, practiceId: string, id: string): Promise<SessionView> {
    const row = await one<SessionRow>(db, `${SESSION_SELECT} WHERE s.practice_id = $1 AND s.id = $2`, [
      practiceId,
      id,
    ]);
    if (!row) throw notFound('The session');
    return sessionView(row);
  }

  async decisions(actor: Actor, clientId: string): Promise<RungDecisionView[]> {
    await this.access.assertClientVisible(actor, clientId);
    return this.loadDecisions(this.dataSource, actor.practiceId, { clientId });
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
      const client = await one<{ current_rung: number | null }>(
        tx,
        `SELECT current_rung FROM account WHERE practice_id = $1 AND id = $2 FOR UPDATE`,
        [actor.practiceId, clientId],
      );
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
      const readiness = (await readinessFor(tx, actor.practiceId, [clientId])).get(clientId);
      const created = await one<{ id: string }>(
        tx,
        `INSERT INTO rung_decision (practice_id, client_id, decided_by, decision, from_rung, to_rung, note, readiness)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          actor.practiceId,
          clientId,
          actor.accountId,
          input.decision,
          from,
          to,
          input.note,
          JSON.stringify(readiness),
        ],
      );
      if (input.decision === 'approve') {
        await tx.query(
          `UPDATE account SET current_rung = $3, version = version + 1 WHERE practice_id = $1 AND id = $2`,
          [actor.practiceId, clientId, to],
        );
      }
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId,
          action: `client.rung.${input.decision}`,
          targetType: 'client',
          targetId: clientId,
          ip: ctx.ip,
          outcome: 'success',
          detail: { from, to, ready: readiness?.ready ?? false },
        },
        tx,
      );
      const [view] = await this.loadDecisions(tx, actor.practiceId, { id: created?.id ?? '' });
      if (!view) throw notFound('The decision');
      return view;
    });
  }

  private async loadDecisions(
    db: Db,
    practiceId: string,
    by: { clientId: string } | { id: string },
  ): Promise<RungDecisionView[]> {
    const rows = await many<{
      id: string;
      decision: 'approve' | 'decline';
      from_rung: number | null;
      to_rung: number | null;
      note: string | null;
      decided_by: string;
      decided_by_name: string;
      created_at: Date;
    }>(
      db,
      `SELECT r.*, a.display_name AS decided_by_name FROM rung_decision r
         JOIN account a ON a.practice_id = r.practice_id AND a.id = r.decided_by
        WHERE r.practice_id = $1 AND ${'id' in by ? 'r.id' : 'r.client_id'} = $2
        ORDER BY r.created_at DESC LIMIT 100`,
      [practiceId, 'id' in by ? by.id : by.clientId],
    );
    return rows.map((r) => ({
      id: r.id,
      decision: r.decision,
      fromRung: r.from_rung,
      toRung: r.to_rung,
      note: r.note,
      decidedBy: { id: r.decided_by, displayName: r.decided_by_name },
      createdAt: r.created_at.toISOString(),
    }));
  }
}
