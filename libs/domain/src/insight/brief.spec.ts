import { ExperimentOutcomeSchema, ExperimentPlanSchema } from '../records/experiment.schema';
import { readinessSuggestion } from '../metrics/readiness';
import { buildBrief, type BriefExperiment, type BriefInput } from './brief';

const plan = (over: Record<string, unknown> = {}) =>
  ExperimentPlanSchema.parse({
    helper: 'my sister',
    request: 'to pick me up from the station',
    channel: 'phone',
    lifeArea: 'relationships',
    plannedOn: '2026-11-02',
    predictedYesChance: 20,
    anticipatedDistress: 8,
    fearedThought: 'She will think I am useless',
    beliefBefore: 80,
    ...over,
  });
const outcome = (over: Record<string, unknown> = {}) =>
  ExperimentOutcomeSchema.parse({
    didAsk: 'yes',
    askedOn: '2026-11-02',
    response: 'yes',
    peakDistress: 4,
    beliefAfter: 40,
    learning: 'She was glad to.',
    ...over,
  });
const exp = (
  entryId: string,
  p = plan(),
  o: ReturnType<typeof outcome> | null = outcome(),
): BriefExperiment => ({
  entryId,
  plan: p,
  outcome: o,
});

const base = (over: Partial<BriefInput> = {}): BriefInput => ({
  period: { from: '2026-11-01', to: '2026-11-14' },
  experiments: [],
  previousExperiments: [],
  tags: [],
  adherence: { due: 0, completed: 0, rate: null },
  unreadShared: [],
  openRiskFlags: [],
  raisedForSession: [],
  readiness: readinessSuggestion([]),
  currentRung: 2,
  ...over,
});

const codes = (input: BriefInput) => buildBrief(input).talkingPoints.map((p) => p.code);

