import {
  addDays,
  diffDays,
  formatLocalDate,
  isLocalDate,
  isValidTimeZone,
  isoWeekday,
  isoWeekOf,
  isoWeekStart,
  localDateOf,
  parseLocalDate,
  startOfIsoWeek,
} from './time';

describe('parseLocalDate / formatLocalDate', () => {
  it.each(['2026-03-29', '2024-02-29', '2000-02-29', '0099-01-01', '9999-12-31'])(
    'round-trips %s',
    (date) => {
      expect(formatLocalDate(parseLocalDate(date))).toBe(date);
    },
  );

  it('stands a local date for its UTC midnight', () => {
    expect(parseLocalDate('2026-03-29').toISOString()).toBe('2026-03-29T00:00:00.000Z');
  });

  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-3-9',
    '26-03-29',
    '2026-03-29T00:00:00Z',
    '',
  ])('rejects %j', (value) => {
    expect(isLocalDate(value)).toBe(false);
    expect(() => parseLocalDate(value)).toThrow(RangeError);
  });
});

describe('addDays and diffDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    // Europe's spring-forward and autumn-back weekends: a day is still a day.
    ['2026-03-28', 2, '2026-03-30'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-03-29', 0, '2026-03-29'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(diffDays(expected, date)).toBe(days);
  });

  it('is negative when the first date is earlier', () => {
    expect(diffDays('2026-03-01', '2026-03-05')).toBe(-4);
  });

  it('refuses fractional days', () => {
    expect(() => addDays('2026-03-01', 0.5)).toThrow(RangeError);
  });
});

describe('isoWeekday and isoWeekOf', () => {
  it.each([
    ['2026-03-30', 1],
    ['2026-03-29', 7],
    ['2026-04-01', 3],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });

  it.each([
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-29', '2024-W52'],
    ['2024-12-30', '2025-W01'],
    ['2025-01-01', '2025-W01'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2026-03-29', '2026-W13'],
    ['2026-03-30', '2026-W14'],
    ['2008-12-29', '2009-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('finds the Monday of a week', () => {
    expect(startOfIsoWeek('2026-03-29')).toBe('2026-03-23');
    expect(startOfIsoWeek('2026-03-30')).toBe('2026-03-30');
    expect(isoWeekStart('2020-W53')).toBe('2020-12-28');
    expect(isoWeekStart('2025-W01')).toBe('2024-12-30');
  });

  it.each(['2021-W53', '2026-W00', '2026-W54', '2026-13'])(
    'rejects the week %s, which does not exist',
    (week) => {
      expect(() => isoWeekStart(week)).toThrow(RangeError);
    },
  );
});

describe('localDateOf', () => {
  it.each([
    ['2026-03-29T23:30:00Z', 'Europe/Berlin', '2026-03-30'],
    ['2026-03-29T23:30:00Z', 'UTC', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Berlin', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30'],
    ['2026-03-30T03:00:00Z', 'America/New_York', '2026-03-29'],
    ['2026-03-29T12:00:00Z', 'Pacific/Kiritimati', '2026-03-30'],
    ['2020-12-31T23:30:00Z', 'Europe/Berlin', '2021-01-01'],
    ['2026-10-25T00:30:00Z', 'Europe/London', '2026-10-25'],
  ])('%s in %s is %s', (instant, timeZone, expected) => {
    expect(localDateOf(instant, timeZone)).toBe(expected);
    expect(localDateOf(new Date(instant), timeZone)).toBe(expected);
  });

  it('throws on an unknown time zone or an invalid instant', () => {
    expect(() => localDateOf('2026-03-29T23:30:00Z', 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDateOf('yesterday', 'UTC')).toThrow(RangeError);
  });

  it('knows which time zones exist', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
