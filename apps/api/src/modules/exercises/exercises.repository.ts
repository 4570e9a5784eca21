import { Inject, Injectable } from '@nestjs/common';
import type { CustomExercise } from '@askwell/domain';
import { DataSource } from 'typeorm';
import { type Db, many, one, sql } from '../../common/db';
import type { CustomExerciseRow } from './exercise.view';

/** A custom exercise with who wrote it and when. */
export type AuthoredExerciseRow = CustomExerciseRow & {
  created_at: Date;
  author_id: string;
  author_name: string;
};

const SELECT = sql`
  SELECT e.*, a.display_name AS author_name
    FROM custom_exercise e JOIN account a ON a.practice_id = e.practice_id AND a.id = e.author_id`;

/** All SQL of the exercise library: the practice's own exercises (the ladder's templates are code). */
@Injectable()
export class ExercisesRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** The practice's exercises by title. */
  async list(practiceId: string, db: Db = this.dataSource): Promise<AuthoredExerciseRow[]> {
    return many<AuthoredExerciseRow>(
      db,
      sql`${SELECT} WHERE e.practice_id = ${practiceId} ORDER BY lower(e.title), e.id`,
    );
  }

  async find(
    practiceId: string,
    id: string,
    db: Db = this.dataSource,
  ): Promise<AuthoredExerciseRow | undefined> {
    return one<AuthoredExerciseRow>(db, sql`${SELECT} WHERE e.practice_id = ${practiceId} AND e.id = ${id}`);
  }

  /** The new exercise's id. */
  async insert(
    practiceId: string,
    authorId: string,
    input: CustomExercise,
    db: Db = this.dataSource,
  ): Promise<string> {
    const row = await one<{ id: string }>(
      db,
      sql`INSERT INTO custom_exercise (practice_id, author_id, title, instructions, record_type, rung, target_barriers, suggested_frequency)
          VALUES (${practiceId}, ${authorId}, ${input.title}, ${input.instructions}, ${input.recordType}, ${input.rung},
                  ${input.targetedBarriers}, ${JSON.stringify(input.suggestedFrequency)})
          RETURNING id`,
    );
    if (!row) throw new Error('custom exercise insert returned nothing');
    return row.id;
  }
}
