import {
  CSRF_SCHEME,
  PROBLEM_MEDIA_TYPE,
  type RouteHandler,
  SESSION_SCHEME,
} from '../../src/openapi/document';
import { DOCUMENTED_STATUS, type DocumentedCode } from '../../src/openapi/problems';

/** The parts of an OpenAPI 3.0 document the contract checks read. */
export interface OpenApiDoc {
  paths: Record<string, Record<string, Operation>>;
  components?: { securitySchemes?: Record<string, unknown> };
}
interface MediaType {
  schema?: { allOf?: { $ref?: string; properties?: { code?: { enum?: string[] } } }[] };
  examples?: Record<string, { value?: unknown }>;
}
export interface Operation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
  security?: Record<string, string[]>[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

export function operations(doc: OpenApiDoc): { route: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    METHODS.filter((m) => ops[m]).map((m) => ({
      route: `${m.toUpperCase()} ${path}`,
      method: m,
      op: ops[m] as Operation,
    })),
  );
}

/** The codes an operation documents for a status (undefined: the status is not documented). */
export function documentedCodes(op: Operation, status: number): string[] | undefined {
  const response = op.responses[String(status)];
  if (!response) return undefined;
  const schema = response.content?.[PROBLEM_MEDIA_TYPE]?.schema;
  return schema?.allOf?.flatMap((part) => part.properties?.code?.enum ?? []) ?? [];
}

/**
 * Everything wrong with the document's contract, one line each (empty when it holds): security on every
 * operation (`[]` exactly on @Public() routes, the CSRF header on changes), a problem+json answer for each 4xx
 * the guard, the pipes and the headers imply, codes documented under their own status, and a valid example
 * for every request body. `no4xx` names the operations that have no 4xx answer at all, with the reason.
 */
export function contractViolations(
  doc: OpenApiDoc,
  handlers: Map<string, RouteHandler>,
  no4xx: Record<string, string>,
): string[] {
  const out: string[] = [];
  const schemes = doc.components?.securitySchemes ?? {};
  for (const { route, method, op } of operations(doc)) {
    const bad = (what: string) => out.push(`${route}: ${what}`);
    const handler = op.operationId ? handlers.get(op.operationId) : undefined;
    if (!handler) {
      bad('no route handler');
      continue;
    }
    const unsafe = UNSAFE.has(method);

    // Security: what the AuthGuard asks for.
    if (!Array.isArray(op.security)) bad('no security requirement (use [] for a public route)');
    else if (handler.isPublic && op.security.length > 0) bad('public route with a security requirement');
    else if (!handler.isPublic) {
      const wanted = unsafe ? [SESSION_SCHEME, CSRF_SCHEME] : [SESSION_SCHEME];
      if (
        op.security.length === 0 ||
        !op.security.every(
          (req) => wanted.every((s) => s in req) && Object.keys(req).every((s) => s in schemes),
        )
      )
        bad(`security should require ${wanted.join(' + ')}`);
    }

    // Problem answers: every 4xx/5xx as problem details, codes under their own status.
    const statuses = Object.keys(op.responses).map(Number);
    if (!statuses.some((s) => s >= 400 && s < 500) && !(route in no4xx)) bad('no 4xx response documented');
    for (const status of statuses.filter((s) => s >= 400)) {
      const codes = documentedCodes(op, status) ?? [];
      if (codes.length === 0) bad(`${status} is not problem+json with its codes`);
      for (const code of codes) {
        if (DOCUMENTED_STATUS[code as DocumentedCode] !== status) bad(`${code} documented under ${status}`);
      }
    }
    const needs = (status: number, code: string, why: string) => {
      if (!(documentedCodes(op, status) ?? []).includes(code)) bad(`${status} ${code} missing (${why})`);
    };
    const params = op.parameters ?? [];
    const has = (where: string, name?: RegExp) =>
      params.some((p) => p.in === where && (!name || name.test(p.name)));
    if (!handler.isPublic) needs(401, 'UNAUTHENTICATED', 'signed-in route');
    if (handler.roles?.length) needs(403, 'FORBIDDEN', `@Roles(${handler.roles.join(', ')})`);
    if (unsafe) {
      needs(403, 'CSRF_REJECTED', 'a change: origin check');
      needs(400, 'MALFORMED_REQUEST', 'a change: a body that is not JSON');
      needs(413, 'PAYLOAD_TOO_LARGE', 'a change: body limit');
      needs(415, 'UNSUPPORTED_MEDIA_TYPE', 'a change: a body that is not JSON');
    }
    if (op.requestBody || has('query')) needs(400, 'VALIDATION_FAILED', 'validated input');
    if (has('query', /^cursor$/)) needs(400, 'INVALID_CURSOR', 'a paged list');
    if (has('path', /^(id|[a-z]+Id)$/)) needs(404, 'NOT_FOUND', 'an id in the path');
    if (has('header', /^if-match$/i)) {
      needs(428, 'PRECONDITION_REQUIRED', 'If-Match');
      needs(412, 'PRECONDITION_FAILED', 'If-Match');
    }
    if (has('header', /^idempotency-key$/i)) {
      needs(409, 'REQUEST_IN_PROGRESS', 'Idempotency-Key');
      needs(422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key');
    }

    // Request bodies: an example, accepted by the route's own schema.
    if (op.requestBody) {
      const examples = Object.entries(op.requestBody.content?.['application/json']?.examples ?? {});
      if (examples.length === 0) bad('request body without an example');
      const schema = handler.bodySchema;
      for (const [name, example] of examples) {
        const parsed = schema?.safeParse(example.value);
        if (!parsed?.success)
          bad(`example "${name}" is refused by the body schema: ${parsed?.error.message ?? 'no schema'}`);
      }
    }
  }
  return out;
}
