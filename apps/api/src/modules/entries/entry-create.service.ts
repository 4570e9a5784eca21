/** Creating an entry: the assignment's fit, then one statement that writes everything and answers the view. */
import { Inject, Injectable } from '@nestjs/common';
import { type EntryCreate, type EntryKind, localDateOf, type SubmitResult } from '@askwell/domain';
import type { Actor } from '../../common/actor';
import { AppError } from '../../common/app-error';
import { IdempotencyService } from '../../common/idempotency';
import type { RequestKey } from '../../common/request';
import { exerciseOf } from '../exercises/exercise.view';
import { EntriesRepository } from './entries.repository';
import { newEntryWrite, type NewEntryWrite } from './entry.create';
import { createdAnswer, type CreatedRows } from './entry.view';

const invalid = (path: string, message: string): AppError =>
  new AppError('VALIDATION_FAILED', 'The request is not valid', 'Some fields need attention.', [
    { path, message },
  ]);

@Injectable()
export class EntryCreateService {
  constructor(
    @Inject(EntriesRepository) private readonly entries: EntriesRepository,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * One statement after the session's (two with an assignment, whose fit is checked first): the entry, its
   * tags, its risk flag, the draft's removal and the idempotency key are written together, and the statement
   * returns the rows it wrote, which entryView() answers as it answers a read (entry.view.ts). The screen,
   * the suggestions and the client's "today" are computed here, before it.
   */
  async create(
    actor: Actor,
    input: EntryCreate,
    draftKey: string | undefined,
    requestKey: RequestKey | null,
  ): Promise<SubmitResult> {
    let exercise: NewEntryWrite['exercise'] = { templateId: null, customTitle: null };
    if (input.assignmentId !== null) {
      const fit = await this.assignmentFit(actor, input.assignmentId, input.kind);
      if (fit instanceof AppError)
        return createdAnswer(
          await this.idempotency.createInOneStatement<CreatedRows | SubmitResult>(actor, requestKey, {
            refuse: fit,
          }),
        );
      exercise = fit;
    }
    const today = localDateOf(new Date(), actor.timeZone);
    const write = newEntryWrite(actor, input, today, exercise, draftKey);
    const rows = await this.idempotency.createInOneStatement<CreatedRows | SubmitResult>(actor, requestKey, {
      ctes: this.entries.newEntry(write),
    });
    return createdAnswer(rows);
  }

  /** Whether an entry of this kind may be logged for the assignment: the error to answer, or its exercise. */
  private async assignmentFit(
    actor: Actor,
    assignmentId: string,
    kind: EntryKind,
  ): Promise<AppError | NewEntryWrite['exercise']> {
    const a = await this.entries.assignmentFor(actor, assignmentId);
    if (!a) return invalid('assignmentId', 'This is not one of your assignments.');
    if (a.status === 'ended')
      return invalid('assignmentId', 'This assignment has ended; log it as a free entry instead.');
    const recordType = a.record_type ?? exerciseOf(a.template_id, null).recordType;
    if (recordType !== kind) {
      return invalid(
        'kind',
        `This assignment asks for ${recordType === 'reflection' ? 'a' : 'an'} ${recordType}.`,
      );
    }
    return { templateId: a.template_id, customTitle: a.custom_title };
  }
}
