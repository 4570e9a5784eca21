/**
 * Help-request experiment (rungs 2–6), in two stages: the plan with its prediction, written before asking and
 * locked once the request is marked done; then the outcome and what the client learned. The lifecycle that
 * enforces the lock lives in rules/experiment-lifecycle.ts.
 */
import { z } from 'zod';
import {
  BarrierTagsSchema,
  ChannelSchema,
  LifeAreaSchema,
  OptionalLongText,
  PercentSchema,
  RatingSchema,
  ResponseSchema,
  SafetyBehavioursSchema,
  ShortText,
} from './common.schema';
import { LocalDateSchema } from './dates.schema';

/**
 * Ratings and their scales (the dashboard labels its sliders from these):
 * - beliefBefore / beliefAfter: how true the feared thought feels, 0–100 %.
 * - predictedYesChance: 0–100 % chance of a yes.
 * - predictedAnnoyance (plan) and helperReaction (outcome): one scale, 0 = glad to help, 10 = very annoyed,
 *   so the reaction gap compares like with like.
 * - anticipatedDistress (plan) and peakDistress (outcome): SUDS, 0 = calm, 10 = the worst distress imaginable.
 */
export const ExperimentPlanSchema = z
  .object({
    /** Whom I will ask, in the client's words ("my sister", "the pharmacist"). */
    helper: ShortText,
    /** What I will ask for. */
    request: ShortText,
    channel: ChannelSchema,
    lifeArea: LifeAreaSchema,
    plannedOn: LocalDateSchema,
    obstacles: OptionalLongText,
    fearedThought: OptionalLongText,
    beliefBefore: PercentSchema.default(null),
    predictedYesChance: PercentSchema.default(null),
    predictedAnnoyance: RatingSchema.default(null),
    anticipatedDistress: RatingSchema.default(null),
    expectedBarriers: BarrierTagsSchema.default([]),
    plannedSafetyBehaviours: SafetyBehavioursSchema.default([]),
  })
  .strict()
  .superRefine((plan, ctx) => {
    if (plan.beliefBefore !== null && plan.fearedThought === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['fearedThought'],
        message: 'Write down the feared thought you are rating, or leave the belief rating unanswered.',
      });
    }
  });
export type ExperimentPlan = z.infer<typeof ExperimentPlanSchema>;
export type ExperimentPlanInput = z.input<typeof ExperimentPlanSchema>;

export const DID_ASK = ['yes', 'partly', 'no'] as const;
export type DidAsk = (typeof DID_ASK)[number];
export const DidAskSchema = z.enum(DID_ASK, { error: 'Choose yes, partly or no.' });

export const NEXT_STEPS = ['repeat', 'vary-person', 'vary-context', 'climb'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];
export const NextStepSchema = z.enum(NEXT_STEPS, {
  error: 'Choose repeat, vary the person, vary the context, or climb.',
});

/**
 * Cross-field rules: when the client did not ask, say what got in the way, and leave the date, the response and
 * the helper's reaction empty (there were none). When they asked, even partly, the date and the response are
 * required.
 */
export const ExperimentOutcomeSchema = z
  .object({
    didAsk: DidAskSchema,
    whatGotInTheWay: OptionalLongText,
    askedOn: LocalDateSchema.nullable().default(null),
    whatHappened: OptionalLongText,
    response: ResponseSchema.nullable().default(null),
    helperReaction: RatingSchema.default(null),
    peakDistress: RatingSchema.default(null),
    safetyBehavioursUsed: SafetyBehavioursSchema.default([]),
    fitWithPrediction: OptionalLongText,
    meaningForFearedThought: OptionalLongText,
    beliefAfter: PercentSchema.default(null),
    /** What I learned. */
    learning: OptionalLongText,
    nextStep: NextStepSchema.nullable().default(null),
  })
  .strict()
  .superRefine((outcome, ctx) => {
    // Field errors do not stop this check; without a valid answer to "did you ask" there is nothing to cross-check.
    if (!(DID_ASK as readonly unknown[]).includes(outcome.didAsk)) return;
    if (outcome.didAsk === 'no') {
      if (outcome.whatGotInTheWay === null) {
        ctx.addIssue({
          code: 'custom',
          path: ['whatGotInTheWay'],
          message: 'Say briefly what got in the way. Not asking is worth understanding too.',
        });
      }
      if (outcome.askedOn !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['askedOn'],
          message: 'Leave the date empty: you did not ask.',
        });
      }
      if (outcome.response !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['response'],
          message: 'Leave the response empty: you did not ask.',
        });
      }
      if (outcome.helperReaction !== null) {
        ctx.addIssue({
          code: 'custom',
          path: ['helperReaction'],
          message: "Leave the helper's reaction empty: you did not ask.",
        });
      }
      return;
    }
    if (outcome.askedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['askedOn'], message: 'Enter the day you asked.' });
    }
    if (outcome.response === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['response'],
        message: 'Choose the response you got: yes, partly or no.',
      });
    }
  });
export type ExperimentOutcome = z.infer<typeof ExperimentOutcomeSchema>;
export type ExperimentOutcomeInput = z.input<typeof ExperimentOutcomeSchema>;

/** Both stages in one body, e.g. for a client who asked first and writes it all down afterwards. */
export const ExperimentEntrySchema = z
  .object({
    plan: ExperimentPlanSchema,
    outcome: ExperimentOutcomeSchema.nullable().default(null),
  })
  .strict();
export type ExperimentEntry = z.infer<typeof ExperimentEntrySchema>;
export type ExperimentEntryInput = z.input<typeof ExperimentEntrySchema>;
