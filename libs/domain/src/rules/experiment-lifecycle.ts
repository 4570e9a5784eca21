/**
 * An experiment's lifecycle. The prediction is only worth comparing with the outcome if it was written before,
 * so once the request is marked done ('lock') the plan and prediction never change again:
 *
 *   planned ──lock──▶ locked ──record-outcome──▶ completed ──record-outcome (a correction)──▶ completed
 *   (plan editable)   (outcome stage open)        (outcome editable, plan never)
 */
import { fail, ok, type Result } from './domain.errors';

export const EXPERIMENT_STATES = ['planned', 'locked', 'completed'] as const;
export type ExperimentState = (typeof EXPERIMENT_STATES)[number];

export const EXPERIMENT_ACTIONS = ['edit-plan', 'lock', 'record-outcome'] as const;
export type ExperimentAction = (typeof EXPERIMENT_ACTIONS)[number];

/** The state after `action`, or why the action is refused. */
export function nextExperimentState(
  state: ExperimentState,
  action: ExperimentAction,
): Result<ExperimentState> {
  switch (action) {
    case 'edit-plan':
      return state === 'planned' ? ok('planned') : fail('PREDICTION_LOCKED');
    case 'lock':
      if (state === 'planned') return ok('locked');
      return fail('INVALID_TRANSITION', 'The plan and prediction are already locked.');
    case 'record-outcome':
      return state === 'planned' ? fail('OUTCOME_BEFORE_LOCK') : ok('completed');
  }
}

/** The plan (and its prediction) may change only before it is locked. */
export function assertPlanEditable(state: ExperimentState): Result<ExperimentState> {
  return nextExperimentState(state, 'edit-plan');
}

/** An outcome may be recorded once the plan is locked, and corrected after. */
export function canRecordOutcome(state: ExperimentState): boolean {
  return nextExperimentState(state, 'record-outcome').ok;
}
