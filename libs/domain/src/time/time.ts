/**
 * Local dates ('YYYY-MM-DD', the day as the client lived it) and ISO weeks.
 *
 * A local date has no time zone. Arithmetic runs on UTC midnights, where every day has exactly 24 hours, so a
 * daylight-saving change can never shift a date. Only `localDateOf` knows about time zones: it turns an instant
 * into the date on a wall calendar somewhere.
 */

/** 'YYYY-MM-DD'. A plain string on the wire and in the database; validate with `isLocalDate` or LocalDateSchema. */
export type LocalDate = string;
/** 'YYYY-Www', e.g. '2020-W53'. Sorts chronologically as a string. */
export type IsoWeek = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MS_PER_DAY = 86_400_000;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** The years a local date can have: 0001–9999 (four digits; PostgreSQL has no year 0). */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

function tryParse(value: string): Date | null {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_YEAR) return null;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = utcMidnight(year, month, day);
  // Date rolls 2026-02-30 over to 2026-03-02: a real calendar date survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date;
}

/** True for a real calendar date written 'YYYY-MM-DD' (2024-02-29 yes, 2026-02-30 no, 0000-01-01 no). */
export function isLocalDate(value: string): boolean {
  return tryParse(value) !== null;
}

/** The UTC midnight that stands for a local date. Throws a RangeError on anything but a real 'YYYY-MM-DD'. */
export function parseLocalDate(value: LocalDate): Date {
  const date = tryParse(value);
  if (date === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return date;
}

/**
 * The local date of a Date's UTC calendar fields (the inverse of `parseLocalDate`). Throws a RangeError outside
 * the years 0001–9999 rather than write a date nothing can read back ('10000-01-01', '00-1-12-31').
 */
export function formatLocalDate(date: Date): LocalDate {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid Date');
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new RangeError(`Outside the years ${MIN_YEAR}–${MAX_YEAR}: ${date.toISOString()}`);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The date `days` later (or earlier); a RangeError when that leaves the years 0001–9999. */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number, got ${days}`);
  return formatLocalDate(new Date(parseLocalDate(date).getTime() + days * MS_PER_DAY));
}

/** a − b in whole days: diffDays('2026-03-02', '2026-02-28') = 2. */
export function diffDays(a: LocalDate, b: LocalDate): number {
  return Math.round((parseLocalDate(a).getTime() - parseLocalDate(b).getTime()) / MS_PER_DAY);
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  return (((parseLocalDate(date).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/** The Monday of the ISO week that contains the date. */
export function startOfIsoWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

/**
 * The ISO 8601 week of a date, 'YYYY-Www'. Weeks start on Monday and belong to the year that holds their
 * Thursday, so 2021-01-03 is in 2020-W53 and 2024-12-30 in 2025-W01.
 */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const thursday = parseLocalDate(addDays(date, 4 - isoWeekday(date)));
  const year = thursday.getUTCFullYear();
  const dayOfYear = Math.round((thursday.getTime() - utcMidnight(year, 1, 1).getTime()) / MS_PER_DAY);
  return `${pad(year, 4)}-W${pad(Math.floor(dayOfYear / 7) + 1, 2)}`;
}

/** The Monday that starts an ISO week ('2020-W53' → '2020-12-28'). Throws a RangeError on a week that does not exist. */
export function isoWeekStart(week: IsoWeek): LocalDate {
  const match = ISO_WEEK_PATTERN.exec(week);
  if (match) {
    // 4 January is always in week 1.
    const jan4 = `${match[1]}-01-04`;
    const monday = addDays(startOfIsoWeek(jan4), (Number(match[2]) - 1) * 7);
    if (Number(match[2]) >= 1 && isoWeekOf(monday) === week) return monday;
  }
  throw new RangeError(`Not an ISO week (YYYY-Www): ${JSON.stringify(week)}`);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a time zone this runtime knows (IANA names such as 'Europe/Berlin', or 'UTC'). */
export function isValidTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '') return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date on the wall in `timeZone` at an instant: 2026-03-29T23:30:00Z in Europe/Berlin is
 * 2026-03-30. Throws a RangeError on an invalid instant or an unknown time zone.
 */
export function localDateOf(instant: string | Date, timeZone: string): LocalDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${String(instant)}`);
  const parts = formatterFor(timeZone).formatToParts(ms);
  const field = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    if (part === undefined) throw new RangeError(`No ${type} in the formatted date`);
    return Number(part.value);
  };
  return `${pad(field('year'), 4)}-${pad(field('month'), 2)}-${pad(field('day'), 2)}`;
}
