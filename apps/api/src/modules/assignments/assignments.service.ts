import { Inject, Injectable } from '@nestjs/common';
import {
  type AssignmentAction,
  type AssignmentCreate,
  addDays,
  applyAssignmentAction,
  expandSchedule,
  getTemplate,
  isoWeekday,
  type LocalDate,
  localDateOf,
  type Rung,
} from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type IfMatchHeader, type RequestKey, type RequestMeta } from '../../common/request';
import { AppError, notFound, orFail } from '../../common/app-error';
import { type Db } from '../../common/db';
import { IdempotencyService } from '../../common/idempotency';
import { AuditService } from '../audit/audit.service';
import { AccessService } from '../clients/access.service';
import { assignmentView, occurrenceStatuses } from './assignment.view';
import { AssignmentsRepository } from './assignments.repository';
import type { PersonRef, AssignmentView, OccurrenceStatus, WeekView } from '@askwell/domain';

export type { PersonRef, AssignmentView, OccurrenceStatus, WeekView };

/** Monday to Sunday around `date`. */
function isoWeekAround(date: LocalDate): { from: LocalDate; to: LocalDate } {
  const from = addDays(date, 1 - isoWeekday(date));
  return { from, to: addDays(from, 6) };
}

/** Assignments: what a practitioner sets a client on a schedule, its state machine, and the client's week. */
@Injectable()
export class AssignmentsService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AssignmentsRepository) private readonly repository: AssignmentsRepository,
    @Inject(AccessService) private readonly access: AccessService,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async listForClient(actor: Actor, clientId: string, onlyOpen = false): Promise<AssignmentView[]> {
    await this.access.assertClientVisible(actor, clientId);
    const rows = await this.repository.listForClient(actor.practiceId, clientId, onlyOpen);
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
      if (
        ref.source === 'custom' &&
        !(await this.repository.customExerciseExists(actor.practiceId, ref.exerciseId, tx))
      )
        throw invalidExercise('exerciseRef.exerciseId', 'There is no custom exercise with this id.');
      const id = await this.repository.insert(
        actor.practiceId,
        {
          clientId,
          assignedBy: actor.accountId,
          templateId: ref.source === 'template' ? ref.templateId : null,
          customExerciseId: ref.source === 'custom' ? ref.exerciseId : null,
          startOn: input.startOn,
          recurrence: input.recurrence,
          note: input.note,
        },
        tx,
      );
      await this.audit.note(
        actor,
        ctx,
        { action: 'assignment.create', clientId, target: ['assignment', id] },
        tx,
      );
      return this.getIn(tx, actor.practiceId, id);
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
      const row = await this.repository.lockWithClientZone(actor.practiceId, id, tx);
      if (!row || !(await this.access.canSeeClient(actor, row.client_id, tx)))
        throw notFound('The assignment');
      ifMatch.check(row.version);
      const day = on ?? localDateOf(new Date(), row.time_zone);
      const next = orFail(
        applyAssignmentAction({ status: row.status, pauses: row.pauses, endedOn: row.ended_on }, action, day),
      );
      await this.repository.setState(actor.practiceId, id, next, tx);
      await this.audit.note(
        actor,
        ctx,
        {
          action: `assignment.${action}`,
          clientId: row.client_id,
          target: ['assignment', id],
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
      const current = await this.repository.lockClientRung(actor.practiceId, clientId, tx);
      if (!current) throw notFound('The client');
      ifMatch.check(current.version);
      const updated = await this.repository.setClientRung(actor.practiceId, clientId, rung, tx);
      await this.audit.note(
        actor,
        ctx,
        {
          action: 'client.rung.set',
          clientId,
          target: ['client', clientId],
          detail: { from: current.current_rung, to: rung },
        },
        tx,
      );
      return { version: updated?.version ?? current.version + 1, currentRung: updated?.current_rung ?? rung };
    });
  }

  /** The client's week: what is due, done, overdue and still to come, per open assignment. */
  async week(actor: Actor, on: LocalDate | undefined): Promise<WeekView> {
    const zone = await this.repository.timeZoneOf(actor.practiceId, actor.accountId);
    const today = on ?? localDateOf(new Date(), zone ?? 'UTC');
    const window = isoWeekAround(today);
    const rows = await this.repository.activeWithDoneDays(actor.practiceId, actor.accountId, window);
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
    await this.repository.setTimeZone(actor.practiceId, actor.accountId, timeZone);
    return { timeZone };
  }

  private async getIn(db: Db, practiceId: string, id: string): Promise<AssignmentView> {
    const row = await this.repository.find(practiceId, id, db);
    if (!row) throw notFound('The assignment');
    return assignmentView(row);
  }
}

function invalidExercise(path: string, message: string): AppError {
  return new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
    { path, message },
  ]);
}
