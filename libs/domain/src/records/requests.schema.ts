/**
 * Request bodies of the core loop that wrap the record schemas: what the API accepts, defined once here so the
 * dashboard validates with the same rules.
 */
import { z } from 'zod';
import { ASSIGNMENT_ACTIONS } from '../rules/assignment-lifecycle';
import { RungSchema, TimeZoneSchema } from './common.schema';
import { LocalDateSchema } from './dates.schema';
import { ExperimentOutcomeSchema, ExperimentPlanSchema } from './experiment.schema';
import { ObservationEntrySchema } from './observation.schema';
import { ReflectionEntrySchema } from './reflection.schema';

const AssignmentIdSchema = z
  .uuid({ message: 'Use the id of one of your assignments.' })
  .nullable()
  .default(null);

/** A new entry: one of the three record types, optionally done for an assignment. */
export const EntryCreateSchema = z.discriminatedUnion(
  'kind',
  [
    z
      .object({
        kind: z.literal('observation'),
        assignmentId: AssignmentIdSchema,
        observation: ObservationEntrySchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('reflection'),
        assignmentId: AssignmentIdSchema,
        reflection: ReflectionEntrySchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('experiment'),
        assignmentId: AssignmentIdSchema,
        plan: ExperimentPlanSchema,
        /** Always null here: the outcome stage opens once the plan is locked (PUT …/outcome). */
        outcome: z
          .null({ message: 'Save the plan first; the outcome is recorded after the request.' })
          .optional(),
      })
      .strict(),
  ],
  { error: 'Choose observation, experiment or reflection.' },
);
export type EntryCreate = z.infer<typeof EntryCreateSchema>;
export type EntryCreateInput = z.input<typeof EntryCreateSchema>;

export const PlanUpdateSchema = z.object({ plan: ExperimentPlanSchema }).strict();
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;

export const OutcomeUpdateSchema = z.object({ outcome: ExperimentOutcomeSchema }).strict();
export type OutcomeUpdate = z.infer<typeof OutcomeUpdateSchema>;

/** Pause, resume or end an assignment, on a day of the client's calendar (today there when left out). */
export const AssignmentActionSchema = z
  .object({
    action: z.enum(ASSIGNMENT_ACTIONS, { error: 'Choose pause, resume or end.' }),
    on: LocalDateSchema.optional(),
  })
  .strict();
export type AssignmentActionRequest = z.infer<typeof AssignmentActionSchema>;

export const ClientRungSchema = z.object({ rung: RungSchema }).strict();
export type ClientRung = z.infer<typeof ClientRungSchema>;

export const PreferencesSchema = z.object({ timeZone: TimeZoneSchema }).strict();
export type Preferences = z.infer<typeof PreferencesSchema>;

export const DRAFT_KEY_PATTERN = /^[a-z0-9][a-z0-9:._-]{0,99}$/;
/** 32 768 characters of JSON: far more than any form, small enough to autosave every few seconds. */
export const DRAFT_MAX_CHARS = 32 * 1024;

export const DraftKeySchema = z
  .string()
  .regex(DRAFT_KEY_PATTERN, { message: 'A draft key is lower-case letters, digits and : . _ -, up to 100.' });

export const DraftSaveSchema = z
  .object({
    data: z
      .record(z.string(), z.unknown(), { error: 'Send the draft as an object.' })
      .refine((data) => JSON.stringify(data).length <= DRAFT_MAX_CHARS, {
        message: 'This draft is too long to keep (over 32 768 characters).',
      }),
  })
  .strict();
export type DraftSave = z.infer<typeof DraftSaveSchema>;
