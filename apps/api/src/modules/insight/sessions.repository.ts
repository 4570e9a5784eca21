import { Inject, Injectable } from '@nestjs/common';
import type { LocalDate, ReadinessSuggestion } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { changed, type Db, many, one, run, sql } from '../../common/db';
import { readinessExperimentsSql } from './insight.sql';
import type { ReadinessRow } from './readiness';

export interface SessionRow {
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

export interface RungDecisionRow {
  id: string;
  decision: 'approve' | 'decline';
  from_rung: number | null;
  to_rung: number | null;
  note: string | null;
  decided_by: string;
  decided_by_name: string;
  created_at: Date;
}

const SESSION_SELECT = sql`
  SELECT s.*, a.display_name AS practitioner_name FROM client_session s
    JOIN account a ON a.practice_id = s.practice_id AND a.id = s.practitioner_id`;

/** The SQL of sessions (with their private notes) and of rung decisions, with the experiments readiness reads. */
@Injectable()
export class SessionsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** A client's sessions, newest first (at most 200). */
  async listForClient(practiceId: string, clientId: string, db: Db = this.dataSource): Promise<SessionRow[]> {
    return many<SessionRow>(
      db,
      sql`${SESSION_SELECT} WHERE s.practice_id = ${practiceId} AND s.client_id = ${clientId}
           ORDER BY s.held_on DESC, s.created_at DESC LIMIT 200`,
    );
  }

  async byId(practiceId: string, id: string, db: Db = this.dataSource): Promise<SessionRow | undefined> {
    return one<SessionRow>(db, sql`${SESSION_SELECT} WHERE s.practice_id = ${practiceId} AND s.id = ${id}`);
  }

  /** The new session's id. */
  async insert(
    s: {
      practiceId: string;
      clientId: string;
      practitionerId: string;
      heldOn: LocalDate;
      note: string | null;
    },
    db: Db = this.dataSource,
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO client_session (practice_id, client_id, practitioner_id, held_on, note)
          VALUES (${s.practiceId}, ${s.clientId}, ${s.practitionerId}, ${s.heldOn}, ${s.note}) RETURNING id`,
    );
    if (!row) throw new Error('the session insert answered no row');
    return row.id;
  }

  /** The session's client and version, locked (FOR UPDATE) until the transaction ends. */
  async lock(
    practiceId: string,
    id: string,
    db: Db = this.dataSource,
  ): Promise<{ client_id: string; version: number } | undefined> {
    return one<{ client_id: string; version: number }>(
      db,
      sql`SELECT client_id, version FROM client_session WHERE practice_id = ${practiceId} AND id = ${id} FOR UPDATE`,
    );
  }

  /** Changes the day and/or the note (undefined: kept), and bumps the version. */
  async update(
    practiceId: string,
    id: string,
    change: { heldOn?: LocalDate | undefined; note?: string | null | undefined },
    db: Db = this.dataSource,
  ): Promise<void> {
    await changed(
      db,
      sql`UPDATE client_session SET held_on = COALESCE(${change.heldOn ?? null}, held_on),
                 note = CASE WHEN ${change.note !== undefined} THEN ${change.note ?? null} ELSE note END,
                 version = version + 1, updated_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} RETURNING id`,
    );
  }

  /** The client's current rung, the account locked (FOR UPDATE) until the transaction ends; undefined: no such client. */
  async lockRung(
    practiceId: string,
    clientId: string,
    db: Db = this.dataSource,
  ): Promise<{ current_rung: number | null } | undefined> {
    return one<{ current_rung: number | null }>(
      db,
      sql`SELECT current_rung FROM account WHERE practice_id = ${practiceId} AND id = ${clientId} FOR UPDATE`,
    );
  }

  async setRung(
    practiceId: string,
    clientId: string,
    rung: number | null,
    db: Db = this.dataSource,
  ): Promise<void> {
    await run(
      db,
      sql`UPDATE account SET current_rung = ${rung}, version = version + 1
           WHERE practice_id = ${practiceId} AND id = ${clientId}`,
    );
  }

  /** The experiments the readiness rule reads, per client (readinessExperimentsSql), in one statement. */
  async readinessRows(
    practiceId: string,
    clientIds: string[],
    db: Db = this.dataSource,
  ): Promise<ReadinessRow[]> {
    if (clientIds.length === 0) return [];
    return many<ReadinessRow>(db, readinessExperimentsSql(practiceId, clientIds));
  }

  /** The new decision's id; `readiness` is the suggestion as it stood. */
  async insertDecision(
    d: {
      practiceId: string;
      clientId: string;
      decidedBy: string;
      decision: 'approve' | 'decline';
      from: number | null;
      to: number | null;
      note: string | null;
      readiness: ReadinessSuggestion | undefined;
    },
    db: Db = this.dataSource,
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO rung_decision (practice_id, client_id, decided_by, decision, from_rung, to_rung, note, readiness)
          VALUES (${d.practiceId}, ${d.clientId}, ${d.decidedBy}, ${d.decision}, ${d.from}, ${d.to}, ${d.note},
                  ${JSON.stringify(d.readiness)}) RETURNING id`,
    );
    if (!row) throw new Error('the rung decision insert answered no row');
    return row.id;
  }

  /** Decisions with who made them, newest first (at most 100): a client's, or the one with this id. */
  async decisions(
    practiceId: string,
    by: { clientId: string } | { id: string },
    db: Db = this.dataSource,
  ): Promise<RungDecisionRow[]> {
    const match = 'id' in by ? sql`r.id = ${by.id}` : sql`r.client_id = ${by.clientId}`;
    return many<RungDecisionRow>(
      db,
      sql`SELECT r.*, a.display_name AS decided_by_name FROM rung_decision r
            JOIN account a ON a.practice_id = r.practice_id AND a.id = r.decided_by
           WHERE r.practice_id = ${practiceId} AND ${match}
           ORDER BY r.created_at DESC LIMIT 100`,
    );
  }
}
