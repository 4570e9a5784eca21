import { z } from 'zod';
import * as records from './index';
import {
  AssignmentCreateSchema,
  BarrierTagsSchema,
  CustomExerciseSchema,
  EntryReviewSchema,
  ExperimentEntrySchema,
  ExperimentOutcomeSchema,
  ExperimentPlanSchema,
  InstantSchema,
  LocalDateSchema,
  LongText,
  ObservationEntrySchema,
  PauseSchema,
  PercentSchema,
  RatingSchema,
  RecurrenceSchema,
  ReflectionEntrySchema,
  ShortText,
  TimeZoneSchema,
  formatZodIssues,
} from './index';

/** The paths of every issue, or [] when the value is valid. */
function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : formatZodIssues(result.error).map((i) => i.path);
}

describe('LocalDateSchema and InstantSchema', () => {
  it.each([
    ['2026-03-29', true],
    ['2024-02-29', true],
    ['2026-02-30', false],
    ['2023-02-29', false],
    ['2026-3-29', false],
    ['2026-03-29T00:00:00Z', false],
    ['', false],
  ])('LocalDate %j valid: %s', (value, valid) => {
    expect(LocalDateSchema.safeParse(value).success).toBe(valid);
  });

  it.each([
    ['2026-03-29T23:30:00Z', true],
    ['2026-03-29T23:30:00.123Z', true],
    ['2026-03-29T23:30:00+01:00', false],
    ['2026-03-29T23:30:00', false],
    ['2026-02-30T10:00:00Z', false],
  ])('Instant %j valid: %s', (value, valid) => {
    expect(InstantSchema.safeParse(value).success).toBe(valid);
  });

  it('accepts only time zones the runtime knows', () => {
    expect(TimeZoneSchema.safeParse('Europe/Berlin').success).toBe(true);
    expect(TimeZoneSchema.safeParse('Europe/Atlantis').success).toBe(false);
  });
});

describe('text', () => {
  it('trims', () => {
    expect(ShortText.parse('  my sister  ')).toBe('my sister');
  });

  it.each([
    ['short: empty', false, ShortText, ''],
    ['short: only spaces', false, ShortText, '   '],
    ['short: 200 characters', true, ShortText, 'x'.repeat(200)],
    ['short: 201 characters', false, ShortText, 'x'.repeat(201)],
    ['short: 200 characters inside spaces (trimmed first)', true, ShortText, ` ${'x'.repeat(200)} `],
    ['long: 4000 characters', true, LongText, 'x'.repeat(4000)],
    ['long: 4001 characters', false, LongText, 'x'.repeat(4001)],
    ['long: only whitespace', false, LongText, '\n\t '],
  ] as const)('%s → valid: %s', (_name, valid, schema, value) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });
});

describe('ratings and percentages: null means unanswered', () => {
  it.each([
    ['rating', null, true, RatingSchema],
    ['rating', 0, true, RatingSchema],
    ['rating', 10, true, RatingSchema],
    ['rating', 11, false, RatingSchema],
    ['rating', -1, false, RatingSchema],
    ['rating', 2.5, false, RatingSchema],
    ['rating', '5', false, RatingSchema],
    ['rating', undefined, false, RatingSchema],
    ['percent', null, true, PercentSchema],
    ['percent', 100, true, PercentSchema],
    ['percent', 101, false, PercentSchema],
    ['percent', 33.3, false, PercentSchema],
  ] as const)('%s %j → valid: %s', (_name, value, valid, schema) => {
    expect(schema.safeParse(value).success).toBe(valid);
  });
});

describe('BarrierTagsSchema', () => {
  it('accepts distinct known barriers', () => {
    expect(BarrierTagsSchema.parse(['shame', 'fear-of-rejection'])).toEqual(['shame', 'fear-of-rejection']);
  });

  it('names the repeated tag by its index', () => {
    expect(
      issuePaths(z.object({ tags: BarrierTagsSchema }), { tags: ['shame', 'sunk-cost', 'shame'] }),
    ).toEqual(['tags[2]']);
  });

  it('rejects an unknown barrier', () => {
    expect(issuePaths(BarrierTagsSchema, ['shame', 'laziness'])).toEqual(['[1]']);
  });
});

