import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Db } from '../../common/db';

export type AuditOutcome = 'success' | 'denied' | 'failure';

export interface AuditEvent {
  practiceId: string;
  actorAccountId?: string | null;
  actorRole?: Role | null;
  clientId?: string | null;
  /** dotted verb, e.g. 'auth.login', 'client.entries.read', 'practice.settings.update' */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  ip?: string | null;
  outcome: AuditOutcome;
  detail?: Record<string, unknown> | null;
}

/**
 * The one way to write the audit log. Append-only: there is no update or delete here, and the database
 * refuses them too (trigger in the accounts migration). Pass a transaction's manager to record inside it.
 */
@Injectable()
export class AuditService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(e: AuditEvent, db: Db = this.dataSource): Promise<void> {
    const { sql, params } = auditInsert(e, 0);
    await db.query(sql, params);
  }
}

/**
 * The audit INSERT for `e`, its parameters numbered after the first `offset`: for a read that writes its audit
 * row in the same statement (a data-modifying CTE), so the row exists exactly when the read was answered.
 */
export function auditInsert(e: AuditEvent, offset: number): { sql: string; params: unknown[] } {
  const params = [
    e.practiceId,
    e.actorAccountId ?? null,
    e.actorRole ?? null,
    e.clientId ?? null,
    e.action,
    e.targetType ?? null,
    e.targetId ?? null,
    e.ip ?? null,
    e.outcome,
    e.detail ? JSON.stringify(e.detail) : null,
  ];
  const values = params.map((_, i) => `$${offset + i + 1}`).join(', ');
  return {
    sql: `INSERT INTO audit_event (practice_id, actor_account_id, actor_role, client_id, action, target_type, target_id, ip, outcome, detail)
       VALUES (${values})`,
    params,
  };
}