describe('buildBrief', () => {
  it('has nothing to say about an empty period, and says so with nulls rather than zeros', () => {
    const brief = buildBrief(base());
    expect(brief.talkingPoints).toEqual([]);
    expect(brief.calibration).toBeNull();
    expect(brief.meanDistressGap).toBeNull();
    expect(brief.meanSlippageDays).toBeNull();
    expect(brief.topBarriers).toEqual([]);
  });

  const privateFlag = { tier: null, category: null, findings: [] };
  const concern = {
    tier: 'concern',
    category: 'burden',
    findings: [{ tier: 'concern', category: 'burden', evidence: 'better off without me', when: null }],
  } as const;
  const explicit = {
    tier: 'explicit',
    category: 'intent-or-plan',
    findings: [{ tier: 'explicit', category: 'intent-or-plan', evidence: 'going to end it', when: null }],
  } as const;

  it('puts open risk flags first, linking only entries the practitioner may read', () => {
    const brief = buildBrief(
      base({
        openRiskFlags: [
          { flagId: 'f1', entryId: null, raisedAt: '2026-11-03T10:00:00Z', ...privateFlag },
          { flagId: 'f2', entryId: 'e9', raisedAt: '2026-11-04T10:00:00Z', ...concern },
        ],
        experiments: [exp('e1')],
      }),
    );
    expect(brief.talkingPoints[0]).toEqual({
      code: 'risk-flags',
      text: 'Check in about safety first: 2 open risk flags since they were last acknowledged.',
      entryIds: ['e9'],
    });
  });

  it('says how many open flags are of explicit risk', () => {
    const brief = buildBrief(
      base({
        openRiskFlags: [
          { flagId: 'f1', entryId: 'e8', raisedAt: '2026-11-03T10:00:00Z', ...explicit },
          { flagId: 'f2', entryId: 'e9', raisedAt: '2026-11-04T10:00:00Z', ...concern },
        ],
      }),
    );
    expect(brief.talkingPoints[0]?.text).toBe(
      'Check in about safety first: 2 open risk flags since they were last acknowledged (1 explicit risk).',
    );
    expect(brief.openRiskFlags[0]).toMatchObject({ tier: 'explicit', category: 'intent-or-plan' });
  });

  it('names experiments that went better or worse than predicted, biggest gap first, with their entries', () => {
    const brief = buildBrief(
      base({
        experiments: [
          exp('small', plan({ predictedYesChance: 90 })),
          exp('better', plan({ predictedYesChance: 10 })),
          exp('worse', plan({ predictedYesChance: 90 }), outcome({ response: 'no' })),
        ],
      }),
    );
    expect(brief.biggestGaps.map((e) => e.entryId)).toEqual(['better', 'worse', 'small']);
    expect(brief.talkingPoints.filter((p) => p.code.endsWith('predicted'))).toEqual([
      { code: 'better-than-predicted', text: expect.stringContaining('10 %'), entryIds: ['better'] },
      { code: 'worse-than-predicted', text: expect.stringContaining('90 %'), entryIds: ['worse'] },
    ]);
  });

  it('leaves out unanswered predictions instead of treating them as 0 %', () => {
    const brief = buildBrief(base({ experiments: [exp('e1', plan({ predictedYesChance: null }))] }));
    expect(brief.biggestGaps).toEqual([]);
    expect(brief.calibration).toBeNull();
    expect(codes(base({ experiments: [exp('e1', plan({ predictedYesChance: null }))] }))).not.toContain(
      'better-than-predicted',
    );
  });

  it('reports belief drops, requests not made, and slippage', () => {
    const input = base({
      experiments: [
        exp('drop'),
        exp(
          'late',
          plan({ beliefBefore: null, fearedThought: null }),
          outcome({ askedOn: '2026-11-06', beliefAfter: null }),
        ),
        exp(
          'no',
          plan(),
          outcome({
            didAsk: 'no',
            whatGotInTheWay: 'Nerves',
            askedOn: null,
            response: null,
            beliefAfter: null,
          }),
        ),
      ],
    });
    const brief = buildBrief(input);
    const byCode = Object.fromEntries(brief.talkingPoints.map((p) => [p.code, p]));
    expect(byCode['belief-dropped']).toEqual({
      code: 'belief-dropped',
      text: expect.stringContaining('from 80 % to 40 %'),
      entryIds: ['drop'],
    });
    expect(byCode['did-not-ask']?.entryIds).toEqual(['no']);
    expect(brief.meanSlippageDays).toBe(2); // (0 + 4) / 2: the request not made has no date
    expect(byCode['slippage']?.entryIds).toEqual(['late']);
  });

  it('asks about low adherence only when enough was due', () => {
    expect(codes(base({ adherence: { due: 4, completed: 1, rate: 0.25 } }))).toEqual(['low-adherence']);
    expect(codes(base({ adherence: { due: 1, completed: 0, rate: 0 } }))).toEqual([]);
    expect(codes(base({ adherence: { due: 4, completed: 2, rate: 0.5 } }))).toEqual([]);
  });

  it('counts barriers with confirmed and unreviewed apart, ignores rejected, and names one that is rising', () => {
    const brief = buildBrief(
      base({
        tags: [
          { entryId: 'a', barrierId: 'shame', status: 'confirmed', period: 'current' },
          { entryId: 'b', barrierId: 'shame', status: 'suggested', period: 'current' },
          { entryId: 'c', barrierId: 'shame', status: 'rejected', period: 'current' },
          { entryId: 'z', barrierId: 'shame', status: 'client', period: 'previous' },
          { entryId: 'd', barrierId: 'fear-of-rejection', status: 'confirmed', period: 'previous' },
          { entryId: 'e', barrierId: 'fear-of-rejection', status: 'confirmed', period: 'previous' },
          { entryId: 'f', barrierId: 'fear-of-rejection', status: 'confirmed', period: 'current' },
        ],
      }),
    );
    expect(
      brief.topBarriers.map((b) => [
        b.barrierId,
        b.confirmed,
        b.unreviewed,
        b.previousConfirmed,
        b.previousUnreviewed,
      ]),
    ).toEqual([
      ['shame', 1, 1, 0, 1],
      ['fear-of-rejection', 1, 0, 2, 0],
    ]);
    expect(brief.talkingPoints).toEqual([
      {
        code: 'barrier-rising',
        text: expect.stringMatching(/came up 2 times \(1 confirmed\), against 1/),
        entryIds: ['a', 'b'],
      },
    ]);
  });

  it('mentions readiness only when the learning-based rule is met, never for calmer distress alone', () => {
    const calmer = [1, 2, 3].map((i) =>
      exp(`c${i}`, plan({ helper: `helper ${i}` }), outcome({ learning: null })),
    );
    expect(codes(base({ readiness: readinessSuggestion(calmer) }))).not.toContain('ready-for-next-rung');
    const learned = [1, 2, 3].map((i) => exp(`l${i}`, plan({ helper: `helper ${i}` })));
    const points = buildBrief(base({ readiness: readinessSuggestion(learned) })).talkingPoints;
    expect(points).toEqual([
      { code: 'ready-for-next-rung', text: expect.stringContaining('rung 3'), entryIds: [] },
    ]);
  });

  it('compares calibration with the period before', () => {
    const brief = buildBrief(
      base({
        experiments: [exp('a', plan({ predictedYesChance: 50 }))],
        previousExperiments: [exp('p', plan({ predictedYesChance: 0 }))],
      }),
    );
    expect(brief.calibration).toMatchObject({ n: 1, brier: 0.25 });
    expect(brief.previousCalibration).toMatchObject({ n: 1, brier: 1 });
  });
});