const observation = {
  occurredOn: '2026-03-02',
  whoAsked: 'a colleague',
  whomAsked: 'our manager',
  what: 'a day off',
};

describe('ObservationEntrySchema', () => {
  it('fills what was left out with null (unanswered), never 0', () => {
    const entry = ObservationEntrySchema.parse(observation);
    expect(entry.helperReaction).toBeNull();
    expect(entry.response).toBeNull();
    expect(entry.note).toBeNull();
    expect(entry.clientBarrierTags).toEqual([]);
  });

  it('keeps a rating of 0 as 0', () => {
    expect(ObservationEntrySchema.parse({ ...observation, helperReaction: 0 }).helperReaction).toBe(0);
  });

  it('accepts a counter-offer as the response', () => {
    expect(ObservationEntrySchema.parse({ ...observation, response: 'counter-offer' }).response).toBe(
      'counter-offer',
    );
  });

  it.each([
    [{ ...observation, mood: 'fine' }, ['mood']],
    [{ ...observation, occurredOn: '2026-02-30' }, ['occurredOn']],
    [{ ...observation, size: 'huge' }, ['size']],
    [{ ...observation, channel: 'carrier-pigeon' }, ['channel']],
    [{ ...observation, what: '  ' }, ['what']],
    [{ ...observation, helperReaction: 12 }, ['helperReaction']],
  ])('rejects %j at %j', (value, paths) => {
    expect(issuePaths(ObservationEntrySchema, value)).toEqual(paths);
  });
});

const plan = {
  helper: 'my neighbour',
  request: 'to water the plants',
  channel: 'in-person',
  lifeArea: 'everyday',
  plannedOn: '2026-03-04',
};

describe('ExperimentPlanSchema', () => {
  it('leaves every rating unanswered when left out', () => {
    expect(ExperimentPlanSchema.parse(plan)).toMatchObject({
      beliefBefore: null,
      predictedYesChance: null,
      predictedAnnoyance: null,
      anticipatedDistress: null,
      expectedBarriers: [],
      plannedSafetyBehaviours: [],
    });
  });

  it.each([
    [{ ...plan, beliefBefore: 80 }, ['fearedThought']],
    [{ ...plan, beliefBefore: 80, fearedThought: 'They will think I am lazy.' }, []],
    [{ ...plan, predictedYesChance: 101 }, ['predictedYesChance']],
    [{ ...plan, anticipatedDistress: 10.5 }, ['anticipatedDistress']],
    [
      { ...plan, plannedSafetyBehaviours: ['over-apologising', 'over-apologising'] },
      ['plannedSafetyBehaviours[1]'],
    ],
    [{ ...plan, plannedSafetyBehaviours: ['bribing'] }, ['plannedSafetyBehaviours[0]']],
    [{ ...plan, lifeArea: 'hobbies' }, ['lifeArea']],
    [{ ...plan, locked: true }, ['locked']],
  ])('%j → issues at %j', (value, paths) => {
    expect(issuePaths(ExperimentPlanSchema, value)).toEqual(paths);
  });
});

