import { Inject, Injectable } from '@nestjs/common';
import {
  type AssignmentAction,
  type AssignmentCreate,
  type AssignmentStatus,
  addDays,
  applyAssignmentAction,
  expandSchedule,
  getTemplate,
  isoWeekday,
  type LocalDate,
  localDateOf,
  type Pause,
  type Recurrence,
  type Rung,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type IfMatchHeader, type RequestKey, type RequestMeta } from '../../common/request';
import { AppError, notFound, orFail } from '../../common/app-error';
import { changed, type Db, many, one } from '../../common/db';
import {} from '../../common/etag';
import { IdempotencyService } from '../../common/idempotency';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { type CustomExerciseRow, exerciseOf } from '../exercises/exercise.view';
import type { PersonRef, AssignmentView, OccurrenceStatus, WeekView } from '@askwell/domain';

export type { PersonRef, AssignmentView, OccurrenceStatus, WeekView };

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

export const ASSIGNMENT_SELECT = `
  SELECT s.*, b.display_name AS assigned_by_name,
         CASE WHEN e.id IS NULL THEN NULL ELSE json_build_object(
           'id', e.id, 'title', e.title, 'instructions', e.instructions, 'record_type', e.record_type, 'rung', e.rung,
           'target_barriers', e.target_barriers, 'suggested_frequency', e.suggested_frequency) END AS custom
    FROM assignment s
    JOIN account b ON b.practice_id = s.practice_id AND b.id = s.assigned_by
    LEFT JOIN custom_exercise e ON e.practice_id = s.practice_id AND e.id = s.custom_exercise_id`;

export const assignmentView = (r: AssignmentRow): AssignmentView => ({
  id: r.id,
  clientId: r.client_id,
  exercise: exerciseOf(r.template_id, r.custom),
  startOn: r.start_on,
  recurrence: r.recurrence,
  note: r.note,
  status: r.status,
  pauses: r.pauses,
  endedOn: r.ended_on,
  assignedBy: { id: r.assigned_by, displayName: r.assigned_by_name },
  createdAt: r.created_at.toISOString(),
  version: r.version,
});

/** Monday to Sunday around `date`. */
function isoWeekAround(date: LocalDate): { from: LocalDate; to: LocalDate } {
  const from = addDays(date, 1 - isoWeekday(date));
  return { from, to: addDays(from, 6) };
}

/** Which of the week's occurrences are done: completions cover occurrences in date order (as adherence counts). */
export function occurrenceStatuses(
  due: readonly LocalDate[],
  doneCount: number,
  today: LocalDate,
): { date: LocalDate; status: OccurrenceStatus }[] {
  return due.map((date, i) => ({
    date,
    status: i < doneCount ? 'done' : date < today ? 'overdue' : date === today ? 'due' : 'upcoming',
  }));
}

