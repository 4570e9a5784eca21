/**
 * Errors of the product's rules. Rule functions return them inside a Result rather than throwing, and they carry
 * no HTTP: the API maps each code to a status once, exhaustively, e.g.
 *   const STATUS: Record<DomainErrorCode, number> = { PREDICTION_LOCKED: 409, … };
 */
export const DOMAIN_ERROR_CODES = [
  /** The plan and prediction were locked (the request was marked done), so they can no longer change. */
  'PREDICTION_LOCKED',
  /** An outcome was recorded before the plan and prediction were locked. */
  'OUTCOME_BEFORE_LOCK',
  /** The action does not apply in the current state (e.g. resuming an active assignment). */
  'INVALID_TRANSITION',
  /** The assignment has ended; nothing about it can change any more. */
  'ASSIGNMENT_ENDED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A plain-language message per code: safe to show a client or practitioner as the problem's detail. */
export const DOMAIN_ERROR_MESSAGES: Record<DomainErrorCode, string> = {
  PREDICTION_LOCKED:
    'The plan and prediction are locked once the request is marked done, so they stay as written.',
  OUTCOME_BEFORE_LOCK:
    'Mark the request as done first: that locks the plan and prediction, then record what happened.',
  INVALID_TRANSITION: 'That change does not apply right now.',
  ASSIGNMENT_ENDED: 'This assignment has ended and can no longer change.',
};

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string = DOMAIN_ERROR_MESSAGES[code],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

/** The outcome of a rule: the new value, or the reason it was refused. */
export type RuleResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export const ruleOk = <T>(value: T): RuleResult<T> => ({ ok: true, value });
export const ruleFail = <T = never>(code: DomainErrorCode, message?: string): RuleResult<T> => ({
  ok: false,
  error: new DomainError(code, message),
});
