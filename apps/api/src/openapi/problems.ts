import { SetMetadata } from '@nestjs/common';
import { PROBLEM_STATUS, type ProblemCode } from '../common/app-error';

/** Every code a problem answer can carry, with its status. */
export const DOCUMENTED_STATUS: Readonly<Record<DocumentedCode, number>> = PROBLEM_STATUS;
export type DocumentedCode = ProblemCode;

/** What each code means to a caller, in the OpenAPI responses' descriptions. */
export const CODE_MEANING: Readonly<Record<DocumentedCode, string>> = {
  VALIDATION_FAILED: 'a field, parameter or header is not valid; `errors` lists each one with its path',
  WEAK_PASSWORD: 'the new password is too easy to guess; `errors` says which field',
  MALFORMED_REQUEST: 'the request cannot be read (a body that is not valid JSON, a malformed id)',
  INVALID_CURSOR:
    'the page cursor was not made by this list (or for another order): start from the first page',
  UNAUTHENTICATED: 'not signed in, or the session (or sign-in step) has ended',
  INVALID_CREDENTIALS: 'the email and password (or the current password) do not match',
  INVALID_TWO_FACTOR_CODE: 'the authenticator or recovery code did not work',
  FORBIDDEN: 'signed in, but this role (or this practice’s policy) does not allow it',
  CSRF_REJECTED:
    'a change without the session’s X-CSRF-Token, or sent from another origin (Origin / Sec-Fetch-Site)',
  TWO_FACTOR_SETUP_REQUIRED: 'the practice requires two-factor sign-in: set it up first',
  TWO_FACTOR_REQUIRED:
    'the practice now requires two-factor sign-in and this session was opened without it: sign in again with a code',
  NOT_FOUND: 'it does not exist, or you may not see it (record-level access answers 404, never 403)',
  INVITATION_INVALID: 'the invitation link is unknown, expired, withdrawn or already used',
  RESET_LINK_INVALID: 'the reset link is unknown, expired or already used',
  METHOD_NOT_ALLOWED: 'this method is not served here',
  NOT_ACCEPTABLE: 'none of the accepted media types can be produced',
  CONFLICT: 'the account is not in the state this needs (e.g. two-factor already on, or still off)',
  EMAIL_TAKEN: 'this email already has an account',
  REQUEST_IN_PROGRESS: 'a request with this Idempotency-Key is still running: retry in a moment',
  PREDICTION_LOCKED: 'the plan and prediction are locked once the request is marked done',
  OUTCOME_BEFORE_LOCK: 'mark the request done (lock) before recording its outcome',
  INVALID_TRANSITION: 'that change does not apply in the current state',
  ASSIGNMENT_ENDED: 'the assignment has ended',
  PRECONDITION_FAILED: 'If-Match names an older version: someone changed it since; reload and retry',
  PAYLOAD_TOO_LARGE: 'the body is over 1 MiB',
  URI_TOO_LONG: 'the address (path and query) is too long',
  UNSUPPORTED_MEDIA_TYPE: 'a body that is not application/json',
  IDEMPOTENCY_KEY_REUSED: 'this Idempotency-Key was used for a different request',
  PRECONDITION_REQUIRED: 'send If-Match with the ETag you last read',
  RATE_LIMITED: 'too many attempts: wait for Retry-After seconds',
  INTERNAL: 'an error on our side, logged with the request id',
  SERVICE_UNAVAILABLE: 'temporarily unavailable: retry after Retry-After seconds',
};

export const API_PROBLEMS = 'askwell:openapi:problems';

/**
 * Documents the problem codes a route's service can answer with, beyond those derived from the route itself
 * (guard, body, parameters, headers: see problemsFor). Documentation only: it changes no behaviour.
 */
export const ApiProblems = (...codes: DocumentedCode[]): MethodDecorator => SetMetadata(API_PROBLEMS, codes);

/** What the document builder knows about one operation, from the route's metadata and its OpenAPI entry. */
export interface RouteFacts {
  method: string;
  isPublic: boolean;
  roles: readonly string[] | undefined;
  hasBody: boolean;
  queryParams: readonly string[];
  pathParams: readonly string[];
  headers: readonly string[];
  declared: readonly DocumentedCode[];
}

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);
/** A path parameter that names a row (id, clientId, …): an unknown or invisible one is 404. */
const ID_PARAM = /^(id|[a-z]+Id)$/;

/**
 * Every problem code a route can answer with, derived from the same facts the guard, the pipes and the
 * filter act on, plus the route's declared service codes:
 * - any change (POST/PUT/PATCH/DELETE): the origin check (403 CSRF_REJECTED) and Fastify's body handling
 *   (400 MALFORMED_REQUEST for bad JSON, 413, 415), which run before the guard and apply with or without a body;
 * - not @Public(): 401 UNAUTHENTICATED, and 403 TWO_FACTOR_REQUIRED / TWO_FACTOR_SETUP_REQUIRED when the practice
 *   requires two-factor sign-in and the session was opened without it; with @Roles(): 403 FORBIDDEN;
 * - a body or query parameters (zod): 400 VALIDATION_FAILED; a `cursor` parameter: 400 INVALID_CURSOR;
 * - a path parameter naming a row: 404 NOT_FOUND;
 * - If-Match: 428 and 412; Idempotency-Key: 400 (bad key), 409 REQUEST_IN_PROGRESS, 422 IDEMPOTENCY_KEY_REUSED.
 */
export function problemsFor(route: RouteFacts): Set<DocumentedCode> {
  const codes = new Set<DocumentedCode>();
  if (UNSAFE.has(route.method)) {
    codes
      .add('MALFORMED_REQUEST')
      .add('CSRF_REJECTED')
      .add('PAYLOAD_TOO_LARGE')
      .add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (!route.isPublic) {
    codes.add('UNAUTHENTICATED').add('TWO_FACTOR_REQUIRED').add('TWO_FACTOR_SETUP_REQUIRED');
  }
  if (route.roles && route.roles.length > 0) codes.add('FORBIDDEN');
  if (route.hasBody || route.queryParams.length > 0) codes.add('VALIDATION_FAILED');
  if (route.queryParams.includes('cursor')) codes.add('INVALID_CURSOR');
  if (route.pathParams.some((p) => ID_PARAM.test(p))) codes.add('NOT_FOUND');
  const headers = route.headers.map((h) => h.toLowerCase());
  if (headers.includes('if-match')) codes.add('PRECONDITION_REQUIRED').add('PRECONDITION_FAILED');
  if (headers.includes('idempotency-key')) {
    codes.add('VALIDATION_FAILED').add('REQUEST_IN_PROGRESS').add('IDEMPOTENCY_KEY_REUSED');
  }
  for (const code of route.declared) codes.add(code);
  return codes;
}

/** Codes grouped by status, statuses ascending, codes in the order of the code table. */
export function byStatus(codes: Iterable<DocumentedCode>): Map<number, DocumentedCode[]> {
  const order = Object.keys(CODE_MEANING) as DocumentedCode[];
  const sorted = [...new Set(codes)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const groups = new Map<number, DocumentedCode[]>();
  for (const code of sorted) {
    const status = DOCUMENTED_STATUS[code];
    groups.set(status, [...(groups.get(status) ?? []), code]);
  }
  return new Map([...groups].sort(([a], [b]) => a - b));
}
