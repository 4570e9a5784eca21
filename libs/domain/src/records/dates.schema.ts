/**
 * Every date and time the API takes, validated in one place: a real calendar date in a range both databases
 * and every piece of date arithmetic accept, tighter where the product means something (a day someone lives or
 * plans is near today), ranges that start before they end and have a bounded length, and instants whose offset
 * exists on Earth. Anything else is a field error (400 VALIDATION_FAILED naming the field), never a 500 from
 * PostgreSQL ('0000-01-01' is out of its range) or a RangeError from arithmetic past the year 9999.
 */
import { z } from 'zod';
import { addDays, diffDays, isLocalDate, type LocalDate, localDateOf } from '../time/time';

/** The earliest and latest calendar date the API takes at all (PostgreSQL has no year 0; 9999 keeps four digits). */
export const EARLIEST_DATE: LocalDate = '1900-01-01';
export const LATEST_DATE: LocalDate = '9999-12-31';

/**
 * How far from today a day a person picks may be: the day of an observation, a planned or made request, a
 * session, the start or due date of an assignment, a pause, the week on show. Schedules run at most two years
 * (366 days, 104 weeks) past their start, so every date computed from such a day stays near today too.
 */
export const NEAR_TODAY_YEARS_BACK = 10;
export const NEAR_TODAY_YEARS_AHEAD = 5;

/** The longest period a brief (or its review) covers: a year, and the year before it for comparison. */
export const PERIOD_MAX_DAYS = 366;

/** The real-world UTC offsets run from −12:00 to +14:00; ±14:00 is where an offset stops meaning a place. */
export const MAX_OFFSET_MINUTES = 14 * 60;

const ERROR_MISSING = 'Enter a date.';
const ERROR_NOT_A_DATE = 'Use a real calendar date written YYYY-MM-DD.';
/** zod's date format takes year 0000, which no calendar (and no PostgreSQL) has. */
const YEAR_ZERO = /^0000-\d{2}-\d{2}$/;

/** Today in UTC: the window near today is years wide, so a time zone's day either side does not matter. */
export function todayUtc(now: Date = new Date()): LocalDate {
  return localDateOf(now, 'UTC');
}

/** The first and last day a person may pick, as of `now`. */
export function nearTodayWindow(now: Date = new Date()): { from: LocalDate; to: LocalDate } {
  const today = todayUtc(now);
  const year = Number(today.slice(0, 4));
  // Same month and day, other year; 29 February in a year without one falls back to the 28th.
  const shift = (years: number): LocalDate => {
    const y = String(year + years).padStart(4, '0');
    const candidate = `${y}${today.slice(4)}`;
    return isLocalDate(candidate) ? candidate : `${y}-02-28`;
  };
  return { from: shift(-NEAR_TODAY_YEARS_BACK), to: shift(NEAR_TODAY_YEARS_AHEAD) };
}

/**
 * A calendar date, 'YYYY-MM-DD', from 1900-01-01 to 9999-12-31: for a period someone asks about (the brief),
 * where any date means something, if only "nothing happened then". 2026-02-30 and 0000-01-01 are refused.
 */
export const CalendarDateSchema = z.iso
  .date({ error: (issue) => (issue.input === undefined ? ERROR_MISSING : ERROR_NOT_A_DATE) })
  .superRefine((value, ctx) => {
    if (YEAR_ZERO.test(value)) ctx.addIssue({ code: 'custom', message: ERROR_NOT_A_DATE });
    else if (isLocalDate(value) && (value < EARLIEST_DATE || value > LATEST_DATE))
      ctx.addIssue({ code: 'custom', message: `Use a date from ${EARLIEST_DATE} to ${LATEST_DATE}.` });
  });

/**
 * A day a person picks, 'YYYY-MM-DD': a real calendar date no more than 10 years before today or 5 years after
 * it (the day of an observation, a request planned or made, a session, an assignment's start, due or pause
 * date, the week on show). No time zone: the day as the client lives it.
 */
export const LocalDateSchema = z.iso
  .date({ error: (issue) => (issue.input === undefined ? ERROR_MISSING : ERROR_NOT_A_DATE) })
  .superRefine((value, ctx) => {
    if (YEAR_ZERO.test(value)) ctx.addIssue({ code: 'custom', message: ERROR_NOT_A_DATE });
    if (!isLocalDate(value)) return;
    const { from, to } = nearTodayWindow();
    if (value < from || value > to)
      ctx.addIssue({
        code: 'custom',
        message: `Choose a date from ${from} to ${to} (at most ${NEAR_TODAY_YEARS_BACK} years back or ${NEAR_TODAY_YEARS_AHEAD} ahead).`,
      });
  });

