/**
 * An experiment's lifecycle. The prediction is only worth comparing with the outcome if it was written before,
 * so once the request is marked done ('lock') the plan and prediction never change again:
 *
 *   planned ──lock──▶ locked ──record-outcome──▶ completed ──record-outcome (a correction)──▶ completed
 *   (plan editable)   (outcome stage open)        (outcome editable, plan never)
 */
import { ruleFail, ruleOk, type RuleResult } from './domain.errors';

export const EXPERIMENT_STATES = ['planned', 'locked', 'completed'] as const;
export type ExperimentState = (typeof EXPERIMENT_STATES)[number];

export const EXPERIMENT_ACTIONS = ['edit-plan', 'lock', 'record-outcome'] as const;
export type ExperimentAction = (typeof EXPERIMENT_ACTIONS)[number];

/** The state after `action`, or why the action is refused. */
export function nextExperimentState(
  state: ExperimentState,
  action: ExperimentAction,
): RuleResult<ExperimentState> {
  switch (action) {
    case 'edit-plan':
      return state === 'planned' ? ruleOk('planned') : ruleFail('PREDICTION_LOCKED');
    case 'lock':
      if (state === 'planned') return ruleOk('locked');
      return ruleFail('INVALID_TRANSITION', 'The plan and prediction are already locked.');
    case 'record-outcome':
      return state === 'planned' ? ruleFail('OUTCOME_BEFORE_LOCK') : ruleOk('completed');
  }
}

/** The plan (and its prediction) may change only before it is locked. */
export function assertPlanEditable(state: ExperimentState): RuleResult<ExperimentState> {
  return nextExperimentState(state, 'edit-plan');
}

/** An outcome may be recorded once the plan is locked, and corrected after. */
export function canRecordOutcome(state: ExperimentState): boolean {
  return nextExperimentState(state, 'record-outcome').ok;
}
