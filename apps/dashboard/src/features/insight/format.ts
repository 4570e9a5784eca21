const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 days ago", "yesterday", "5 minutes ago": when something happened, in the reader's words. */
export function relativeTime(iso: string, now = Date.now()): string {
  // A time ahead of this device's clock (a clock a little off) reads as now, never "in 3 hours".
  const diff = Math.min(0, Date.parse(iso) - now);
  if (diff > -60_000) return 'just now';
  for (const [unit, ms] of UNITS) {
    if (-diff >= ms || unit === 'minute') return relative.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

/** A 0–1 share as a whole percentage, or a dash when there is none. */
export const percent = (x: number | null | undefined): string =>
  x === null || x === undefined ? '–' : `${Math.round(x * 100)} %`;

/** A number or a dash. */
export const orDash = (x: number | null | undefined, suffix = ''): string =>
  x === null || x === undefined ? '–' : `${Math.round(x * 10) / 10}${suffix}`;
