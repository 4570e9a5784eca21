/**
 * An assignment's lifecycle: active ⇄ paused, and either → ended, which is final.
 *
 * Pauses are kept as half-open date ranges (see PauseSchema): pausing on day P opens {from: P, to: null};
 * resuming on day R closes it as {from: P, to: R}, so R is due again. An assignment ended while paused keeps
 * its open pause, so nothing after the pause began becomes due.
 */
import type { AssignmentStatus, Pause } from '../records/assignment.schema';
import type { LocalDate } from '../time/time';
import { ruleFail, ruleOk, type RuleResult } from './domain.errors';

export const ASSIGNMENT_ACTIONS = ['pause', 'resume', 'end'] as const;
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number];

/** The status after `action`, or why the action is refused. */
export function nextAssignmentStatus(
  status: AssignmentStatus,
  action: AssignmentAction,
): RuleResult<AssignmentStatus> {
  if (status === 'ended') return ruleFail('ASSIGNMENT_ENDED');
  switch (action) {
    case 'pause':
      return status === 'active'
        ? ruleOk('paused')
        : ruleFail('INVALID_TRANSITION', 'The assignment is already paused.');
    case 'resume':
      return status === 'paused'
        ? ruleOk('active')
        : ruleFail('INVALID_TRANSITION', 'The assignment is not paused.');
    case 'end':
      return ruleOk('ended');
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
): RuleResult<AssignmentLifecycle> {
  const next = nextAssignmentStatus(current.status, action);
  if (!next.ok) return next;
  const last = current.pauses.at(-1);
  switch (action) {
    case 'pause':
      if (last?.to != null && on < last.to) {
        return ruleFail('INVALID_TRANSITION', 'A pause cannot start before the previous one ended.');
      }
      return ruleOk({
        status: next.value,
        pauses: [...current.pauses, { from: on, to: null }],
        endedOn: null,
      });
    case 'resume': {
      if (last === undefined || last.to !== null) {
        return ruleFail('INVALID_TRANSITION', 'There is no open pause to end.');
      }
      if (on < last.from)
        return ruleFail('INVALID_TRANSITION', 'An assignment cannot resume before it was paused.');
      return ruleOk({
        status: next.value,
        pauses: [...current.pauses.slice(0, -1), { from: last.from, to: on }],
        endedOn: null,
      });
    }
    case 'end':
      return ruleOk({ status: next.value, pauses: current.pauses, endedOn: on });
  }
}
