import type { ExperimentOutcome, ExperimentPlan } from '../records/experiment.schema';
import {
  beliefChange,
  calibration,
  calibrationPairs,
  distressGap,
  expectancyGap,
  reactionGap,
  responseValue,
  slippageDays,
} from './experiment-metrics';

const plan: ExperimentPlan = {
  helper: 'my neighbour',
  request: 'to water the plants',
  channel: 'in-person',
  lifeArea: 'everyday',
  plannedOn: '2026-03-04',
  obstacles: null,
  fearedThought: 'They will think I am a burden.',
  beliefBefore: 80,
  predictedYesChance: 30,
  predictedAnnoyance: 7,
  anticipatedDistress: 8,
  expectedBarriers: [],
  plannedSafetyBehaviours: [],
};

const outcome: ExperimentOutcome = {
  didAsk: 'yes',
  whatGotInTheWay: null,
  askedOn: '2026-03-06',
  whatHappened: null,
  response: 'yes',
  helperReaction: 1,
  peakDistress: 5,
  safetyBehavioursUsed: [],
  fitWithPrediction: null,
  meaningForFearedThought: null,
  beliefAfter: 40,
  learning: 'She was glad to help.',
  nextStep: null,
};

const notAsked: ExperimentOutcome = {
  ...outcome,
  didAsk: 'no',
  whatGotInTheWay: 'I lost my nerve.',
  askedOn: null,
  response: null,
  helperReaction: null,
};

describe('responseValue', () => {
  it.each([
    ['yes', 1],
    ['partly', 0.5],
    ['no', 0],
  ] as const)('%s → %d', (response, value) => {
    expect(responseValue(response)).toBe(value);
  });
});

describe('expectancyGap', () => {
  it.each([
    ['a yes against 30 %', plan, outcome, 0.7],
    ['a partly against 30 %', plan, { ...outcome, response: 'partly' }, 0.2],
    ['a no against 30 %', plan, { ...outcome, response: 'no' }, -0.3],
    ['a yes against 100 %', { ...plan, predictedYesChance: 100 }, outcome, 0],
    ['a no against 0 %', { ...plan, predictedYesChance: 0 }, { ...outcome, response: 'no' }, 0],
    [
      'partly asked, partly granted, against 50 %',
      { ...plan, predictedYesChance: 50 },
      { ...outcome, didAsk: 'partly', response: 'partly' },
      0,
    ],
    [
      'partly asked, granted, against 70 %',
      { ...plan, predictedYesChance: 70 },
      { ...outcome, didAsk: 'partly' },
      0.3,
    ],
    ['prediction unanswered', { ...plan, predictedYesChance: null }, outcome, null],
    ['no outcome yet', plan, null, null],
    ['did not ask', plan, notAsked, null],
  ] as const)('%s → %s', (_name, p, o, expected) => {
    expect(expectancyGap(p, o)).toBe(expected);
  });
});

describe('calibration', () => {
  it('is null without a single complete pair', () => {
    expect(calibration([])).toBeNull();
    expect(
      calibration([
        { predictedYesChance: null, response: 'yes' },
        { predictedYesChance: 40, response: null },
      ]),
    ).toBeNull();
  });

  it('counts only pairs with both values', () => {
    const result = calibration([
      { predictedYesChance: 20, response: 'yes' },
      { predictedYesChance: 60, response: 'no' },
      { predictedYesChance: 40, response: 'partly' },
      { predictedYesChance: null, response: 'no' },
      { predictedYesChance: 90, response: null },
    ]);
    expect(result?.n).toBe(3);
    expect(result?.meanPredicted).toBeCloseTo(0.4, 10);
    expect(result?.actualYesRate).toBeCloseTo(0.5, 10);
    // ((0.2 − 1)² + (0.6 − 0)² + (0.4 − 0.5)²) / 3 = (0.64 + 0.36 + 0.01) / 3
    expect(result?.brier).toBeCloseTo(1.01 / 3, 10);
  });

  it('scores perfect certainty 0 and certain-but-wrong 1', () => {
    expect(calibration([{ predictedYesChance: 100, response: 'yes' }])?.brier).toBe(0);
    expect(calibration([{ predictedYesChance: 0, response: 'yes' }])?.brier).toBe(1);
  });

  it('takes pairs from experiments, leaving out those not asked or not finished', () => {
    const pairs = calibrationPairs([
      { plan, outcome },
      { plan, outcome: notAsked },
      { plan, outcome: null },
    ]);
    expect(pairs).toEqual([
      { predictedYesChance: 30, response: 'yes' },
      { predictedYesChance: 30, response: null },
      { predictedYesChance: 30, response: null },
    ]);
    expect(calibration(pairs)?.n).toBe(1);
  });
});

describe('distressGap, reactionGap, beliefChange, slippageDays', () => {
  it.each([
    ['distress: anticipated 8, peak 5', () => distressGap(plan, outcome), 3],
    ['distress: worse than feared', () => distressGap({ anticipatedDistress: 2 }, outcome), -3],
    [
      'distress: anticipated 0 is an answer',
      () => distressGap({ anticipatedDistress: 0 }, { peakDistress: 0 }),
      0,
    ],
    ['distress: anticipated unanswered', () => distressGap({ anticipatedDistress: null }, outcome), null],
    ['distress: peak unanswered', () => distressGap(plan, { peakDistress: null }), null],
    ['distress: no outcome', () => distressGap(plan, null), null],
    [
      'distress: counts when not asked (anticipation still met reality)',
      () => distressGap(plan, notAsked),
      3,
    ],
    ['reaction: predicted 7, actual 1', () => reactionGap(plan, outcome), 6],
    ['reaction: unanswered', () => reactionGap(plan, { ...outcome, helperReaction: null }), null],
    ['reaction: prediction unanswered', () => reactionGap({ predictedAnnoyance: null }, outcome), null],
    ['reaction: not asked', () => reactionGap(plan, { didAsk: 'no', helperReaction: 3 }), null],
    ['belief: 80 → 40', () => beliefChange(plan, outcome), 40],
    ['belief: went up', () => beliefChange(plan, { beliefAfter: 90 }), -10],
    ['belief: re-rating unanswered', () => beliefChange(plan, { beliefAfter: null }), null],
    ['belief: before unanswered', () => beliefChange({ beliefBefore: null }, outcome), null],
    ['slippage: two days late', () => slippageDays(plan, outcome), 2],
    ['slippage: a day early', () => slippageDays(plan, { askedOn: '2026-03-03' }), -1],
    [
      'slippage: across a month end',
      () => slippageDays({ plannedOn: '2026-02-27' }, { askedOn: '2026-03-02' }),
      3,
    ],
    ['slippage: not asked', () => slippageDays(plan, notAsked), null],
    ['slippage: no outcome', () => slippageDays(plan, undefined), null],
  ])('%s → %s', (_name, compute, expected) => {
    expect(compute()).toBe(expected);
  });
});
