import type { Recurrence } from '@askwell/domain';
import { formatDay } from '../../lib/labels';

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

const times = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A schedule in words, e.g. "Every day, 7 days" or "On Monday and Thursday, 6 times". */
export function describeRecurrence(r: Recurrence): string {
  switch (r.kind) {
    case 'once':
      return `Once, by ${formatDay(r.dueOn)}`;
    case 'daily':
      return `Every day, for ${times(r.count, 'day')}`;
    case 'weekdays': {
      const days = r.weekdays.map((d) => WEEKDAY_NAMES[d - 1]);
      const named = days.length > 1 ? `${days.slice(0, -1).join(', ')} and ${days.at(-1)}` : (days[0] ?? '');
      return `On ${named}, ${times(r.count, 'time')} in all`;
    }
    case 'weekly':
      return `Once a week, for ${times(r.count, 'week')}`;
  }
}
