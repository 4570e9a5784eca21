import { DomainError, type DomainErrorCode } from './domain.errors';
import {
  EXPERIMENT_ACTIONS,
  EXPERIMENT_STATES,
  assertPlanEditable,
  canRecordOutcome,
  nextExperimentState,
  type ExperimentAction,
  type ExperimentState,
} from './experiment-lifecycle';

type Expected = ExperimentState | DomainErrorCode;

/** Every state × action, so a new state or action cannot slip in untested. */
const TABLE: Record<ExperimentState, Record<ExperimentAction, Expected>> = {
  planned: { 'edit-plan': 'planned', lock: 'locked', 'record-outcome': 'OUTCOME_BEFORE_LOCK' },
  locked: { 'edit-plan': 'PREDICTION_LOCKED', lock: 'INVALID_TRANSITION', 'record-outcome': 'completed' },
  completed: { 'edit-plan': 'PREDICTION_LOCKED', lock: 'INVALID_TRANSITION', 'record-outcome': 'completed' },
};

const cases = EXPERIMENT_STATES.flatMap((state) =>
  EXPERIMENT_ACTIONS.map((action) => [state, action, TABLE[state][action]] as const),
);

describe('nextExperimentState', () => {
  it('covers every state and action', () => {
    expect(cases).toHaveLength(EXPERIMENT_STATES.length * EXPERIMENT_ACTIONS.length);
  });

  it.each(cases)('%s + %s → %s', (state, action, expected) => {
    const result = nextExperimentState(state, action);
    if ((EXPERIMENT_STATES as readonly string[]).includes(expected)) {
      expect(result).toEqual({ ok: true, value: expected });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toBeInstanceOf(DomainError);
        expect(result.error.code).toBe(expected);
        expect(result.error.message).not.toBe('');
      }
    }
  });
});

describe('assertPlanEditable', () => {
  it.each([
    ['planned', true],
    ['locked', false],
    ['completed', false],
  ] as const)('%s → editable: %s', (state, editable) => {
    const result = assertPlanEditable(state);
    expect(result.ok).toBe(editable);
    if (!result.ok) expect(result.error.code).toBe('PREDICTION_LOCKED');
  });
});

describe('canRecordOutcome', () => {
  it.each([
    ['planned', false],
    ['locked', true],
    ['completed', true],
  ] as const)('%s → %s', (state, allowed) => {
    expect(canRecordOutcome(state)).toBe(allowed);
  });
});
