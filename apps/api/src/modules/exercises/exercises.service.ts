import { Inject, Injectable } from '@nestjs/common';
import { type CustomExercise, EXERCISE_TEMPLATES } from '@askwell/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { type RequestKey } from '../../common/request';
import { many, one } from '../../common/db';
import { IdempotencyService } from '../../common/idempotency';
import { type CustomExerciseRow, customView, type ExerciseView, templateView } from './exercise.view';
import type { CustomExerciseView } from '@askwell/domain';

export type { CustomExerciseView };

type Row = CustomExerciseRow & { created_at: Date; author_id: string; author_name: string };

const SELECT = `
  SELECT e.*, a.display_name AS author_name
    FROM custom_exercise e JOIN account a ON a.practice_id = e.practice_id AND a.id = e.author_id`;

const view = (r: Row): CustomExerciseView => ({
  ...customView(r),
  createdAt: r.created_at.toISOString(),
  author: { id: r.author_id, displayName: r.author_name },
});

/** The exercise library: the ladder's templates for everyone, and the practice's own exercises. */
@Injectable()
export class ExercisesService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
  ) {}

  async library(actor: Actor): Promise<{ templates: ExerciseView[]; custom: CustomExerciseView[] }> {
    const rows = await many<Row>(
      this.dataSource,
      `${SELECT} WHERE e.practice_id = $1 ORDER BY lower(e.title), e.id`,
      [actor.practiceId],
    );
    return { templates: EXERCISE_TEMPLATES.map(templateView), custom: rows.map(view) };
  }

  async create(
    actor: Actor,
    input: CustomExercise,
    requestKey: RequestKey | null,
  ): Promise<CustomExerciseView> {
    return this.idempotency.create(actor, requestKey, async (tx) => {
      const created = await one<{ id: string }>(
        tx,
        `INSERT INTO custom_exercise (practice_id, author_id, title, instructions, record_type, rung, target_barriers, suggested_frequency)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          actor.practiceId,
          actor.accountId,
          input.title,
          input.instructions,
          input.recordType,
          input.rung,
          input.targetedBarriers,
          JSON.stringify(input.suggestedFrequency),
        ],
      );
      const row = await one<Row>(tx, `${SELECT} WHERE e.practice_id = $1 AND e.id = $2`, [
        actor.practiceId,
        created?.id,
      ]);
      if (!row) throw new Error('custom exercise vanished inside its own transaction');
      return view(row);
    });
  }
}
