/** The demo's SQL: each row of the demo practice, written as the API writes it, one statement at a time. */

import { type LocalDate, type Recurrence, RISK_SCREEN_VERSION } from '@askwell/domain';
import { type Db, one, run, sql } from '../common/db';
import { clientTags, type EntryPart, riskOf, suggestionsFor } from '../modules/entries/entry.text';
import type { DemoEntryKind, DemoEntryRow } from './demo-entries';

/** True when the database holds no practice yet (a fresh install). */
export async function isEmpty(db: Db): Promise<boolean> {
  return !(await one(db, sql`SELECT 1 FROM practice LIMIT 1`));
}

/** Whether an account signs in with `email` (the demo practice's owner: the demo is there already). */
export async function emailTaken(db: Db, email: string): Promise<boolean> {
  return !!(await one(db, sql`SELECT 1 FROM account_email WHERE email = ${email}`));
}

/** A demo entry where it is written: whose, against which assignment, when, and who read and reviewed it. */
export interface DemoEntryInsert {
  clientId: string;
  assignmentId: string | null;
  kind: DemoEntryKind;
  occurredOn: LocalDate;
  row: DemoEntryRow;
  /** written and last changed at */
  at: Date;
  lockedAt: Date | null;
  /** read and reviewed at `at` by this practitioner; null: unread */
  reviewedBy: string | null;
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/** Writes into one practice inside the seeding transaction (`tx`). */
export class DemoWriter {
  private constructor(
    private readonly tx: Db,
    readonly practiceId: string,
  ) {}

  /** The demo practice, new, to write into. */
  static async practice(tx: Db): Promise<DemoWriter> {
    const row = await one<{ practice_id: string }>(
      tx,
      sql`INSERT INTO practice (name) VALUES ('Harbour Coaching (demo)') RETURNING practice_id`,
    );
    return new DemoWriter(tx, row?.practice_id ?? '');
  }

  /** The account and its login-directory entry; its id. */
  async account(
    email: string,
    name: string,
    role: 'owner' | 'client',
    passwordHash: string,
  ): Promise<string> {
    const row = await one<{ id: string }>(
      this.tx,
      sql`INSERT INTO account (practice_id, email, display_name, role, password_hash, password_changed_at, time_zone)
          VALUES (${this.practiceId}, ${email}, ${name}, ${role}, ${passwordHash}, now(), 'UTC') RETURNING id`,
    );
    if (!row) throw new Error('demo account insert returned nothing');
    await run(
      this.tx,
      sql`INSERT INTO account_email (email, practice_id, account_id) VALUES (${email}, ${this.practiceId}, ${row.id})`,
    );
    return row.id;
  }

  async setRung(clientId: string, rung: number): Promise<void> {
    await run(
      this.tx,
      sql`UPDATE account SET current_rung = ${rung} WHERE practice_id = ${this.practiceId} AND id = ${clientId}`,
    );
  }

  async addToCaseload(practitionerId: string, clientId: string): Promise<void> {
    await run(
      this.tx,
      sql`INSERT INTO caseload (practice_id, practitioner_id, client_id)
          VALUES (${this.practiceId}, ${practitionerId}, ${clientId})`,
    );
  }

  /** The assignment's id. */
  async assignment(a: {
    clientId: string;
    assignedBy: string;
    templateId: string;
    startOn: LocalDate;
    recurrence: Recurrence;
    note: string;
    createdAt: Date;
  }): Promise<string> {
    const row = await one<{ id: string }>(
      this.tx,
      sql`INSERT INTO assignment (practice_id, client_id, assigned_by, template_id, start_on, recurrence, note, created_at)
          VALUES (${this.practiceId}, ${a.clientId}, ${a.assignedBy}, ${a.templateId}, ${a.startOn},
                  ${JSON.stringify(a.recurrence)}, ${a.note}, ${a.createdAt})
          RETURNING id`,
    );
    if (!row) throw new Error('demo assignment insert returned nothing');
    return row.id;
  }

