/**
 * The numbers of product.md "What the numbers mean", per experiment and over a set. Every function returns null
 * rather than a number when an input it needs is unanswered: an unanswered rating is not a zero.
 *
 * Signs, so the dashboard can word them: a positive gap means things went better than feared.
 */
import type { HelpResponse } from '../records/common.schema';
import type { ExperimentOutcome, ExperimentPlan } from '../records/experiment.schema';
import { diffDays } from '../time/time';
import { mean } from './stats';

/** How much of a yes a response is: yes 1, partly 0.5, no 0. */
export function responseValue(response: HelpResponse): number {
  switch (response) {
    case 'yes':
      return 1;
    case 'partly':
      return 0.5;
    case 'no':
      return 0;
  }
}

type MaybeOutcome<K extends keyof ExperimentOutcome> = Pick<ExperimentOutcome, K> | null | undefined;

/**
 * Actual yes (responseValue) minus the predicted chance of a yes (as 0–1). Positive: more help than expected.
 * Null when the prediction is unanswered, there is no outcome yet, or the client did not ask.
 */
export function expectancyGap(
  plan: Pick<ExperimentPlan, 'predictedYesChance'>,
  outcome: MaybeOutcome<'didAsk' | 'response'>,
): number | null {
  if (plan.predictedYesChance === null || !outcome || outcome.didAsk === 'no' || outcome.response === null) {
    return null;
  }
  // In whole percentage points first, so 1 − 0.7 is 0.3 and not 0.30000000000000004.
  return (responseValue(outcome.response) * 100 - plan.predictedYesChance) / 100;
}

/** A predicted chance of a yes (0–100 %, null = unanswered) with the response that came (null = none). */
export interface CalibrationPair {
  predictedYesChance: number | null;
  response: HelpResponse | null;
}

export interface Calibration {
  /** Pairs with both a prediction and a response; the others are left out. */
  n: number;
  /** Mean predicted chance of a yes, 0–1. */
  meanPredicted: number;
  /** Mean responseValue (a partly counts half), 0–1. */
  actualYesRate: number;
  /** mean((p − o)²) with p the predicted chance (0–1) and o the responseValue: 0 is perfect, 0.25 is a coin toss. */
  brier: number;
}

/** How well predictions matched what happened, over pairs with both values. Null when there are none. */
export function calibration(pairs: readonly CalibrationPair[]): Calibration | null {
  const complete = pairs.flatMap((pair) =>
    pair.predictedYesChance === null || pair.response === null
      ? []
      : [{ p: pair.predictedYesChance / 100, o: responseValue(pair.response) }],
  );
  const n = complete.length;
  if (n === 0) return null;
  return {
    n,
    meanPredicted: mean(complete.map((c) => c.p)),
    actualYesRate: mean(complete.map((c) => c.o)),
    brier: mean(complete.map((c) => (c.p - c.o) ** 2)),
  };
}

/** The calibration pairs of experiments; one that was not asked has no response and so does not count. */
export function calibrationPairs(
  experiments: readonly {
    plan: Pick<ExperimentPlan, 'predictedYesChance'>;
    outcome: MaybeOutcome<'didAsk' | 'response'>;
  }[],
): CalibrationPair[] {
  return experiments.map(({ plan, outcome }) => ({
    predictedYesChance: plan.predictedYesChance,
    response: outcome && outcome.didAsk !== 'no' ? outcome.response : null,
  }));
}

/** Anticipated SUDS − peak SUDS. Positive: less distress than feared. */
export function distressGap(
  plan: Pick<ExperimentPlan, 'anticipatedDistress'>,
  outcome: MaybeOutcome<'peakDistress'>,
): number | null {
  if (plan.anticipatedDistress === null || !outcome || outcome.peakDistress === null) return null;
  return plan.anticipatedDistress - outcome.peakDistress;
}

/** Predicted annoyance − the helper's actual reaction (same 0–10 annoyance scale). Positive: kinder than feared. */
export function reactionGap(
  plan: Pick<ExperimentPlan, 'predictedAnnoyance'>,
  outcome: MaybeOutcome<'didAsk' | 'helperReaction'>,
): number | null {
  if (
    plan.predictedAnnoyance === null ||
    !outcome ||
    outcome.didAsk === 'no' ||
    outcome.helperReaction === null
  ) {
    return null;
  }
  return plan.predictedAnnoyance - outcome.helperReaction;
}

/** Belief in the feared thought before − re-rated after, in points. Positive: the thought lost its grip. */
export function beliefChange(
  plan: Pick<ExperimentPlan, 'beliefBefore'>,
  outcome: MaybeOutcome<'beliefAfter'>,
): number | null {
  if (plan.beliefBefore === null || !outcome || outcome.beliefAfter === null) return null;
  return plan.beliefBefore - outcome.beliefAfter;
}

/** Days between the planned date and the day the client asked. Positive: later than planned. */
export function slippageDays(
  plan: Pick<ExperimentPlan, 'plannedOn'>,
  outcome: MaybeOutcome<'askedOn'>,
): number | null {
  if (!outcome || outcome.askedOn === null) return null;
  return diffDays(outcome.askedOn, plan.plannedOn);
}
