import { Inject, Injectable } from '@nestjs/common';
import { type CustomExercise, EXERCISE_TEMPLATES } from '@askwell/domain';
import type { Actor } from '../../common/actor';
import { type RequestKey } from '../../common/request';
import { IdempotencyService } from '../../common/idempotency';
import { customView, type ExerciseView, templateView } from './exercise.view';
import { type AuthoredExerciseRow, ExercisesRepository } from './exercises.repository';
import type { CustomExerciseView } from '@askwell/domain';

export type { CustomExerciseView };

const view = (r: AuthoredExerciseRow): CustomExerciseView => ({
  ...customView(r),
  createdAt: r.created_at.toISOString(),
  author: { id: r.author_id, displayName: r.author_name },
});

/** The exercise library: the ladder's templates for everyone, and the practice's own exercises. */
@Injectable()
export class ExercisesService {
  constructor(
    @Inject(ExercisesRepository) private readonly repository: ExercisesRepository,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  async library(actor: Actor): Promise<{ templates: ExerciseView[]; custom: CustomExerciseView[] }> {
    const rows = await this.repository.list(actor.practiceId);
    return { templates: EXERCISE_TEMPLATES.map(templateView), custom: rows.map(view) };
  }

  async create(
    actor: Actor,
    input: CustomExercise,
    requestKey: RequestKey | null,
  ): Promise<CustomExerciseView> {
    return this.idempotency.create(actor, requestKey, async (tx) => {
      const id = await this.repository.insert(actor.practiceId, actor.accountId, input, tx);
      const row = await this.repository.find(actor.practiceId, id, tx);
      if (!row) throw new Error('custom exercise vanished inside its own transaction');
      return view(row);
    });
  }
}
