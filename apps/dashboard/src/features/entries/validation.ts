import {
  ExperimentOutcomeSchema,
  ExperimentPlanSchema,
  ObservationEntrySchema,
  ReflectionEntrySchema,
} from '@askwell/domain';
import { recordResolver } from '../../lib/entry-resolver';
import type { ObservationValues, OutcomeValues, PlanValues, ReflectionValues } from './form-values';

/**
 * The entry forms' validation: the domain's record schemas, turned into the request bodies. Loaded beside the
 * forms, not before them (`entryValidation` in useEntrySubmission.ts, lib/lazy-resolver.ts).
 */
const observationBody = (assignmentId: string | null) =>
  ObservationEntrySchema.transform((observation) => ({
    kind: 'observation' as const,
    assignmentId,
    observation,
  }));
const reflectionBody = (assignmentId: string | null) =>
  ReflectionEntrySchema.transform((reflection) => ({
    kind: 'reflection' as const,
    assignmentId,
    reflection,
  }));
const planBody = (assignmentId: string | null) =>
  ExperimentPlanSchema.transform((plan) => ({ kind: 'experiment' as const, assignmentId, plan }));

export const observationResolver = (assignmentId: string | null) =>
  recordResolver<ObservationValues, ReturnType<typeof observationBody>>(observationBody(assignmentId));

export const reflectionResolver = (assignmentId: string | null) =>
  recordResolver<ReflectionValues, ReturnType<typeof reflectionBody>>(reflectionBody(assignmentId));

export const planResolver = (assignmentId: string | null) =>
  recordResolver<PlanValues, ReturnType<typeof planBody>>(planBody(assignmentId));

export const outcomeResolver = (prepare: (values: OutcomeValues) => unknown) =>
  recordResolver<OutcomeValues, typeof ExperimentOutcomeSchema>(ExperimentOutcomeSchema, prepare);