describe('ExperimentOutcomeSchema cross-field rules', () => {
  const asked = { didAsk: 'yes', askedOn: '2026-03-05', response: 'yes' };
  const notAsked = { didAsk: 'no', whatGotInTheWay: 'I ran out of courage at the door.' };

  it.each([
    ['asked, with date and response', asked, []],
    ['asked partly, partly granted', { ...asked, didAsk: 'partly', response: 'partly' }, []],
    ['asked without a date', { didAsk: 'yes', response: 'yes' }, ['askedOn']],
    ['asked without a response', { didAsk: 'partly', askedOn: '2026-03-05' }, ['response']],
    ['asked with neither', { didAsk: 'yes' }, ['askedOn', 'response']],
    ['did not ask, said why', notAsked, []],
    ['did not ask, said nothing', { didAsk: 'no' }, ['whatGotInTheWay']],
    ['did not ask, yet a date', { ...notAsked, askedOn: '2026-03-05' }, ['askedOn']],
    ['did not ask, yet a response', { ...notAsked, response: 'no' }, ['response']],
    ['did not ask, yet a reaction', { ...notAsked, helperReaction: 3 }, ['helperReaction']],
    ['did not ask, peak distress is still worth recording', { ...notAsked, peakDistress: 7 }, []],
    ['did not ask, explicit nulls', { ...notAsked, askedOn: null, response: null }, []],
    ['no answer to "did you ask"', { askedOn: '2026-03-05' }, ['didAsk']],
    ['a response that is not yes/partly/no', { ...asked, response: 'counter-offer' }, ['response']],
  ])('%s', (_name, value, paths) => {
    expect(issuePaths(ExperimentOutcomeSchema, value)).toEqual(paths);
  });

  it('leaves unanswered ratings null', () => {
    expect(ExperimentOutcomeSchema.parse(asked)).toMatchObject({
      helperReaction: null,
      peakDistress: null,
      beliefAfter: null,
      learning: null,
      nextStep: null,
    });
  });

  it('reports nested paths in a full experiment body', () => {
    expect(issuePaths(ExperimentEntrySchema, { plan, outcome: { didAsk: 'yes', response: 'yes' } })).toEqual([
      'outcome.askedOn',
    ]);
    expect(ExperimentEntrySchema.parse({ plan }).outcome).toBeNull();
  });
});

describe('ReflectionEntrySchema', () => {
  it('rejects a text over 4000 characters', () => {
    expect(issuePaths(ReflectionEntrySchema, { text: 'x'.repeat(4001), sharing: 'shared' })).toEqual([
      'text',
    ]);
  });

  it('requires the client to choose whether to share', () => {
    const result = ReflectionEntrySchema.safeParse({ text: 'Asking felt smaller than I feared.' });
    expect(result.success).toBe(false);
    expect(result.success ? [] : formatZodIssues(result.error)).toEqual([
      { path: 'sharing', message: 'Choose whether to share this with your practitioner or keep it private.' },
    ]);
  });

  it.each([
    [{ text: 'Today I asked.', sharing: 'private' }, []],
    [
      { text: 'Today I asked.', sharing: 'shared', promptBarrierId: 'shame', clientBarrierTags: ['shame'] },
      [],
    ],
    [{ text: '   ', sharing: 'shared' }, ['text']],
    [{ text: 'Today I asked.', sharing: 'public' }, ['sharing']],
    [{ text: 'Today I asked.', sharing: 'shared', promptBarrierId: 'nope' }, ['promptBarrierId']],
  ])('%j → issues at %j', (value, paths) => {
    expect(issuePaths(ReflectionEntrySchema, value)).toEqual(paths);
  });
});

describe('EntryReviewSchema', () => {
  it.each([
    [{}, ['']],
    [{ tagDecisions: [], addTags: [] }, ['']],
    [{ markReviewed: true }, []],
    [{ raiseInSession: false }, []],
    [{ comment: null }, []],
    [{ comment: 'Worth asking about the sister.' }, []],
    [{ tagDecisions: [{ barrierId: 'shame', decision: 'confirm' }] }, []],
    [
      {
        tagDecisions: [
          { barrierId: 'shame', decision: 'confirm' },
          { barrierId: 'shame', decision: 'reject' },
        ],
      },
      ['tagDecisions[1].barrierId'],
    ],
    [
      { tagDecisions: [{ barrierId: 'shame', decision: 'confirm' }], addTags: ['sunk-cost', 'shame'] },
      ['addTags[1]'],
    ],
    [{ addTags: ['shame', 'shame'] }, ['addTags[1]']],
    [{ tagDecisions: [{ barrierId: 'shame', decision: 'maybe' }] }, ['tagDecisions[0].decision']],
    [{ markReviewed: true, status: 'done' }, ['status']],
  ])('%j → issues at %j', (value, paths) => {
    expect(issuePaths(EntryReviewSchema, value)).toEqual(paths);
  });
});

