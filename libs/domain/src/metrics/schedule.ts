/**
 * When assignments fall due, and how many of those occurrences the client completed.
 *
 * Decisions, in one place:
 * - Every recurrence `count` counts occurrences on the calendar from startOn (see RecurrenceSchema).
 * - A pause SKIPS the occurrences inside it; it does not postpone them. A paused day is simply not due, and the
 *   schedule does not grow longer. A pause covers [from, to): the resume day is due again.
 * - Nothing is due after endedOn; an occurrence on endedOn itself is still due.
 */
import type { Pause, Recurrence } from '../records/assignment.schema';
import { addDays, isoWeekday, type LocalDate } from '../time/time';

export interface DateWindow {
  /** First day, inclusive. */
  from: LocalDate;
  /** Last day, inclusive. */
  to: LocalDate;
}

export interface ScheduleInput {
  startOn: LocalDate;
  recurrence: Recurrence;
  pauses?: readonly Pause[];
  endedOn?: LocalDate | null;
}

const inWindow = (date: LocalDate, window: DateWindow): boolean => date >= window.from && date <= window.to;

function isPaused(date: LocalDate, pauses: readonly Pause[]): boolean {
  return pauses.some((pause) => date >= pause.from && (pause.to === null || date < pause.to));
}

/** The calendar series of a recurrence, before pauses and the end are applied. */
function series(startOn: LocalDate, recurrence: Recurrence): LocalDate[] {
  switch (recurrence.kind) {
    case 'once':
      return [recurrence.dueOn];
    case 'daily':
      return Array.from({ length: recurrence.count }, (_, i) => addDays(startOn, i));
    case 'weekly':
      return Array.from({ length: recurrence.count }, (_, i) => addDays(startOn, i * 7));
    case 'weekdays': {
      // Only real weekdays, so the loop below always ends.
      const chosen = new Set<number>(recurrence.weekdays.filter((d) => d >= 1 && d <= 7));
      if (chosen.size === 0) return [];
      const dates: LocalDate[] = [];
      for (let day = startOn; dates.length < recurrence.count; day = addDays(day, 1)) {
        if (chosen.has(isoWeekday(day))) dates.push(day);
      }
      return dates;
    }
  }
}

/** The local dates an assignment is due, in order, optionally only those inside `window`. */
export function expandSchedule(input: ScheduleInput, window?: DateWindow): LocalDate[] {
  const pauses = input.pauses ?? [];
  const endedOn = input.endedOn ?? null;
  return series(input.startOn, input.recurrence).filter(
    (date) =>
      !isPaused(date, pauses) &&
      (endedOn === null || date <= endedOn) &&
      (window === undefined || inWindow(date, window)),
  );
}

export interface Adherence {
  /** Occurrences due inside the window. */
  due: number;
  /** Completions inside the window, at most one per due occurrence. */
  completed: number;
  /** completed / due; null when nothing was due. */
  rate: number | null;
}

/**
 * Entries completed against occurrences due, for ONE assignment over a window.
 *
 * Matching rule: count the completions whose date is inside the window and cap them at the number due. A
 * completion a day early or late still counts if it is in the window (clients rarely do things on the exact
 * day); extra completions never push the rate above 1. Call it per assignment and add up with
 * `combineAdherence`, so one exercise done twice never covers for another left undone.
 */
export function adherence(
  occurrencesDue: readonly LocalDate[],
  completedOn: readonly LocalDate[],
  window: DateWindow,
): Adherence {
  const due = occurrencesDue.filter((date) => inWindow(date, window)).length;
  const completed = Math.min(due, completedOn.filter((date) => inWindow(date, window)).length);
  return { due, completed, rate: due === 0 ? null : completed / due };
}

/** Adherence over several assignments: their due and completed counts added. */
export function combineAdherence(parts: readonly Adherence[]): Adherence {
  const due = parts.reduce((sum, part) => sum + part.due, 0);
  const completed = parts.reduce((sum, part) => sum + part.completed, 0);
  return { due, completed, rate: due === 0 ? null : completed / due };
}
