import type { DomainError, DomainErrorCode, RuleResult } from '@askwell/domain';

/**
 * Errors the API's own code raises. Services throw these (never HTTP exceptions); the problem-details
 * filter maps each code to a status exactly once, in PROBLEM_STATUS below.
 */
export const PROBLEM_STATUS = {
  VALIDATION_FAILED: 400,
  WEAK_PASSWORD: 400,
  MALFORMED_REQUEST: 400,
  INVALID_CURSOR: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  INVALID_TWO_FACTOR_CODE: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  TWO_FACTOR_SETUP_REQUIRED: 403,
  TWO_FACTOR_REQUIRED: 403,
  NOT_FOUND: 404,
  INVITATION_INVALID: 404,
  RESET_LINK_INVALID: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  REQUEST_IN_PROGRESS: 409,
  PREDICTION_LOCKED: 409,
  OUTCOME_BEFORE_LOCK: 409,
  INVALID_TRANSITION: 409,
  ASSIGNMENT_ENDED: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  PRECONDITION_REQUIRED: 428,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ProblemCode = keyof typeof PROBLEM_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? title);
    this.name = 'AppError';
  }

  get status(): number {
    return PROBLEM_STATUS[this.code];
  }
}

/** Product rules (libs/domain) refuse with a DomainError; each of its codes has a status above. */
const DOMAIN_TITLES: Record<DomainErrorCode, string> = {
  PREDICTION_LOCKED: 'The prediction is locked',
  OUTCOME_BEFORE_LOCK: 'Mark the request done first',
  INVALID_TRANSITION: 'That change does not apply now',
  ASSIGNMENT_ENDED: 'The assignment has ended',
};

export function fromDomainError(error: DomainError): AppError {
  return new AppError(error.code, DOMAIN_TITLES[error.code], error.message);
}

/** Unwraps a rule's result, or throws its refusal as problem details. */
export function orFail<T>(result: RuleResult<T>): T {
  if (!result.ok) throw fromDomainError(result.error);
  return result.value;
}

export const notFound = (what = 'The resource'): AppError =>
  new AppError('NOT_FOUND', 'Not found', `${what} does not exist or you cannot see it.`);
