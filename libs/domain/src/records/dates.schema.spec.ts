import fc from 'fast-check';
import type { z } from 'zod';
import { addDays, diffDays, formatLocalDate, isLocalDate, parseLocalDate } from '../time/time';
import {
  briefPeriod,
  CalendarDateSchema,
  datePeriod,
  InstantSchema,
  instantPeriod,
  LocalDateSchema,
  nearTodayWindow,
  OffsetInstantSchema,
  PERIOD_MAX_DAYS,
} from './dates.schema';
import { formatZodIssues } from './format-issues';
import { BriefQuerySchema, BriefReviewSchema, SessionCreateSchema } from './insight.schema';
import { AssignmentActionSchema } from './requests.schema';
import { z as zod } from 'zod';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : formatZodIssues(r.error);
};

const today = formatLocalDate(new Date());

describe('CalendarDateSchema: a calendar date both databases and the arithmetic accept', () => {
  it.each([
    ['1900-01-01', true],
    ['2024-02-29', true],
    ['9999-12-31', true],
    ['0000-01-01', false],
    ['0001-01-01', false],
    ['1899-12-31', false],
    ['2023-02-29', false],
    ['2026-02-30', false],
    ['10000-01-01', false],
    ['+002026-01-01', false],
    ['', false],
  ])('%j valid: %s', (value, valid) => {
    expect(CalendarDateSchema.safeParse(value).success).toBe(valid);
  });

  it('says which range it takes', () => {
    expect(messages(CalendarDateSchema, '1899-12-31')).toEqual([
      { path: '', message: 'Use a date from 1900-01-01 to 9999-12-31.' },
    ]);
    expect(messages(CalendarDateSchema, '0000-01-01')).toEqual([
      { path: '', message: 'Use a real calendar date written YYYY-MM-DD.' },
    ]);
  });
});

describe('LocalDateSchema: a day a person picks, near today', () => {
  const { from, to } = nearTodayWindow();

  it('takes 10 years back to 5 years ahead, and nothing outside', () => {
    expect(from).toBe(`${Number(today.slice(0, 4)) - 10}${today.slice(4)}`.replace(/-02-29$/, '-02-28'));
    expect(to).toBe(`${Number(today.slice(0, 4)) + 5}${today.slice(4)}`.replace(/-02-29$/, '-02-28'));
    for (const ok of [from, to, today, addDays(today, 1), addDays(today, -1)])
      expect(LocalDateSchema.safeParse(ok).success).toBe(true);
    for (const no of [addDays(from, -1), addDays(to, 1), '9999-12-31', '1900-01-01', '0000-01-01'])
      expect(LocalDateSchema.safeParse(no).success).toBe(false);
  });

  it('names the window in its message', () => {
    expect(messages(LocalDateSchema, '9999-12-31')[0]?.message).toBe(
      `Choose a date from ${from} to ${to} (at most 10 years back or 5 ahead).`,
    );
  });

  it('moves 29 February to the 28th in a year without one', () => {
    expect(nearTodayWindow(new Date('2028-02-29T12:00:00Z'))).toEqual({
      from: '2018-02-28',
      to: '2033-02-28',
    });
  });

  it('is what every date a person picks goes through (a session, an assignment action)', () => {
    expect(messages(SessionCreateSchema, { heldOn: '0000-01-01' })).toEqual([
      { path: 'heldOn', message: 'Use a real calendar date written YYYY-MM-DD.' },
    ]);
    expect(messages(AssignmentActionSchema, { action: 'pause', on: '9999-12-31' })[0]?.path).toBe('on');
  });

  it('any day in the window leaves room for two years of schedule arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: diffDays(to, from) }),
        fc.integer({ min: -800, max: 800 }),
        (d, n) => {
          const day = addDays(from, d);
          expect(LocalDateSchema.safeParse(day).success).toBe(true);
          expect(isLocalDate(addDays(day, n))).toBe(true);
        },
      ),
    );
  });
});

describe('InstantSchema and OffsetInstantSchema', () => {
  it.each([
    ['2026-03-29T23:30:00Z', true, true],
    ['2026-03-29T23:30:00.123Z', true, true],
    ['2026-03-29T23:30:00+01:00', false, true],
    ['2024-02-29T12:00:00+14:00', false, true],
    ['2024-02-29T12:00:00-14:00', false, true],
    ['2026-01-01T00:00:00+14:01', false, false],
    ['2026-01-01T00:00:00-15:00', false, false],
    ['2026-01-01T00:00:00+16:00', false, false],
    ['2023-02-29T12:00:00Z', false, false],
    ['0000-01-01T00:00:00Z', false, false],
    ['1899-12-31T23:59:59Z', false, false],
    ['1900-01-01T00:00:00Z', true, true],
    ['9999-12-31T23:59:59Z', true, true],
    ['9999-12-31T23:59:59-14:00', false, false],
    ['2026-03-29T23:30:00', false, false],
    ['2026-02-30T10:00:00Z', false, false],
  ])('%j valid: %s in UTC, %s with an offset', (value, utc, offset) => {
    expect(InstantSchema.safeParse(value).success).toBe(utc);
    expect(OffsetInstantSchema.safeParse(value).success).toBe(offset);
  });
});