describe('CustomExerciseSchema', () => {
  const exercise = {
    title: 'Ask a neighbour',
    instructions: 'Ask a neighbour for one small thing this week.',
    recordType: 'experiment',
    rung: 3,
    targetedBarriers: ['social-debt'],
    suggestedFrequency: { kind: 'weekly', count: 2 },
  };

  it.each([
    [exercise, []],
    [{ ...exercise, rung: null, suggestedFrequency: { kind: 'once' } }, []],
    [{ ...exercise, rung: 7 }, ['rung']],
    [{ ...exercise, instructions: 'Too short, sorry.' }, ['instructions']],
    [{ ...exercise, targetedBarriers: [] }, ['targetedBarriers']],
    [{ ...exercise, recordType: 'diary' }, ['recordType']],
    [{ ...exercise, suggestedFrequency: { kind: 'daily', count: 0 } }, ['suggestedFrequency.count']],
    [{ ...exercise, suggestedFrequency: { kind: 'once', count: 1 } }, ['suggestedFrequency.count']],
    [{ ...exercise, suggestedFrequency: { kind: 'monthly' } }, ['suggestedFrequency.kind']],
  ])('%j → issues at %j', (value, paths) => {
    expect(issuePaths(CustomExerciseSchema, value)).toEqual(paths);
  });
});

describe('AssignmentCreateSchema and RecurrenceSchema', () => {
  const assignment = {
    exerciseRef: { source: 'template', templateId: 'micro-ask-directions' },
    startOn: '2026-03-02',
    recurrence: { kind: 'daily', count: 7 },
  };

  it('defaults the note to null', () => {
    expect(AssignmentCreateSchema.parse(assignment).note).toBeNull();
  });

  it.each([
    [assignment, []],
    [
      {
        ...assignment,
        exerciseRef: { source: 'custom', exerciseId: '3f0b1c8e-4a5d-4f7e-9b2a-1c3d5e7f9a0b' },
      },
      [],
    ],
    [
      { ...assignment, exerciseRef: { source: 'custom', exerciseId: 'not-a-uuid' } },
      ['exerciseRef.exerciseId'],
    ],
    [
      { ...assignment, exerciseRef: { source: 'template', templateId: 'Has Spaces' } },
      ['exerciseRef.templateId'],
    ],
    [{ ...assignment, recurrence: { kind: 'once', dueOn: '2026-03-02' } }, []],
    [{ ...assignment, recurrence: { kind: 'once', dueOn: '2026-03-01' } }, ['recurrence.dueOn']],
    [{ ...assignment, recurrence: { kind: 'daily', count: 366 } }, []],
    [{ ...assignment, recurrence: { kind: 'daily', count: 367 } }, ['recurrence.count']],
    [{ ...assignment, recurrence: { kind: 'weekly', count: 104 } }, []],
    [{ ...assignment, recurrence: { kind: 'weekly', count: 105 } }, ['recurrence.count']],
    [{ ...assignment, recurrence: { kind: 'weekdays', weekdays: [1, 3, 5], count: 9 } }, []],
    [{ ...assignment, recurrence: { kind: 'weekdays', weekdays: [], count: 9 } }, ['recurrence.weekdays']],
    [
      { ...assignment, recurrence: { kind: 'weekdays', weekdays: [1, 1], count: 9 } },
      ['recurrence.weekdays[1]'],
    ],
    [
      { ...assignment, recurrence: { kind: 'weekdays', weekdays: [0, 8], count: 9 } },
      ['recurrence.weekdays[0]', 'recurrence.weekdays[1]'],
    ],
    [{ ...assignment, recurrence: { kind: 'weekdays', weekdays: [2], count: 0 } }, ['recurrence.count']],
    [{ ...assignment, recurrence: { kind: 'daily', count: 3, dueOn: '2026-03-04' } }, ['recurrence.dueOn']],
    [{ ...assignment, note: '' }, ['note']],
  ])('%j → issues at %j', (value, paths) => {
    expect(issuePaths(AssignmentCreateSchema, value)).toEqual(paths);
  });

  it('rejects a note over 1000 characters', () => {
    expect(issuePaths(AssignmentCreateSchema, { ...assignment, note: 'x'.repeat(1001) })).toEqual(['note']);
  });

  it('discriminates on kind', () => {
    expect(RecurrenceSchema.parse({ kind: 'weekly', count: 4 })).toEqual({ kind: 'weekly', count: 4 });
  });
});