const EARLIEST_INSTANT_MS = Date.UTC(1900, 0, 1);
const LATEST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const OFFSET = /(?:Z|([+-])(\d{2}):(\d{2}))$/;

function instantRangeIssue(value: string): string | null {
  const offset = OFFSET.exec(value);
  if (offset?.[1] && Number(offset[2]) * 60 + Number(offset[3]) > MAX_OFFSET_MINUTES)
    return 'Use a UTC offset from -14:00 to +14:00.';
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || ms < EARLIEST_INSTANT_MS || ms > LATEST_INSTANT_MS)
    return 'Use a time from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z.';
  return null;
}

/** A moment in time: ISO 8601 in UTC with a Z, e.g. 2026-03-29T23:30:00Z, from 1900 to the end of 9999. */
export const InstantSchema = z.iso
  .datetime({ error: 'Use an ISO 8601 time in UTC ending in Z, e.g. 2026-03-29T23:30:00Z.' })
  .superRefine((value, ctx) => {
    const issue = instantRangeIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

/**
 * A moment in time with its UTC offset, e.g. 2026-03-29T23:30:00+02:00 or …Z (a filter someone types): the
 * offset within ±14:00, the moment from 1900 to the end of 9999 (in UTC).
 */
export const OffsetInstantSchema = z.iso
  .datetime({
    offset: true,
    error: 'Use an ISO 8601 time with a UTC offset or Z, e.g. 2026-03-29T23:30:00+02:00.',
  })
  .superRefine((value, ctx) => {
    const issue = instantRangeIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

/**
 * The cross-field rule of a date period in an object: `from` not after `to`, and at most `maxDays` days long
 * (both ends counted). Reported on the start field; only checked when both ends are real dates (their own
 * field errors say the rest).
 */
export function datePeriod<K extends string>(fromKey: K, toKey: K, maxDays = PERIOD_MAX_DAYS) {
  return (value: Partial<Record<K, unknown>>, ctx: z.RefinementCtx): void => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from !== 'string' || typeof to !== 'string' || !isLocalDate(from) || !isLocalDate(to)) return;
    const issue = periodIssue(from, to, maxDays);
    if (issue) ctx.addIssue({ code: 'custom', path: [fromKey], message: issue });
  };
}

/** Why a period from `from` to `to` (local dates) is refused, or null when it is fine. */
export function periodIssue(from: LocalDate, to: LocalDate, maxDays = PERIOD_MAX_DAYS): string | null {
  if (from > to) return 'The start of the period cannot be after its end.';
  if (diffDays(to, from) + 1 > maxDays) return `A period can be at most ${maxDays} days long.`;
  return null;
}

/** The same rule for two instants: `from` not after `to` (open-ended when either is missing). */
export function instantPeriod<K extends string>(fromKey: K, toKey: K) {
  return (value: Partial<Record<K, unknown>>, ctx: z.RefinementCtx): void => {
    const from = value[fromKey];
    const to = value[toKey];
    if (typeof from !== 'string' || typeof to !== 'string') return;
    const a = Date.parse(from);
    const b = Date.parse(to);
    if (!Number.isNaN(a) && !Number.isNaN(b) && a > b)
      ctx.addIssue({ code: 'custom', path: [fromKey], message: 'The start cannot be after the end.' });
  };
}

/**
 * The period a brief covers: `until` (or today for the client), back to `since` (or the day after the last
 * session, or two weeks), never longer than PERIOD_MAX_DAYS: a default reaching further back (the last session
 * was long ago) is cut to that length; a `since` asked for is refused instead. Pure arithmetic on valid dates,
 * so it cannot produce a date outside the calendar.
 */
export function briefPeriod(input: {
  since: LocalDate | undefined;
  until: LocalDate | undefined;
  today: LocalDate;
  lastSessionOn: LocalDate | null;
}):
  | { ok: true; from: LocalDate; to: LocalDate; previousFrom: LocalDate }
  | { ok: false; path: 'since' | 'until'; message: string } {
  const to = input.until ?? input.today;
  let from: LocalDate;
  if (input.since !== undefined) {
    from = input.since;
    const issue = periodIssue(from, to);
    if (issue) return { ok: false, path: 'since', message: issue };
  } else {
    const afterSession =
      input.lastSessionOn !== null && input.lastSessionOn < to ? addDays(input.lastSessionOn, 1) : null;
    const earliest = addDays(to, -(PERIOD_MAX_DAYS - 1));
    from = afterSession === null ? addDays(to, -13) : afterSession < earliest ? earliest : afterSession;
  }
  const length = diffDays(to, from) + 1;
  return { ok: true, from, to, previousFrom: addDays(from, -length) };
}
