import type { AssignmentStatus } from '../records/assignment.schema';
import { ASSIGNMENT_STATUSES } from '../records/assignment.schema';
import {
  ASSIGNMENT_ACTIONS,
  applyAssignmentAction,
  nextAssignmentStatus,
  type AssignmentAction,
  type AssignmentLifecycle,
} from './assignment-lifecycle';
import { DOMAIN_ERROR_CODES, DOMAIN_ERROR_MESSAGES, type DomainErrorCode } from './domain.errors';

const TABLE: Record<AssignmentStatus, Record<AssignmentAction, AssignmentStatus | DomainErrorCode>> = {
  active: { pause: 'paused', resume: 'INVALID_TRANSITION', end: 'ended' },
  paused: { pause: 'INVALID_TRANSITION', resume: 'active', end: 'ended' },
  ended: { pause: 'ASSIGNMENT_ENDED', resume: 'ASSIGNMENT_ENDED', end: 'ASSIGNMENT_ENDED' },
};

const cases = ASSIGNMENT_STATUSES.flatMap((status) =>
  ASSIGNMENT_ACTIONS.map((action) => [status, action, TABLE[status][action]] as const),
);

describe('nextAssignmentStatus', () => {
  it('covers every status and action', () => {
    expect(cases).toHaveLength(9);
  });

  it.each(cases)('%s + %s → %s', (status, action, expected) => {
    const result = nextAssignmentStatus(status, action);
    if ((ASSIGNMENT_STATUSES as readonly string[]).includes(expected)) {
      expect(result).toEqual({ ok: true, value: expected });
    } else {
      expect(result.ok ? result.value : result.error.code).toBe(expected);
    }
  });
});

describe('applyAssignmentAction', () => {
  const active: AssignmentLifecycle = { status: 'active', pauses: [], endedOn: null };

  it('opens a pause on pausing and closes it on resuming, the resume day due again', () => {
    const paused = applyAssignmentAction(active, 'pause', '2026-03-04');
    expect(paused).toEqual({
      ok: true,
      value: { status: 'paused', pauses: [{ from: '2026-03-04', to: null }], endedOn: null },
    });
    const resumed = paused.ok ? applyAssignmentAction(paused.value, 'resume', '2026-03-09') : paused;
    expect(resumed).toEqual({
      ok: true,
      value: { status: 'active', pauses: [{ from: '2026-03-04', to: '2026-03-09' }], endedOn: null },
    });
  });

  it('keeps an open pause when an assignment is ended while paused', () => {
    const paused: AssignmentLifecycle = {
      status: 'paused',
      pauses: [{ from: '2026-03-04', to: null }],
      endedOn: null,
    };
    expect(applyAssignmentAction(paused, 'end', '2026-03-10')).toEqual({
      ok: true,
      value: { status: 'ended', pauses: [{ from: '2026-03-04', to: null }], endedOn: '2026-03-10' },
    });
  });

  it.each([
    [
      'resume before the pause began',
      { status: 'paused', pauses: [{ from: '2026-03-04', to: null }], endedOn: null },
      'resume',
      '2026-03-03',
      'INVALID_TRANSITION',
    ],
    [
      'pause before the previous pause ended',
      { status: 'active', pauses: [{ from: '2026-03-04', to: '2026-03-09' }], endedOn: null },
      'pause',
      '2026-03-08',
      'INVALID_TRANSITION',
    ],
    [
      'paused status without an open pause',
      { status: 'paused', pauses: [], endedOn: null },
      'resume',
      '2026-03-08',
      'INVALID_TRANSITION',
    ],
    [
      'anything after the end',
      { status: 'ended', pauses: [], endedOn: '2026-03-01' },
      'pause',
      '2026-03-08',
      'ASSIGNMENT_ENDED',
    ],
  ] as const)('refuses: %s', (_name, current, action, on, code) => {
    const result = applyAssignmentAction(current, action, on);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

describe('domain error codes', () => {
  it('have a plain-language message each', () => {
    for (const code of DOMAIN_ERROR_CODES) expect(DOMAIN_ERROR_MESSAGES[code].length).toBeGreaterThan(10);
  });
});
