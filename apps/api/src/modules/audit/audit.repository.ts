import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Db, many, run, type Sql, sql } from '../../common/db';
import type { AuditEvent } from './audit.event';

/** The audit log's one INSERT, as a fragment: for a read that writes its audit row in the same statement. */
export function auditInsertSql(e: AuditEvent): Sql {
  return sql`INSERT INTO audit_event (practice_id, actor_account_id, actor_role, client_id, action, target_type, target_id, ip, outcome, detail)
    VALUES (${e.practiceId}, ${e.actorAccountId ?? null}, ${e.actorRole ?? null}, ${e.clientId ?? null}, ${e.action},
            ${e.targetType ?? null}, ${e.targetId ?? null}, ${e.ip ?? null}, ${e.outcome},
            ${e.detail ? JSON.stringify(e.detail) : null})`;
}

export interface AuditListFilter {
  clientId: string | null;
  actorId: string | null;
  /** an action prefix, matched literally */
  action: string | null;
  outcome: string | null;
  from: string | null;
  to: string | null;
  /** the id of the last event on the page before */
  before: string | null;
  limit: number;
}

export interface AuditEventRow {
  id: string;
  at: Date;
  actor_account_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  client_id: string | null;
  client_name: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  outcome: string;
}

/** All SQL of the audit log. Append-only: there is no update or delete, and the database refuses them. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async insert(e: AuditEvent, db: Db = this.dataSource): Promise<void> {
    await run(db, auditInsertSql(e));
  }

  /** A practice's events, newest first, `f.limit` of them after `f.before`. */
  async list(practiceId: string, f: AuditListFilter): Promise<AuditEventRow[]> {
    const action = f.action?.replace(/[%_\\]/g, '\\$&') ?? null;
    return many<AuditEventRow>(
      this.dataSource,
      sql`SELECT e.id::text, e.at, e.actor_account_id, a.display_name AS actor_name, e.actor_role, e.client_id,
                 c.display_name AS client_name, e.action, e.target_type, e.target_id, e.ip, e.outcome
            FROM audit_event e
            LEFT JOIN account a ON a.practice_id = e.practice_id AND a.id = e.actor_account_id
            LEFT JOIN account c ON c.practice_id = e.practice_id AND c.id = e.client_id
           WHERE e.practice_id = ${practiceId}
             AND (${f.clientId}::uuid IS NULL OR e.client_id = ${f.clientId})
             AND (${f.actorId}::uuid IS NULL OR e.actor_account_id = ${f.actorId})
             AND (${action}::text IS NULL OR e.action LIKE ${action} || '%')
             AND (${f.outcome}::text IS NULL OR e.outcome = ${f.outcome})
             AND (${f.from}::timestamptz IS NULL OR e.at >= ${f.from})
             AND (${f.to}::timestamptz IS NULL OR e.at < ${f.to})
             AND (${f.before}::bigint IS NULL OR e.id < ${f.before})
           ORDER BY e.id DESC LIMIT ${f.limit}`,
    );
  }
}