describe('PauseSchema', () => {
  it.each([
    [{ from: '2026-03-02', to: null }, []],
    [{ from: '2026-03-02', to: '2026-03-02' }, []],
    [{ from: '2026-03-02', to: '2026-03-09' }, []],
    [{ from: '2026-03-02', to: '2026-03-01' }, ['to']],
    [{ from: '2026-03-02' }, ['to']],
  ])('%j → issues at %j', (value, paths) => {
    expect(issuePaths(PauseSchema, value)).toEqual(paths);
  });
});

describe('formatZodIssues', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    const schema = z.object({ outcome: z.object({ tags: z.array(z.object({ id: z.string() })) }) });
    const result = schema.safeParse({ outcome: { tags: [{ id: 'a' }, { id: 1 }] } });
    expect(result.success ? [] : formatZodIssues(result.error).map((i) => i.path)).toEqual([
      'outcome.tags[1].id',
    ]);
  });

  it('names each unknown field at its own path', () => {
    const result = ExperimentEntrySchema.safeParse({ plan: { ...plan, colour: 'red', size: 'l' } });
    expect(result.success ? [] : formatZodIssues(result.error)).toEqual([
      { path: 'plan.colour', message: 'This field is not part of the form. Remove it.' },
      { path: 'plan.size', message: 'This field is not part of the form. Remove it.' },
    ]);
  });
});

describe('JSON Schema (the API builds OpenAPI from these)', () => {
  const schemas = Object.entries(records as Record<string, unknown>).filter(
    (entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType,
  );

  it('finds every exported schema', () => {
    expect(schemas.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'ObservationEntrySchema',
        'ExperimentPlanSchema',
        'ExperimentOutcomeSchema',
        'ExperimentEntrySchema',
        'ReflectionEntrySchema',
        'EntryReviewSchema',
        'CustomExerciseSchema',
        'AssignmentCreateSchema',
        'RecurrenceSchema',
        'PauseSchema',
      ]),
    );
  });

  it.each(['draft-2020-12', 'openapi-3.0'] as const)(
    'converts every schema for %s, input and output',
    (target) => {
      for (const [name, schema] of schemas) {
        for (const io of ['input', 'output'] as const) {
          const convert = () => z.toJSONSchema(schema, { io, target, unrepresentable: 'any' });
          expect({ name, io, json: convert() }).toEqual({ name, io, json: expect.any(Object) });
        }
      }
    },
  );

  it('marks entry objects closed and leaves defaulted ratings optional on input', () => {
    const json = z.toJSONSchema(ExperimentPlanSchema, { io: 'input', unrepresentable: 'any' });
    expect(json).toMatchObject({ type: 'object', additionalProperties: false });
    expect(json.required).toEqual(
      expect.arrayContaining(['helper', 'request', 'channel', 'lifeArea', 'plannedOn']),
    );
    expect(json.required).not.toContain('predictedYesChance');
    expect(z.toJSONSchema(ReflectionEntrySchema, { io: 'input' }).required).toContain('sharing');
  });
});
