/**
 * An assignment's lifecycle: active ⇄ paused, and either → ended, which is final.
 *
 * Pauses are kept as half-open date ranges (see PauseSchema): pausing on day P opens {from: P, to: null};
 * resuming on day R closes it as {from: P, to: R}, so R is due again. An assignment ended while paused keeps
 * its open pause, so nothing after the pause began becomes due.
 */
import type { AssignmentStatus, Pause } from '../records/assignment.schema';
import type { LocalDate } from '../time/time';
import { fail, ok, type Result } from './domain.errors';

export const ASSIGNMENT_ACTIONS = ['pause', 'resume', 'end'] as const;
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number];

/** The status after `action`, or why the action is refused. */
export function nextAssignmentStatus(
  status: AssignmentStatus,
  action: AssignmentAction,
): Result<AssignmentStatus> {
  if (status === 'ended') return fail('ASSIGNMENT_ENDED');
  switch (action) {
    case 'pause':
      return status === 'active'
        ? ok('paused')
        : fail('INVALID_TRANSITION', 'The assignment is already paused.');
    case 'resume':
      return status === 'paused' ? ok('active') : fail('INVALID_TRANSITION', 'The assignment is not paused.');
    case 'end':
      return ok('ended');
  }
}

export interface AssignmentLifecycle {
  readonly status: AssignmentStatus;
  readonly pauses: readonly Pause[];
  readonly endedOn: LocalDate | null;
}

/**
 * Applies an action taken on local date `on` (in the client's time zone): the new status, pauses and end date.
 * Refuses a date earlier than the pause it would close or open after, so the pauses stay in order.
 */
export function applyAssignmentAction(
  current: AssignmentLifecycle,
  action: AssignmentAction,
  on: LocalDate,
): Result<AssignmentLifecycle> {
  const next = nextAssignmentStatus(current.status, action);
  if (!next.ok) return next;
  const last = current.pauses.at(-1);
  switch (action) {
    case 'pause':
      if (last?.to != null && on < last.to) {
        return fail('INVALID_TRANSITION', 'A pause cannot start before the previous one ended.');
      }
      return ok({ status: next.value, pauses: [...current.pauses, { from: on, to: null }], endedOn: null });
    case 'resume': {
      if (last === undefined || last.to !== null) {
        return fail('INVALID_TRANSITION', 'There is no open pause to end.');
      }
      if (on < last.from)
        return fail('INVALID_TRANSITION', 'An assignment cannot resume before it was paused.');
      return ok({
        status: next.value,
        pauses: [...current.pauses.slice(0, -1), { from: last.from, to: on }],
        endedOn: null,
      });
    }
    case 'end':
      return ok({ status: next.value, pauses: current.pauses, endedOn: on });
  }
}
