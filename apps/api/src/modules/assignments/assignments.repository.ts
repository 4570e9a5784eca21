import { Inject, Injectable } from '@nestjs/common';
import type { AssignmentStatus, LocalDate, Pause, Recurrence, Rung } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { changed, type Db, empty, many, one, run, type Sql, sql } from '../../common/db';
import type { CustomExerciseRow } from '../exercises/exercise.view';

export interface AssignmentRow {
  id: string;
  client_id: string;
  template_id: string | null;
  custom_exercise_id: string | null;
  start_on: LocalDate;
  recurrence: Recurrence;
  note: string | null;
  status: AssignmentStatus;
  pauses: Pause[];
  ended_on: LocalDate | null;
  assigned_by: string;
  assigned_by_name: string;
  created_at: Date;
  version: number;
  custom: CustomExerciseRow | null;
}

/** What a new assignment is of: a ladder template or one of the practice's custom exercises. */
export interface AssignmentInsert {
  clientId: string;
  assignedBy: string;
  templateId: string | null;
  customExerciseId: string | null;
  startOn: LocalDate;
  recurrence: Recurrence;
  note: string | null;
}

/** The state an action leaves (applyAssignmentAction in libs/domain). */
export interface AssignmentState {
  status: AssignmentStatus;
  pauses: readonly Pause[];
  endedOn: LocalDate | null;
}

/** The client's rung and the version that If-Match on PUT /clients/:id/rung is checked against. */
export interface RungRow {
  version: number;
  current_rung: number | null;
}

/**
 * An assignment with who assigned it and its custom exercise (null for a template), `columns` (ending in a comma)
 * read before those.
 */
const selectAssignment = (columns: Sql = empty): Sql => sql`
  SELECT s.*, ${columns} b.display_name AS assigned_by_name,
         CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object(
           'id', e.id, 'title', e.title, 'instructions', e.instructions, 'record_type', e.record_type, 'rung', e.rung,
           'target_barriers', e.target_barriers, 'suggested_frequency', e.suggested_frequency) END AS custom
    FROM assignment s
    JOIN account b ON b.practice_id = s.practice_id AND b.id = s.assigned_by
    LEFT JOIN custom_exercise e ON e.practice_id = s.practice_id AND e.id = s.custom_exercise_id`;

/**
 * All SQL of assignments: the schedule a practitioner sets a client, its pause/resume/end, the client's week, and
 * the two client settings these routes change (the current rung, the time zone that says what "today" is).
 */
