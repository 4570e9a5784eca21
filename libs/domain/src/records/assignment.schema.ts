/** Assigning an exercise (a ladder template or a custom exercise) to a client on a schedule. */
import { z } from 'zod';
import { isLocalDate } from '../time/time';
import { boundedText, uniqueItems } from './common.schema';
import { CalendarDateSchema, LocalDateSchema } from './dates.schema';

export const DAILY_COUNT_MAX = 366;
export const WEEKLY_COUNT_MAX = 104;

const count = (max: number, unit: string) =>
  z
    .number({ error: `Give the number of ${unit}.` })
    .int({ message: `Give a whole number of ${unit}.` })
    .min(1, { message: `At least 1 ${unit.replace(/s$/, '')}.` })
    .max(max, { message: `At most ${max} ${unit}.` });

const IsoWeekdaySchema = z.literal([1, 2, 3, 4, 5, 6, 7], {
  error: 'A weekday is 1 (Monday) to 7 (Sunday).',
});

/**
 * When an assignment is due. Every `count` is a number of occurrences (how many times it falls due), starting
 * on the assignment's startOn; expandSchedule in metrics/schedule.ts turns this into dates.
 * - once: due on dueOn (on or after startOn).
 * - daily: every day, `count` days.
 * - weekdays: on the chosen ISO weekdays (1 = Monday … 7 = Sunday), `count` occurrences in all.
 * - weekly: on startOn's weekday, `count` weeks.
 */
export const RecurrenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('once'), dueOn: LocalDateSchema }).strict(),
    z.object({ kind: z.literal('daily'), count: count(DAILY_COUNT_MAX, 'days') }).strict(),
    z
      .object({
        kind: z.literal('weekdays'),
        weekdays: z
          .array(IsoWeekdaySchema)
          .min(1, { message: 'Choose at least one weekday.' })
          .max(7)
          .superRefine(uniqueItems('This weekday is already chosen.')),
        count: count(DAILY_COUNT_MAX, 'occurrences'),
      })
      .strict(),
    z.object({ kind: z.literal('weekly'), count: count(WEEKLY_COUNT_MAX, 'weeks') }).strict(),
  ],
  { error: 'Choose once, daily, weekdays or weekly.' },
);
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type RecurrenceInput = z.input<typeof RecurrenceSchema>;

/** A ladder template by its stable id, or a custom exercise of the practice by its id. */
export const ExerciseRefSchema = z.discriminatedUnion(
  'source',
  [
    z
      .object({
        source: z.literal('template'),
        templateId: z
          .string()
          .max(100)
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
            message: 'A template id is lower-case words joined by hyphens.',
          }),
      })
      .strict(),
    z
      .object({
        source: z.literal('custom'),
        exerciseId: z.uuid({ message: 'Use the id of a custom exercise.' }),
      })
      .strict(),
  ],
  { error: 'Choose a ladder template or a custom exercise.' },
);
export type ExerciseRef = z.infer<typeof ExerciseRefSchema>;

export const ASSIGNMENT_NOTE_MAX = 1000;

export const AssignmentCreateSchema = z
  .object({
    exerciseRef: ExerciseRefSchema,
    startOn: LocalDateSchema,
    recurrence: RecurrenceSchema,
    /** A note from the practitioner to the client. */
    note: boundedText(1, ASSIGNMENT_NOTE_MAX).nullable().default(null),
  })
  .strict()
  .superRefine((assignment, ctx) => {
    const { recurrence, startOn } = assignment;
    // Field errors do not stop this check, so compare only real dates ('YYYY-MM-DD' sorts in calendar order).
    if (
      recurrence.kind === 'once' &&
      isLocalDate(recurrence.dueOn) &&
      isLocalDate(startOn) &&
      recurrence.dueOn < startOn
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['recurrence', 'dueOn'],
        message: 'The due date cannot be before the start date.',
      });
    }
  });
export type AssignmentCreate = z.infer<typeof AssignmentCreateSchema>;
export type AssignmentCreateInput = z.input<typeof AssignmentCreateSchema>;

export const ASSIGNMENT_STATUSES = ['active', 'paused', 'ended'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const AssignmentStatusSchema = z.enum(ASSIGNMENT_STATUSES);

/**
 * A pause covers the days from `from` up to, but not including, `to`: `from` is the day it was paused, `to` the
 * day it resumed (due again), null while it is still paused. Paused days are skipped, not postponed: the
 * schedule does not grow longer because of a pause.
 */
export const PauseSchema = z
  .object({ from: CalendarDateSchema, to: CalendarDateSchema.nullable() })
  .strict()
  .superRefine((pause, ctx) => {
    if (pause.to !== null && isLocalDate(pause.to) && isLocalDate(pause.from) && pause.to < pause.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'A pause cannot end before it begins.' });
    }
  });
export type Pause = z.infer<typeof PauseSchema>;
