/** An exercise a practitioner writes for their clients, beside the ladder's templates. */
import { z } from 'zod';
import { BarrierTagsSchema, EntryKindSchema, RungSchema, boundedText } from './common.schema';

export const EXERCISE_TITLE_MAX = 120;
export const INSTRUCTIONS_MIN = 20;
export const INSTRUCTIONS_MAX = 2000;

/**
 * How often the exercise is meant to be done, as the ladder's templates say it: `daily.count` is times a day,
 * `weekly.count` times a week. (An assignment's Recurrence is different: it counts occurrences.)
 */
export const ExerciseFrequencySchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('once') }).strict(),
    z
      .object({
        kind: z.literal('daily'),
        count: z.number().int().min(1).max(10, { message: 'At most 10 times a day.' }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('weekly'),
        count: z.number().int().min(1).max(14, { message: 'At most 14 times a week.' }),
      })
      .strict(),
  ],
  { error: 'Choose once, daily or weekly.' },
);
export type ExerciseFrequency = z.infer<typeof ExerciseFrequencySchema>;

export const CustomExerciseSchema = z
  .object({
    title: boundedText(1, EXERCISE_TITLE_MAX),
    instructions: boundedText(INSTRUCTIONS_MIN, INSTRUCTIONS_MAX),
    recordType: EntryKindSchema,
    /** null: a supporting practice usable at any rung. */
    rung: RungSchema.nullable(),
    targetedBarriers: BarrierTagsSchema.min(1, {
      message: 'Choose at least one barrier this exercise works on.',
    }),
    suggestedFrequency: ExerciseFrequencySchema,
  })
  .strict();
export type CustomExercise = z.infer<typeof CustomExerciseSchema>;
export type CustomExerciseInput = z.input<typeof CustomExerciseSchema>;
