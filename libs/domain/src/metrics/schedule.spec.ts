import { adherence, combineAdherence, expandSchedule, type ScheduleInput } from './schedule';

describe('expandSchedule', () => {
  it.each<[string, ScheduleInput, string[]]>([
    ['once', { startOn: '2026-03-02', recurrence: { kind: 'once', dueOn: '2026-03-05' } }, ['2026-03-05']],
    [
      'daily × 3 across a month end',
      { startOn: '2026-02-27', recurrence: { kind: 'daily', count: 3 } },
      ['2026-02-27', '2026-02-28', '2026-03-01'],
    ],
    [
      'daily across the spring clock change',
      { startOn: '2026-03-28', recurrence: { kind: 'daily', count: 3 } },
      ['2026-03-28', '2026-03-29', '2026-03-30'],
    ],
    [
      'weekly × 3 on the start weekday',
      { startOn: '2026-03-04', recurrence: { kind: 'weekly', count: 3 } },
      ['2026-03-04', '2026-03-11', '2026-03-18'],
    ],
    [
      'Mon/Wed/Fri × 4, starting on a Tuesday',
      { startOn: '2026-03-03', recurrence: { kind: 'weekdays', weekdays: [5, 1, 3], count: 4 } },
      ['2026-03-04', '2026-03-06', '2026-03-09', '2026-03-11'],
    ],
    [
      'Sundays × 2 across the new year',
      { startOn: '2026-12-28', recurrence: { kind: 'weekdays', weekdays: [7], count: 2 } },
      ['2027-01-03', '2027-01-10'],
    ],
    [
      'a closed pause skips its days, the resume day is due',
      {
        startOn: '2026-03-02',
        recurrence: { kind: 'daily', count: 6 },
        pauses: [{ from: '2026-03-03', to: '2026-03-05' }],
      },
      ['2026-03-02', '2026-03-05', '2026-03-06', '2026-03-07'],
    ],
    [
      'an open pause skips everything from its start',
      {
        startOn: '2026-03-02',
        recurrence: { kind: 'daily', count: 5 },
        pauses: [{ from: '2026-03-04', to: null }],
      },
      ['2026-03-02', '2026-03-03'],
    ],
    [
      'a pause and resume on the same day skips nothing',
      {
        startOn: '2026-03-02',
        recurrence: { kind: 'daily', count: 2 },
        pauses: [{ from: '2026-03-03', to: '2026-03-03' }],
      },
      ['2026-03-02', '2026-03-03'],
    ],
    [
      'a paused weekly occurrence is skipped, not postponed',
      {
        startOn: '2026-03-02',
        recurrence: { kind: 'weekly', count: 3 },
        pauses: [{ from: '2026-03-08', to: '2026-03-14' }],
      },
      ['2026-03-02', '2026-03-16'],
    ],
    [
      'nothing after endedOn; endedOn itself is due',
      { startOn: '2026-03-02', recurrence: { kind: 'daily', count: 10 }, endedOn: '2026-03-04' },
      ['2026-03-02', '2026-03-03', '2026-03-04'],
    ],
    [
      'ended before it was due',
      { startOn: '2026-03-02', recurrence: { kind: 'once', dueOn: '2026-03-09' }, endedOn: '2026-03-05' },
      [],
    ],
  ])('%s', (_name, input, expected) => {
    expect(expandSchedule(input)).toEqual(expected);
  });

  it('keeps only the occurrences inside a window (both ends inclusive)', () => {
    const input: ScheduleInput = { startOn: '2026-03-02', recurrence: { kind: 'daily', count: 10 } };
    expect(expandSchedule(input, { from: '2026-03-05', to: '2026-03-07' })).toEqual([
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
    ]);
    expect(expandSchedule(input, { from: '2026-04-01', to: '2026-04-30' })).toEqual([]);
  });

  it('expands the longest schedules the schemas allow', () => {
    expect(expandSchedule({ startOn: '2026-01-01', recurrence: { kind: 'daily', count: 366 } })).toHaveLength(
      366,
    );
    expect(expandSchedule({ startOn: '2026-01-01', recurrence: { kind: 'weekly', count: 104 } }).at(-1)).toBe(
      '2027-12-23',
    );
    expect(
      expandSchedule({ startOn: '2026-01-01', recurrence: { kind: 'weekdays', weekdays: [6], count: 366 } }),
    ).toHaveLength(366);
  });
});

describe('adherence', () => {
  const window = { from: '2026-03-02', to: '2026-03-08' };
  const week = [
    '2026-03-02',
    '2026-03-03',
    '2026-03-04',
    '2026-03-05',
    '2026-03-06',
    '2026-03-07',
    '2026-03-08',
  ];

  it.each([
    ['nothing due, nothing done', [], [], { due: 0, completed: 0, rate: null }],
    ['nothing due, something done anyway', [], ['2026-03-03'], { due: 0, completed: 0, rate: null }],
    ['all done', week, week, { due: 7, completed: 7, rate: 1 }],
    ['none done', week, [], { due: 7, completed: 0, rate: 0 }],
    [
      'some done, a day off from the due date',
      week,
      ['2026-03-02', '2026-03-04', '2026-03-04'],
      { due: 7, completed: 3, rate: 3 / 7 },
    ],
    [
      'more done than due is capped',
      ['2026-03-04'],
      ['2026-03-03', '2026-03-04', '2026-03-05'],
      { due: 1, completed: 1, rate: 1 },
    ],
    [
      'due and done outside the window do not count',
      ['2026-03-01', '2026-03-04', '2026-03-09'],
      ['2026-03-01', '2026-03-09'],
      { due: 1, completed: 0, rate: 0 },
    ],
    [
      'window edges are inclusive',
      ['2026-03-02', '2026-03-08'],
      ['2026-03-08'],
      { due: 2, completed: 1, rate: 0.5 },
    ],
  ])('%s', (_name, due, done, expected) => {
    expect(adherence(due, done, window)).toEqual(expected);
  });

  it('adds assignments up without letting one cover for another', () => {
    const walked = adherence(
      ['2026-03-02', '2026-03-03'],
      ['2026-03-02', '2026-03-03', '2026-03-04'],
      window,
    );
    const asked = adherence(['2026-03-05'], [], window);
    expect(combineAdherence([walked, asked])).toEqual({ due: 3, completed: 2, rate: 2 / 3 });
    expect(combineAdherence([])).toEqual({ due: 0, completed: 0, rate: null });
  });
});