describe('periods', () => {
  it('refuses a start after the end and a period over a year, on the start field', () => {
    expect(messages(BriefQuerySchema, { since: '2026-03-02', until: '2026-03-01' })).toEqual([
      { path: 'since', message: 'The start of the period cannot be after its end.' },
    ]);
    expect(messages(BriefReviewSchema, { from: '2025-01-01', to: '2026-01-02' })).toEqual([
      { path: 'from', message: `A period can be at most ${PERIOD_MAX_DAYS} days long.` },
    ]);
    expect(BriefReviewSchema.safeParse({ from: '2025-01-01', to: '2026-01-01' }).success).toBe(true);
    expect(BriefQuerySchema.safeParse({ since: '9999-12-31', until: '9999-12-31' }).success).toBe(true);
    expect(BriefQuerySchema.safeParse({ since: '1900-01-01' }).success).toBe(true);
  });

  it('for instants: the start not after the end', () => {
    const schema = zod
      .object({ from: OffsetInstantSchema.optional(), to: OffsetInstantSchema.optional() })
      .superRefine(instantPeriod('from', 'to'));
    expect(schema.safeParse({ from: '2026-01-02T00:00:00+14:00', to: '2026-01-01T11:00:00Z' }).success).toBe(
      true,
    );
    expect(messages(schema, { from: '2026-01-02T00:00:00Z', to: '2026-01-01T23:00:00-00:30' })).toEqual([
      { path: 'from', message: 'The start cannot be after the end.' },
    ]);
    const dates = zod.object({ a: zod.string(), b: zod.string() }).superRefine(datePeriod('a', 'b', 7));
    expect(messages(dates, { a: '2026-01-01', b: '2026-01-08' })[0]?.path).toBe('a');
  });
});

describe('briefPeriod: the default period cannot leave the calendar', () => {
  it('runs from the day after the last session, or two weeks, to today', () => {
    expect(
      briefPeriod({ since: undefined, until: undefined, today: '2026-03-15', lastSessionOn: '2026-03-01' }),
    ).toEqual({ ok: true, from: '2026-03-02', to: '2026-03-15', previousFrom: '2026-02-16' });
    expect(
      briefPeriod({ since: undefined, until: '2026-03-15', today: '2026-12-01', lastSessionOn: null }),
    ).toEqual({
      ok: true,
      from: '2026-03-02',
      to: '2026-03-15',
      previousFrom: '2026-02-16',
    });
  });

  it('cuts a default over a year long, and refuses such a since', () => {
    expect(
      briefPeriod({ since: undefined, until: undefined, today: '2026-03-15', lastSessionOn: '2020-01-01' }),
    ).toMatchObject({ ok: true, from: addDays('2026-03-15', -(PERIOD_MAX_DAYS - 1)), to: '2026-03-15' });
    expect(
      briefPeriod({ since: '2020-01-01', until: undefined, today: '2026-03-15', lastSessionOn: null }),
    ).toEqual({
      ok: false,
      path: 'since',
      message: `A period can be at most ${PERIOD_MAX_DAYS} days long.`,
    });
    expect(
      briefPeriod({ since: '2026-03-16', until: undefined, today: '2026-03-15', lastSessionOn: null }),
    ).toEqual({
      ok: false,
      path: 'since',
      message: 'The start of the period cannot be after its end.',
    });
  });

  it('gives real dates for any valid until and since, at either end of the calendar', () => {
    const calendarDay = fc
      .integer({ min: 0, max: diffDays('9999-12-31', '1900-01-01') })
      .map((d) => addDays('1900-01-01', d));
    fc.assert(
      fc.property(
        fc.option(calendarDay, { nil: undefined }),
        fc.option(calendarDay, { nil: undefined }),
        fc.option(calendarDay, { nil: null }),
        fc.constantFrom('1900-01-01', '9999-12-31', today),
        (since, until, lastSessionOn, day) => {
          const p = briefPeriod({ since, until, today: day, lastSessionOn });
          if (!p.ok) return;
          for (const d of [p.from, p.to, p.previousFrom]) expect(isLocalDate(d)).toBe(true);
          expect(diffDays(p.to, p.from) + 1).toBeLessThanOrEqual(PERIOD_MAX_DAYS);
        },
      ),
    );
  });
});

describe('date arithmetic refuses to leave the years 0001–9999', () => {
  it('throws a RangeError instead of writing 10000-01-01 or year 0', () => {
    expect(addDays('9999-12-31', 0)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => parseLocalDate('0000-01-01')).toThrow(RangeError);
    expect(isLocalDate('0000-02-29')).toBe(false);
  });
});