  async session(clientId: string, practitionerId: string, heldOn: LocalDate, note: string): Promise<void> {
    await run(
      this.tx,
      sql`INSERT INTO client_session (practice_id, client_id, practitioner_id, held_on, note)
          VALUES (${this.practiceId}, ${clientId}, ${practitionerId}, ${heldOn}, ${note})`,
    );
  }

  /** The entry's id. Screened by the current risk screen (tagAndScreen writes what it found). */
  async entry(e: DemoEntryInsert): Promise<string> {
    const readAt = e.reviewedBy === null ? null : e.at;
    const row = await one<{ id: string }>(
      this.tx,
      sql`INSERT INTO entry (practice_id, client_id, assignment_id, kind, sharing, state, occurred_on, done_on, body, plan, outcome,
                             locked_at, read_at, reviewed_at, reviewed_by, created_at, updated_at, risk_screen_version)
          VALUES (${this.practiceId}, ${e.clientId}, ${e.assignmentId}, ${e.kind}, ${e.row.sharing}, ${e.row.state},
                  ${e.occurredOn}, ${e.row.doneOn}, ${json(e.row.body)}, ${json(e.row.plan)}, ${json(e.row.outcome)},
                  ${e.lockedAt}, ${readAt}, ${readAt}, ${e.reviewedBy}, ${e.at}, ${e.at}, ${RISK_SCREEN_VERSION})
          RETURNING id`,
    );
    if (!row) throw new Error('demo entry insert returned nothing');
    return row.id;
  }

  /**
   * The entry's barrier tags, the client's own and the suggested ones (confirmed by the practitioner when
   * `confirm` and the entry is shared), and its risk flag if the screen raises one.
   */
  async tagAndScreen(
    clientId: string,
    practitionerId: string,
    entryId: string,
    part: EntryPart,
    at: Date,
    confirm: boolean,
    shared: boolean,
  ): Promise<void> {
    for (const barrierId of clientTags(part)) {
      await run(
        this.tx,
        sql`INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, changed_by, changed_at)
            VALUES (${this.practiceId}, ${entryId}, ${barrierId}, 'client', ${clientId}, ${at})
            ON CONFLICT DO NOTHING`,
      );
    }
    const confirmed = confirm && shared;
    for (const s of suggestionsFor(part)) {
      await run(
        this.tx,
        sql`INSERT INTO entry_tag (practice_id, entry_id, barrier_id, status, evidence, score, changed_by, changed_at)
            VALUES (${this.practiceId}, ${entryId}, ${s.barrierId}, ${confirmed ? 'confirmed' : 'suggested'},
                    ${s.evidence}, ${s.score}, ${confirmed ? practitionerId : null}, ${at})
            ON CONFLICT (practice_id, entry_id, barrier_id) DO NOTHING`,
      );
    }
    const risk = riskOf(part);
    if (risk.flagged) {
      await run(
        this.tx,
        sql`INSERT INTO risk_flag (practice_id, client_id, entry_id, matches, tier, category, findings, screen_version, raised_at)
            VALUES (${this.practiceId}, ${clientId}, ${entryId}, ${risk.matches}, ${risk.tier}, ${risk.category},
                    ${JSON.stringify(risk.findings)}, ${RISK_SCREEN_VERSION}, ${at})`,
      );
    }
  }

  /** The practitioner's approval of the move from `from` to `to`. */
  async rungDecision(clientId: string, decidedBy: string, from: number, to: number, at: Date): Promise<void> {
    await run(
      this.tx,
      sql`INSERT INTO rung_decision (practice_id, client_id, decided_by, decision, from_rung, to_rung, note, readiness, created_at)
          VALUES (${this.practiceId}, ${clientId}, ${decidedBy}, 'approve', ${from}, ${to},
                  'Moved up after talking it through.', '{}', ${at})`,
    );
  }
}