@Injectable()
export class AssignmentsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async listForClient(actor: Actor, clientId: string, onlyOpen = false): Promise<AssignmentView[]> {
    await this.access.assertClientVisible(actor, clientId);
    const rows = await many<AssignmentRow>(
      this.dataSource,
      `${ASSIGNMENT_SELECT}
        WHERE s.practice_id = $1 AND s.client_id = $2 AND ($3::boolean IS FALSE OR s.status <> 'ended')
        ORDER BY (s.status = 'ended'), s.start_on DESC, s.created_at DESC, s.id`,
      [actor.practiceId, clientId, onlyOpen],
    );
    return rows.map(assignmentView);
  }

  async create(
    actor: Actor,
    clientId: string,
    input: AssignmentCreate,
    requestKey: RequestKey | null,
    ctx: RequestMeta,
  ): Promise<AssignmentView> {
    await this.access.assertClientVisible(actor, clientId);
    const ref = input.exerciseRef;
    if (ref.source === 'template' && !getTemplate(ref.templateId)) {
      throw invalidExercise('exerciseRef.templateId', 'There is no ladder template with this id.');
    }
    return this.idempotency.create(actor, requestKey, async (tx) => {
      if (ref.source === 'custom') {
        const exists = await one(tx, `SELECT 1 FROM custom_exercise WHERE practice_id = $1 AND id = $2`, [
          actor.practiceId,
          ref.exerciseId,
        ]);
        if (!exists)
          throw invalidExercise('exerciseRef.exerciseId', 'There is no custom exercise with this id.');
      }
      const created = await one<{ id: string }>(
        tx,
        `INSERT INTO assignment (practice_id, client_id, assigned_by, template_id, custom_exercise_id, start_on, recurrence, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          actor.practiceId,
          clientId,
          actor.accountId,
          ref.source === 'template' ? ref.templateId : null,
          ref.source === 'custom' ? ref.exerciseId : null,
          input.startOn,
          JSON.stringify(input.recurrence),
          input.note,
        ],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId,
          action: 'assignment.create',
          targetType: 'assignment',
          targetId: created?.id ?? null,
          ip: ctx.ip,
          outcome: 'success',
        },
        tx,
      );
      return this.getIn(tx, actor.practiceId, created?.id ?? '');
    });
  }

  /** Pause, resume or end, on a day in the client's calendar (today there by default). */
  async act(
    actor: Actor,
    id: string,
    action: AssignmentAction,
    on: LocalDate | undefined,
    ifMatch: IfMatchHeader,
    ctx: RequestMeta,
  ): Promise<AssignmentView> {
    return this.dataSource.transaction(async (tx) => {
      const row = await one<AssignmentRow & { time_zone: string }>(
        tx,
        `SELECT s.*, c.time_zone FROM assignment s JOIN account c ON c.practice_id = s.practice_id AND c.id = s.client_id
          WHERE s.practice_id = $1 AND s.id = $2 FOR UPDATE OF s`,
        [actor.practiceId, id],
      );
      if (!row || !(await this.access.canSeeClient(actor, row.client_id, tx)))
        throw notFound('The assignment');
      ifMatch.check(row.version);
      const day = on ?? localDateOf(new Date(), row.time_zone);
      const next = orFail(
        applyAssignmentAction({ status: row.status, pauses: row.pauses, endedOn: row.ended_on }, action, day),
      );
      await changed(
        tx,
        `UPDATE assignment SET status = $3, pauses = $4, ended_on = $5, version = version + 1, updated_at = now()
          WHERE practice_id = $1 AND id = $2 RETURNING id`,
        [actor.practiceId, id, next.status, JSON.stringify(next.pauses), next.endedOn],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId: row.client_id,
          action: `assignment.${action}`,
          targetType: 'assignment',
          targetId: id,
          ip: ctx.ip,
          outcome: 'success',
          detail: { on: day },
        },
        tx,
      );
      return this.getIn(tx, actor.practiceId, id);
    });
  }

  async setRung(
    actor: Actor,
    clientId: string,
    rung: Rung,
    ifMatch: IfMatchHeader,
    ctx: RequestMeta,
  ): Promise<{ version: number; currentRung: number | null }> {
    await this.access.assertClientVisible(actor, clientId);
    return this.dataSource.transaction(async (tx) => {
      const current = await one<{ version: number; current_rung: number | null }>(
        tx,
        `SELECT version, current_rung FROM account WHERE practice_id = $1 AND id = $2 AND role = 'client' FOR UPDATE`,
        [actor.practiceId, clientId],
      );
      if (!current) throw notFound('The client');
      ifMatch.check(current.version);
      const [updated] = await changed<{ version: number; current_rung: number | null }>(
        tx,
        `UPDATE account SET current_rung = $3, version = version + 1 WHERE practice_id = $1 AND id = $2
         RETURNING version, current_rung`,
        [actor.practiceId, clientId, rung],
      );
      await this.audit.record(
        {
          practiceId: actor.practiceId,
          actorAccountId: actor.accountId,
          actorRole: actor.role,
          clientId,
          action: 'client.rung.set',
          targetType: 'client',
          targetId: clientId,
          ip: ctx.ip,
          outcome: 'success',
          detail: { from: current.current_rung, to: rung },
        },
        tx,
      );
      return { version: updated?.version ?? current.version + 1, currentRung: updated?.current_rung ?? rung };
    });
  }

  /** The client's week: what is due, done, overdue and still to come, per open assignment. */
  async week(actor: Actor, on: LocalDate | undefined): Promise<WeekView> {
    const zone = await one<{ time_zone: string }>(
      this.dataSource,
      `SELECT time_zone FROM account WHERE practice_id = $1 AND id = $2`,
      [actor.practiceId, actor.accountId],
    );
    const today = on ?? localDateOf(new Date(), zone?.time_zone ?? 'UTC');
    const window = isoWeekAround(today);
    const rows = await many<AssignmentRow & { done_on: LocalDate[] }>(
      this.dataSource,
      `${ASSIGNMENT_SELECT.replace(
        'SELECT s.*,',
        `SELECT s.*, ARRAY(SELECT n.done_on::text FROM entry n
                            WHERE n.practice_id = s.practice_id AND n.assignment_id = s.id
                              AND n.done_on BETWEEN $3 AND $4 ORDER BY n.done_on) AS done_on,`,
      )}
        WHERE s.practice_id = $1 AND s.client_id = $2 AND s.status = 'active'
        ORDER BY s.start_on, s.created_at, s.id`,
      [actor.practiceId, actor.accountId, window.from, window.to],
    );
    const items = rows
      .map((r) => {
        const due = expandSchedule(
          { startOn: r.start_on, recurrence: r.recurrence, pauses: r.pauses, endedOn: r.ended_on },
          window,
        );
        return {
          assignment: assignmentView(r),
          occurrences: occurrenceStatuses(due, r.done_on.length, today),
        };
      })
      .filter((item) => item.occurrences.length > 0);
    return { weekStart: window.from, weekEnd: window.to, today, items };
  }

  async setTimeZone(actor: Actor, timeZone: string): Promise<{ timeZone: string }> {
    await this.dataSource.query(`UPDATE account SET time_zone = $3 WHERE practice_id = $1 AND id = $2`, [
      actor.practiceId,
      actor.accountId,
      timeZone,
    ]);
    return { timeZone };
  }

  private async getIn(db: Db, practiceId: string, id: string): Promise<AssignmentView> {
    const row = await one<AssignmentRow>(db, `${ASSIGNMENT_SELECT} WHERE s.practice_id = $1 AND s.id = $2`, [
      practiceId,
      id,
    ]);
    if (!row) throw notFound('The assignment');
    return assignmentView(row);
  }
}

function invalidExercise(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
    { path, message },
  ]);
}
