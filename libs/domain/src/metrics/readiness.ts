/**
 * A suggestion that the client may be ready for the next rung. The practitioner approves it; it never moves a
 * client on its own.
 *
 * It rests on learning, not on distress falling: exposure work helps most when expectations are tested and
 * proved wrong across different people and situations, so a client who feels calmer but has not yet tested
 * their predictions is not shown as ready. Distress figures are reported for context and never decide.
 */
import type { ExperimentOutcome, ExperimentPlan } from '../records/experiment.schema';
import { beliefChange, distressGap, expectancyGap } from './experiment-metrics';
import { meanOrNull } from './stats';

/** Every threshold of the readiness suggestion, so a reviewer finds the rule in one place. */
export const READINESS_RULES = {
  /** Experiments where the client asked (yes or partly) and wrote down what they learned. */
  minExperimentsWithLearning: 3,
  /** Among those: at least this many different helpers, or channels, or life areas. */
  minDistinctHelpersOrContexts: 2,
  /** Mean expectancy gap (actual yes − predicted chance, −1…1) at least this… */
  minMeanExpectancyGap: 0,
  /** …or a mean drop in belief in the feared thought (before − after) of at least this many points. */
  minMeanBeliefDrop: 20,
} as const;

export type ReadinessReasonCode = 'learning-recorded' | 'variety' | 'expectations-tested';

export interface ReadinessReason {
  code: ReadinessReasonCode;
  met: boolean;
  /** One plain sentence for the practitioner. */
  detail: string;
}

export interface ReadinessFigures {
  /** Experiments at this rung with an outcome. */
  experimentsCompleted: number;
  /** Of those, asked (yes or partly) with learning written down: the ones the rule counts. */
  experimentsWithLearning: number;
  distinctHelpers: number;
  distinctChannels: number;
  distinctLifeAreas: number;
  /** Over the counted experiments with a prediction; null when none had one. */
  meanExpectancyGap: number | null;
  /** Over the counted experiments with both belief ratings; null when none had both. */
  meanBeliefDrop: number | null;
  /** For context only: never part of the decision. */
  meanDistressGap: number | null;
}

export interface ReadinessSuggestion {
  ready: boolean;
  reasons: ReadinessReason[];
  figures: ReadinessFigures;
}

export interface ReadinessExperiment {
  plan: Pick<
    ExperimentPlan,
    'helper' | 'channel' | 'lifeArea' | 'predictedYesChance' | 'beliefBefore' | 'anticipatedDistress'
  >;
  outcome: Pick<
    ExperimentOutcome,
    'didAsk' | 'response' | 'learning' | 'beliefAfter' | 'peakDistress'
  > | null;
}

/** "My  Sister " and "my sister" are the same helper. */
export function normaliseHelper(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

const EPSILON = 1e-9;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Pass the experiments of the client's current rung. */
export function readinessSuggestion(experiments: readonly ReadinessExperiment[]): ReadinessSuggestion {
  const completed = experiments.filter(
    (e): e is ReadinessExperiment & { outcome: NonNullable<ReadinessExperiment['outcome']> } =>
      e.outcome !== null,
  );
  const counted = completed.filter(
    (e) => e.outcome.didAsk !== 'no' && e.outcome.learning !== null && e.outcome.learning.trim() !== '',
  );

  const figures: ReadinessFigures = {
    experimentsCompleted: completed.length,
    experimentsWithLearning: counted.length,
    distinctHelpers: new Set(counted.map((e) => normaliseHelper(e.plan.helper))).size,
    distinctChannels: new Set(counted.map((e) => e.plan.channel)).size,
    distinctLifeAreas: new Set(counted.map((e) => e.plan.lifeArea)).size,
    meanExpectancyGap: meanOrNull(counted.map((e) => expectancyGap(e.plan, e.outcome))),
    meanBeliefDrop: meanOrNull(counted.map((e) => beliefChange(e.plan, e.outcome))),
    meanDistressGap: meanOrNull(completed.map((e) => distressGap(e.plan, e.outcome))),
  };

  const rules = READINESS_RULES;
  const learningMet = figures.experimentsWithLearning >= rules.minExperimentsWithLearning;
  const varietyMet =
    figures.experimentsWithLearning > 0 &&
    Math.max(figures.distinctHelpers, figures.distinctChannels, figures.distinctLifeAreas) >=
      rules.minDistinctHelpersOrContexts;
  const gapMet =
    figures.meanExpectancyGap !== null && figures.meanExpectancyGap >= rules.minMeanExpectancyGap - EPSILON;
  const beliefMet = figures.meanBeliefDrop !== null && figures.meanBeliefDrop >= rules.minMeanBeliefDrop;

  const reasons: ReadinessReason[] = [
    {
      code: 'learning-recorded',
      met: learningMet,
      detail: learningMet
        ? `Requests made with what was learned written down: ${figures.experimentsWithLearning} (${rules.minExperimentsWithLearning} needed).`
        : `Requests made with what was learned written down: ${figures.experimentsWithLearning} of the ${rules.minExperimentsWithLearning} needed.`,
    },
    {
      code: 'variety',
      met: varietyMet,
      detail: varietyDetail(figures, varietyMet),
    },
    {
      code: 'expectations-tested',
      met: gapMet || beliefMet,
      detail: expectationsDetail(figures, gapMet, beliefMet),
    },
  ];

  return { ready: reasons.every((r) => r.met), reasons, figures };
}

function varietyDetail(figures: ReadinessFigures, met: boolean): string {
  if (figures.experimentsWithLearning === 0)
    return 'No requests with learning written down yet, so no variety to judge.';
  const practised = `Practised with ${plural(figures.distinctHelpers, 'person', 'different people')}, ${plural(figures.distinctChannels, 'way')} of asking and ${plural(figures.distinctLifeAreas, 'life area')}`;
  return met
    ? `${practised}: enough variety for the learning to carry over.`
    : `${practised}: at least ${READINESS_RULES.minDistinctHelpersOrContexts} different people or situations are needed.`;
}

function gapDescription(gap: number): string {
  const points = Math.round(Math.abs(gap) * 100);
  if (points === 0) return 'on average the help received matched the predicted chance';
  return gap > 0
    ? `on average the help received beat the predicted chance by ${points} points`
    : `on average the help received fell ${points} points short of the predicted chance`;
}

function expectationsDetail(figures: ReadinessFigures, gapMet: boolean, beliefMet: boolean): string {
  const gap = figures.meanExpectancyGap;
  const drop = figures.meanBeliefDrop;
  const gapText = gap === null ? 'no predictions to compare yet' : gapDescription(gap);
  const dropText =
    drop === null
      ? 'no belief re-ratings yet'
      : `belief in the feared thought down ${Math.round(drop)} points on average`;
  if (gapMet && beliefMet)
    return `Requests went at least as well as predicted (${gapText}), and ${dropText}.`;
  if (gapMet) return `Requests went at least as well as predicted: ${gapText}.`;
  if (beliefMet) return `The feared thought is losing its hold: ${dropText}.`;
  return `Not yet: ${gapText}; ${dropText}. Outcomes at least as good as predicted, or a belief drop of ${READINESS_RULES.minMeanBeliefDrop} points, would meet this.`;
}
