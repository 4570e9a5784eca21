import { normaliseHelper, readinessSuggestion, READINESS_RULES, type ReadinessExperiment } from './readiness';

type Plan = ReadinessExperiment['plan'];
type Outcome = NonNullable<ReadinessExperiment['outcome']>;

const basePlan: Plan = {
  helper: 'my sister',
  channel: 'message',
  lifeArea: 'everyday',
  predictedYesChance: 40,
  beliefBefore: 70,
  anticipatedDistress: 8,
};
const baseOutcome: Outcome = {
  didAsk: 'yes',
  response: 'yes',
  learning: 'People are kinder than I think.',
  beliefAfter: 65,
  peakDistress: 6,
};

function experiment(plan: Partial<Plan> = {}, outcome: Partial<Outcome> | null = {}): ReadinessExperiment {
  return {
    plan: { ...basePlan, ...plan },
    outcome: outcome === null ? null : { ...baseOutcome, ...outcome },
  };
}

const metOf = (experiments: ReadinessExperiment[]) =>
  Object.fromEntries(readinessSuggestion(experiments).reasons.map((r) => [r.code, r.met]));

describe('readinessSuggestion', () => {
  it('keeps its thresholds in READINESS_RULES', () => {
    expect(READINESS_RULES).toEqual({
      minExperimentsWithLearning: 3,
      minDistinctHelpersOrContexts: 2,
      minMeanExpectancyGap: 0,
      minMeanBeliefDrop: 20,
    });
  });

  it('is not ready without experiments, and says why in words', () => {
    const result = readinessSuggestion([]);
    expect(result.ready).toBe(false);
    expect(result.reasons.map((r) => [r.code, r.met])).toEqual([
      ['learning-recorded', false],
      ['variety', false],
      ['expectations-tested', false],
    ]);
    for (const reason of result.reasons) expect(reason.detail).toMatch(/^[A-Z].*\.$/);
    expect(result.figures).toMatchObject({
      experimentsWithLearning: 0,
      meanExpectancyGap: null,
      meanBeliefDrop: null,
    });
  });

  it.each([
    [
      'three learned requests, two helpers, outcomes better than predicted',
      [experiment(), experiment({ helper: 'a colleague' }), experiment()],
      { 'learning-recorded': true, variety: true, 'expectations-tested': true },
      true,
    ],
    [
      'only two with learning written down',
      [experiment(), experiment({ helper: 'a colleague' }), experiment({}, { learning: null })],
      { 'learning-recorded': false, variety: true, 'expectations-tested': true },
      false,
    ],
    [
      'blank learning does not count',
      [experiment(), experiment({ helper: 'a colleague' }), experiment({}, { learning: '   ' })],
      { 'learning-recorded': false, variety: true, 'expectations-tested': true },
      false,
    ],
    [
      'an unfinished experiment does not count',
      [experiment(), experiment({ helper: 'a colleague' }), experiment({}, null)],
      { 'learning-recorded': false, variety: true, 'expectations-tested': true },
      false,
    ],
    [
      'not asking, even with a lesson written down, does not count',
      [
        experiment(),
        experiment({ helper: 'a colleague' }),
        experiment({}, { didAsk: 'no', response: null, learning: 'I avoid it when tired.' }),
      ],
      { 'learning-recorded': false, variety: true, 'expectations-tested': true },
      false,
    ],
    [
      'asking partly counts',
      [
        experiment(),
        experiment({ helper: 'a colleague' }),
        experiment({}, { didAsk: 'partly', response: 'partly' }),
      ],
      { 'learning-recorded': true, variety: true, 'expectations-tested': true },
      true,
    ],
    [
      'the same helper written differently is one helper, in one context',
      [experiment(), experiment({ helper: '  My   Sister ' }), experiment({ helper: 'MY SISTER' })],
      { 'learning-recorded': true, variety: false, 'expectations-tested': true },
      false,
    ],
    [
      'one helper but two channels is variety',
      [experiment(), experiment({ channel: 'phone' }), experiment()],
      { 'learning-recorded': true, variety: true, 'expectations-tested': true },
      true,
    ],
    [
      'one helper but two life areas is variety',
      [experiment(), experiment({ lifeArea: 'finances' }), experiment()],
      { 'learning-recorded': true, variety: true, 'expectations-tested': true },
      true,
    ],
    [
      'outcomes worse than predicted and little belief change',
      [
        experiment({ predictedYesChance: 90 }, { response: 'no' }),
        experiment({ helper: 'a colleague', predictedYesChance: 90 }, { response: 'partly' }),
        experiment({ predictedYesChance: 90 }),
      ],
      { 'learning-recorded': true, variety: true, 'expectations-tested': false },
      false,
    ],
    [
      'outcomes worse than predicted, but belief dropped 20 points on average',
      [
        experiment({ predictedYesChance: 90 }, { response: 'no', beliefAfter: 50 }),
        experiment(
          { helper: 'a colleague', predictedYesChance: 90 },
          { response: 'partly', beliefAfter: 50 },
        ),
        experiment({ predictedYesChance: 90 }, { beliefAfter: 50 }),
      ],
      { 'learning-recorded': true, variety: true, 'expectations-tested': true },
      true,
    ],
    [
      'a mean gap of exactly 0 is enough (partly against 50 %)',
      [
        experiment({ predictedYesChance: 50 }, { response: 'partly', beliefAfter: 70 }),
        experiment({ helper: 'a colleague', predictedYesChance: 70 }, { response: 'yes', beliefAfter: 70 }),
        experiment({ predictedYesChance: 30 }, { response: 'no', beliefAfter: 70 }),
      ],
      { 'learning-recorded': true, variety: true, 'expectations-tested': true },
      true,
    ],
    [
      'predictions and belief ratings unanswered: nothing to test expectations against',
      [
        experiment({ predictedYesChance: null, beliefBefore: null }),
        experiment({ helper: 'a colleague', predictedYesChance: null, beliefBefore: null }),
        experiment({ predictedYesChance: null, beliefBefore: null }),
      ],
      { 'learning-recorded': true, variety: true, 'expectations-tested': false },
      false,
    ],
  ])('%s', (_name, experiments, met, ready) => {
    expect(metOf(experiments)).toEqual(met);
    expect(readinessSuggestion(experiments).ready).toBe(ready);
  });

  it('is never ready because distress fell, however much', () => {
    // Distress drops from 10 to 0 every time, but the client predicted well above what happened, belief barely
    // moved, and only one person in one context was asked.
    const calmer = [1, 2, 3, 4].map(() =>
      experiment(
        { predictedYesChance: 100, anticipatedDistress: 10, beliefBefore: 70 },
        { response: 'partly', peakDistress: 0, beliefAfter: 68 },
      ),
    );
    const result = readinessSuggestion(calmer);
    expect(result.figures.meanDistressGap).toBe(10);
    expect(result.ready).toBe(false);
    expect(metOf(calmer)).toEqual({
      'learning-recorded': true,
      variety: false,
      'expectations-tested': false,
    });
  });

  it('reports the figures behind the suggestion', () => {
    const result = readinessSuggestion([
      experiment(),
      experiment({ helper: 'a colleague', channel: 'phone' }, { beliefAfter: 35 }),
      experiment({}, { learning: null }),
      experiment({}, null),
    ]);
    expect(result.figures).toEqual({
      experimentsCompleted: 3,
      experimentsWithLearning: 2,
      distinctHelpers: 2,
      distinctChannels: 2,
      distinctLifeAreas: 1,
      meanExpectancyGap: 0.6,
      meanBeliefDrop: 20,
      meanDistressGap: 2,
    });
  });
});

describe('normaliseHelper', () => {
  it.each([
    ['My Sister', 'my sister'],
    ['  my   sister ', 'my sister'],
    ['MY\tSISTER', 'my sister'],
    ['Dr. Müller', 'dr. müller'],
  ])('%j → %j', (name, expected) => {
    expect(normaliseHelper(name)).toBe(expected);
  });
});