@Injectable()
export class AssignmentsRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Open ones first, then the newest start; `onlyOpen` leaves out the ended ones. */
  async listForClient(
    practiceId: string,
    clientId: string,
    onlyOpen: boolean,
    db: Db = this.dataSource,
  ): Promise<AssignmentRow[]> {
    return many<AssignmentRow>(
      db,
      sql`${selectAssignment()}
           WHERE s.practice_id = ${practiceId} AND s.client_id = ${clientId}
             AND (${onlyOpen}::boolean IS FALSE OR s.status <> 'ended')
           ORDER BY (s.status = 'ended'), s.start_on DESC, s.created_at DESC, s.id`,
    );
  }

  async find(practiceId: string, id: string, db: Db = this.dataSource): Promise<AssignmentRow | undefined> {
    return one<AssignmentRow>(
      db,
      sql`${selectAssignment()} WHERE s.practice_id = ${practiceId} AND s.id = ${id}`,
    );
  }

  async customExerciseExists(
    practiceId: string,
    exerciseId: string,
    db: Db = this.dataSource,
  ): Promise<boolean> {
    return !!(await one(
      db,
      sql`SELECT 1 FROM custom_exercise WHERE practice_id = ${practiceId} AND id = ${exerciseId}`,
    ));
  }

  /** The new assignment's id. */
  async insert(practiceId: string, a: AssignmentInsert, db: Db = this.dataSource): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO assignment (practice_id, client_id, assigned_by, template_id, custom_exercise_id, start_on, recurrence, note)
          VALUES (${practiceId}, ${a.clientId}, ${a.assignedBy}, ${a.templateId}, ${a.customExerciseId}, ${a.startOn},
                  ${JSON.stringify(a.recurrence)}, ${a.note})
          RETURNING id`,
    );
    if (!row) throw new Error('assignment insert returned nothing');
    return row.id;
  }

  /** The assignment, locked for an action, with its client's time zone (for the day the action falls on). */
  async lockWithClientZone(
    practiceId: string,
    id: string,
    db: Db = this.dataSource,
  ): Promise<(AssignmentRow & { time_zone: string }) | undefined> {
    return one<AssignmentRow & { time_zone: string }>(
      db,
      sql`SELECT s.*, c.time_zone FROM assignment s JOIN account c ON c.practice_id = s.practice_id AND c.id = s.client_id
           WHERE s.practice_id = ${practiceId} AND s.id = ${id} FOR UPDATE OF s`,
    );
  }

  async setState(
    practiceId: string,
    id: string,
    next: AssignmentState,
    db: Db = this.dataSource,
  ): Promise<void> {
    await changed(
      db,
      sql`UPDATE assignment SET status = ${next.status}, pauses = ${JSON.stringify(next.pauses)}, ended_on = ${next.endedOn},
                 version = version + 1, updated_at = now()
           WHERE practice_id = ${practiceId} AND id = ${id} RETURNING id`,
    );
  }

  /**
   * The client's active assignments, each with the days in `window` on which an entry was done against it (in
   * date order), oldest start first.
   */
  async activeWithDoneDays(
    practiceId: string,
    clientId: string,
    window: { from: LocalDate; to: LocalDate },
    db: Db = this.dataSource,
  ): Promise<(AssignmentRow & { done_on: LocalDate[] })[]> {
    const doneOn = sql`ARRAY(SELECT n.done_on::text FROM entry n
                              WHERE n.practice_id = s.practice_id AND n.assignment_id = s.id
                                AND n.done_on BETWEEN ${window.from} AND ${window.to} ORDER BY n.done_on) AS done_on,`;
    return many<AssignmentRow & { done_on: LocalDate[] }>(
      db,
      sql`${selectAssignment(doneOn)}
           WHERE s.practice_id = ${practiceId} AND s.client_id = ${clientId} AND s.status = 'active'
           ORDER BY s.start_on, s.created_at, s.id`,
    );
  }

  /** The client's rung, locked for the change. */
  async lockClientRung(
    practiceId: string,
    clientId: string,
    db: Db = this.dataSource,
  ): Promise<RungRow | undefined> {
    return one<RungRow>(
      db,
      sql`SELECT version, current_rung FROM account
           WHERE practice_id = ${practiceId} AND id = ${clientId} AND role = 'client' FOR UPDATE`,
    );
  }

  async setClientRung(
    practiceId: string,
    clientId: string,
    rung: Rung,
    db: Db = this.dataSource,
  ): Promise<RungRow | undefined> {
    const [updated] = await changed<RungRow>(
      db,
      sql`UPDATE account SET current_rung = ${rung}, version = version + 1
           WHERE practice_id = ${practiceId} AND id = ${clientId}
           RETURNING version, current_rung`,
    );
    return updated;
  }

  async timeZoneOf(
    practiceId: string,
    accountId: string,
    db: Db = this.dataSource,
  ): Promise<string | undefined> {
    const row = await one<{ time_zone: string }>(
      db,
      sql`SELECT time_zone FROM account WHERE practice_id = ${practiceId} AND id = ${accountId}`,
    );
    return row?.time_zone;
  }

  async setTimeZone(
    practiceId: string,
    accountId: string,
    timeZone: string,
    db: Db = this.dataSource,
  ): Promise<void> {
    await run(
      db,
      sql`UPDATE account SET time_zone = ${timeZone} WHERE practice_id = ${practiceId} AND id = ${accountId}`,
    );
  }
}
