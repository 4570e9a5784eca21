import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { addDays, localDateOf } from '@askwell/domain';
import { PASSWORD, randomIp, signUpOwner, uniqueEmail } from '../factories/accounts';
import { OUTCOME, PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';
import { linkIn, startSmtpCapture } from '../support/smtp-capture';
import {
  BOOLEAN_TEXT_EDGES,
  CONTENT_TYPE_EDGES,
  cursorEdges,
  DATE_EDGES,
  encodePathValue,
  IDEMPOTENCY_KEY_EDGES,
  idEdges,
  IF_MATCH_EDGES,
  INSTANT_EDGES,
  lengthEdges,
  NUMBER_JSON_EDGES,
  NUMBER_TEXT_EDGES,
  pick,
  RawJson,
  stringifyBody,
  SWEEP,
  UNICODE_EDGES,
} from './boundaries';
import {
  diffFingerprints,
  exampleFromSchema,
  fingerprint,
  fingerprintSql,
  type Fingerprint,
  nextXid,
} from './fuzz-support';

/**
 * Fuzzing driven by the OpenAPI document (/api/docs-json): every operation, and in each every path, query,
 * header and body parameter it documents, is sent boundary values (years 0000 and 9999, leap days, offsets at
 * and past ±14:00, empty, max length ± 1, negative, zero, NaN, 2^53, lone surrogates, NUL, RTL marks, emoji,
 * forged cursors, ids of the wrong type, content types other than JSON), one or two at a time on top of a
 * valid request so each value reaches the check that should refuse it. Three properties hold for every answer:
 * never a 5xx; an error is always application/problem+json with its status and a code; and a refused request
 * (4xx) writes nothing (row counts and an md5 of every tenant table, compared when any transaction ran).
 *
 * The seed is fixed and printed, so every run draws the same changes (the ids and today's date are each run's
 * own); FUZZ_OPENAPI_SEED picks another, FUZZ_OPENAPI_RUNS scales the random part.
 */
const SEED = Number(process.env['FUZZ_OPENAPI_SEED'] ?? 20_261_215);
const TOTAL_RUNS = Number(process.env['FUZZ_OPENAPI_RUNS'] ?? 2_500);

const today = localDateOf(new Date(), 'UTC');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json } | RawJson;
type Schema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | undefined;
}

/** One change to the valid request; `what` says which, for the failure message. */
interface Mutation {
  what: string;
  path?: Record<string, string>;
  query?: Record<string, string | string[]>;
  headers?: Record<string, string | undefined>;
  body?: { set: (string | number)[]; value: unknown } | { remove: (string | number)[] };
  rawBody?: string;
  contentType?: string;
  /** Which of the operation's valid bodies the change applies to (the sweep names it; random runs draw it). */
  bodyIndex?: number;
}

interface Session {
  cookie: string;
  csrf: string;
}

/** Valid bodies where one derived from the schema would be refused for business reasons. */
function validBodies(loginEmail: string): Record<string, Json[]> {
  return {
    'POST /api/v1/me/entries': [
      { kind: 'experiment', plan: { ...PLAN, plannedOn: today } },
      { kind: 'reflection', reflection: { text: 'I asked and it was fine.', sharing: 'shared' } },
      {
        kind: 'observation',
        observation: { occurredOn: today, whoAsked: 'a colleague', whomAsked: 'the team', what: 'a hand' },
      },
    ],
    'PATCH /api/v1/me/entries/{id}/plan': [{ plan: { ...PLAN, plannedOn: today } }],
    'POST /api/v1/me/entries/{id}/lock': [{}],
    'PUT /api/v1/me/entries/{id}/outcome': [{ outcome: { ...OUTCOME, askedOn: today } }],
    'PUT /api/v1/me/drafts/{key}': [{ data: { text: 'half a thought' } }],
    'PATCH /api/v1/me/preferences': [{ timeZone: 'Pacific/Kiritimati' }, { timeZone: 'Etc/GMT+12' }],
    'POST /api/v1/entries/{id}/review': [
      {
        markReviewed: true,
        comment: 'Good step.',
        tagDecisions: [{ barrierId: 'shame', decision: 'confirm' }],
      },
    ],
    'POST /api/v1/risk-flags/{id}/acknowledge': [{}],
    'POST /api/v1/clients/{clientId}/assignments': [
      {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: today,
        recurrence: { kind: 'daily', count: 7 },
        note: 'Pick a quiet moment.',
      },
      {
        exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
        startOn: today,
        recurrence: { kind: 'once', dueOn: addDays(today, 3) },
        note: null,
      },
    ],
    'PATCH /api/v1/assignments/{id}': [
      { action: 'pause', on: today },
      { action: 'resume', on: addDays(today, 1) },
    ],
    'PUT /api/v1/clients/{clientId}/rung': [{ rung: 2 }],
    'POST /api/v1/clients/{clientId}/sessions': [{ heldOn: today, note: 'We talked about the bakery.' }],
    'PATCH /api/v1/sessions/{id}': [{ heldOn: addDays(today, -1) }],
    'POST /api/v1/clients/{clientId}/brief/review': [{ from: addDays(today, -13), to: today }],
    'POST /api/v1/clients/{clientId}/rung-decisions': [{ decision: 'decline', note: null }],
    'PATCH /api/v1/practice': [{ idleTimeoutMinutes: 60 }],
    'POST /api/v1/invitations': [{ email: 'new@example.org', displayName: 'New Person', role: 'client' }],
    'POST /api/v1/invitations/accept': [{ token: 'not-a-real-token', password: PASSWORD }],
    'POST /api/v1/exercises': [
      {
        title: 'Ask a neighbour',
        instructions: 'Ask a neighbour to water your plants for a day.',
        recordType: 'experiment',
        rung: 3,
        targetedBarriers: ['social-debt'],
        suggestedFrequency: { kind: 'weekly', count: 2 },
      },
    ],
    'POST /api/v1/auth/sign-up': [
      {
        practiceName: 'Fuzz Practice',
        displayName: 'Fuzz Owner',
        email: 'fuzz@example.org',
        password: PASSWORD,
      },
    ],
    'POST /api/v1/auth/login': [
      { email: 'nobody@example.org', password: 'wrong password here' },
      { email: loginEmail, password: PASSWORD },
    ],
    'POST /api/v1/auth/password': [
      { currentPassword: 'wrong password here', newPassword: 'another long passphrase' },
    ],
    'POST /api/v1/auth/two-factor/enable': [{ code: '123456' }],
    'POST /api/v1/auth/two-factor/disable': [{ password: 'wrong password here' }],
    'POST /api/v1/auth/two-factor/recovery-codes': [{ password: 'wrong password here' }],
    'POST /api/v1/auth/password-reset': [{ email: 'nobody@example.org' }],
    'POST /api/v1/auth/login/two-factor': [{ challenge: 'not-a-real-challenge', code: '123456' }],
    'POST /api/v1/auth/login/two-factor/setup': [{ challenge: 'not-a-real-challenge' }],
    'POST /api/v1/auth/password-reset/confirm': [
      { token: 'not-a-real-token', newPassword: 'another long passphrase' },
    ],
  };
}

/** Valid query values by name; a parameter documented later and missing here is still sent its edges. */
function validQuery(ids: Record<string, string>): Record<string, string> {
  return {
    on: today,
    since: addDays(today, -7),
    until: today,
    from: `${addDays(today, -1)}T00:00:00Z`,
    to: new Date(Date.now() + 60_000).toISOString(),
    limit: '2',
    clientId: ids['client'] ?? '',
    actorId: ids['owner'] ?? '',
    action: 'auth.',
    outcome: 'success',
    kind: 'experiment',
    barrierId: 'shame',
    tagStatus: 'suggested',
    flagged: 'true',
    unread: 'false',
    open: 'true',
    sort: 'name',
    order: 'asc',
    rung: '2',
    q: 'Case',
    format: 'json',
    // Another key than the draft the draft routes read: a create or outcome with it deletes its draft.
    draftKey: 'fuzz:entry-draft',
    token: 'not-a-real-token',
  };
}

/** Routes that can end the fuzzing session run last; /practice very last (it may require 2FA of everyone). */
const LAST = [/\/auth\/two-factor\//, /\/auth\/logout$/, /\/auth\/password$/, /\/practice$/];
const order = (path: string) => {
  const i = LAST.findIndex((r) => r.test(path));
  return i === -1 ? -1 : i;
};

/** The parts of a schema that matter here, with nullable / anyOf wrappers seen through. */
function branches(schema: Schema | undefined): Schema[] {
  if (!schema) return [];
  for (const k of ['oneOf', 'anyOf']) {
    const options = schema[k];
    if (Array.isArray(options)) return (options as Schema[]).flatMap((o) => branches(o));
  }
  if (Array.isArray(schema['allOf'])) return (schema['allOf'] as Schema[]).flatMap((o) => branches(o));
  return [schema];
}

/** The branch of a union an example belongs to (by the enum of its discriminator), or the first. */
function branchFor(schema: Schema | undefined, example: unknown): Schema | undefined {
  const options = branches(schema);
  if (options.length <= 1 || !example || typeof example !== 'object') return options[0];
  const ex = example as Record<string, unknown>;
  return (
    options.find((o) => {
      const props = (o['properties'] ?? {}) as Record<string, Schema>;
      return Object.entries(props).every(([k, p]) => {
        const e = p['enum'];
        return !Array.isArray(e) || e.length !== 1 || ex[k] === undefined || e[0] === ex[k];
      });
    }) ?? options[0]
  );
}

/** Every property path of a body (present in the example or only in the schema) with its schema. */
function leaves(
  schema: Schema | undefined,
  example: unknown,
  prefix: (string | number)[] = [],
  depth = 0,
): { path: (string | number)[]; schema: Schema; present: boolean }[] {
  const s = branchFor(schema, example);
  if (!s || depth > 5) return [];
  const out: { path: (string | number)[]; schema: Schema; present: boolean }[] = [];
  if (s['type'] === 'object' && s['properties']) {
    const ex = (example && typeof example === 'object' ? example : {}) as Record<string, unknown>;
    for (const [k, p] of Object.entries(s['properties'] as Record<string, Schema>)) {
      const path = [...prefix, k];
      out.push({ path, schema: p, present: k in ex });
      const sub = branchFor(p, ex[k]);
      if (sub?.['type'] === 'object' || sub?.['type'] === 'array')
        out.push(...leaves(p, ex[k] ?? exampleFromSchema(p), path, depth + 1));
    }
  } else if (s['type'] === 'array' && s['items'] && Array.isArray(example) && example.length > 0) {
    out.push({ path: [...prefix, 0], schema: s['items'] as Schema, present: true });
    out.push(...leaves(s['items'] as Schema, example[0], [...prefix, 0], depth + 1));
  }
  return out;
}

/** Boundary values for a body field, from its schema (type, format, enum, limits) and the real ids. */
function bodyEdges(schema: Schema, realIds: string[], example: unknown): unknown[] {
  const s = branches(schema).find((b) => b['type'] !== 'null') ?? schema;
  const wrongTypes: unknown[] = [null, 0, '', true, [], {}];
  const e = s['enum'];
  if (Array.isArray(e)) {
    const first = String(e[0]);
    return [...e, first.toUpperCase(), `${first} `, 'unknown', ...wrongTypes, ...UNICODE_EDGES.slice(0, 8)];
  }
  const n = (k: string) => (typeof s[k] === 'number' ? s[k] : undefined);
  switch (s['type']) {
    case 'string': {
      if (s['format'] === 'date') return [...DATE_EDGES, ...wrongTypes, new RawJson('20260101')];
      if (s['format'] === 'date-time') return [...INSTANT_EDGES, ...wrongTypes];
      if (s['format'] === 'uuid') return [...idEdges(realIds), ...wrongTypes, 2 ** 53 + 2];
      return [
        ...lengthEdges(n('minLength'), n('maxLength')),
        ...UNICODE_EDGES,
        ...wrongTypes,
        ...NUMBER_JSON_EDGES.slice(0, 4),
      ];
    }
    case 'integer':
    case 'number': {
      const lo = n('minimum');
      const hi = n('maximum');
      const limits = [lo, hi, lo === undefined ? undefined : lo - 1, hi === undefined ? undefined : hi + 1];
      return [
        ...limits.filter((x) => x !== undefined),
        ...NUMBER_JSON_EDGES,
        lo === undefined ? 0 : lo + 0.5,
      ];
    }
    case 'boolean':
      return [true, false, 'true', 'false', 0, 1, null, []];
    case 'array': {
      const item: unknown =
        Array.isArray(example) && example.length ? example[0] : exampleFromSchema(s['items']);
      const max = n('maxItems') ?? 20;
      return [[], [item, item], Array.from({ length: max + 1 }, () => item), [null], [[item]], 'a', {}, null];
    }
    case 'object':
      return [{}, [], null, 'x', 0, { nested: { deeper: UNICODE_EDGES[3] } }];
    default:
      return [...wrongTypes, ...UNICODE_EDGES.slice(0, 6), ...NUMBER_JSON_EDGES.slice(0, 6)];
  }
}

/** The sweep's values for a body field (see SWEEP): the few of its kind most likely to break something. */
function bodySweep(schema: Schema, realIds: string[]): unknown[] {
  const s = branches(schema).find((b) => b['type'] !== 'null') ?? schema;
  const n = (k: string) => (typeof s[k] === 'number' ? s[k] : undefined);
  if (Array.isArray(s['enum'])) return ['unknown', null];
  switch (s['type']) {
    case 'string':
      if (s['format'] === 'date') return SWEEP.date;
      if (s['format'] === 'date-time') return SWEEP.instant;
      if (s['format'] === 'uuid') return ['00000000-0000-0000-0000-000000000000', 0, realIds[0] ?? ''];
      return ['x'.repeat((n('maxLength') ?? 5000) + 1), ...SWEEP.text];
    case 'integer':
    case 'number': {
      const lo = n('minimum');
      const hi = n('maximum');
      return [
        ...(lo === undefined ? [-1] : [lo - 1]),
        ...(hi === undefined ? [] : [hi + 1]),
        2 ** 53 + 2,
        new RawJson('1e309'),
        1.5,
        '5',
      ];
    }
    case 'boolean':
      return ['true'];
    case 'array':
      return [[], Array.from({ length: (n('maxItems') ?? 20) + 1 }, () => null)];
    case 'object':
      return [[]];
    default:
      return [null];
  }
}

/** The sweep's values for a query parameter, by the same kinds as queryEdges. */
function querySweep(
  name: string,
  schema: Schema | undefined,
  valid: string | undefined,
  cursors: string[],
): string[] {
  if (name === 'cursor') return cursorEdges(cursors).filter((c, i) => i < 24 || cursors.includes(c));
  const edges = queryEdges(name, schema, valid, []);
  if (edges === DATE_EDGES) return SWEEP.date;
  if (edges === INSTANT_EDGES) return SWEEP.instant;
  if (edges === BOOLEAN_TEXT_EDGES) return SWEEP.booleanText;
  if (valid !== undefined && UUID.test(valid)) return SWEEP.pathId.slice(0, 3);
  if (valid !== undefined && /^\d+$/.test(valid)) return SWEEP.numberText;
  return ['x'.repeat(5001), ...SWEEP.text];
}

/** What a query value is, from its schema or from a valid value: picks the boundary values to send. */
function queryEdges(
  name: string,
  schema: Schema | undefined,
  valid: string | undefined,
  cursors: string[],
): string[] {
  const e = schema?.['enum'];
  if (name === 'cursor') return cursorEdges(cursors);
  if (Array.isArray(e))
    return [...e.map(String), String(e[0]).toUpperCase(), 'unknown', '', ...UNICODE_EDGES.slice(0, 6)];
  const format = schema?.['format'];
  if (format === 'date' || (valid !== undefined && ISO_DAY.test(valid))) return DATE_EDGES;
  if (format === 'date-time' || (valid !== undefined && ISO_INSTANT.test(valid))) return INSTANT_EDGES;
  if (format === 'uuid' || (valid !== undefined && UUID.test(valid))) return idEdges([]);
  if (
    schema?.['type'] === 'integer' ||
    schema?.['type'] === 'number' ||
    (valid !== undefined && /^\d+$/.test(valid))
  )
    return [...NUMBER_TEXT_EDGES, '100', '101', '200', '201', '6', '7'];
  if (schema?.['type'] === 'boolean' || valid === 'true' || valid === 'false') return BOOLEAN_TEXT_EDGES;
  return [...UNICODE_EDGES, ...lengthEdges(undefined, undefined)];
}

const encodeQuery = (q: Record<string, string | string[]>): string => {
  const parts = Object.entries(q).flatMap(([k, v]) =>
    ([] as string[])
      .concat(v)
      .map((x) => `${encodeURIComponent(k)}=${encodePathValue(x).replace(/^%20$/, '')}`),
  );
  return parts.length ? `?${parts.join('&')}` : '';
};

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(stringifyBody(v)) as T);
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const top = (root && typeof root === 'object' ? root : {}) as Record<string | number, unknown>;
  let cur = top;
  for (const k of path.slice(0, -1)) {
    if (!cur[k] || typeof cur[k] !== 'object') cur[k] = typeof k === 'number' ? [] : {};
    cur = cur[k] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (remove) {
    if (Array.isArray(cur)) cur.splice(Number(last), 1);
    else delete cur[last];
  } else cur[last] = value;
  return top;
}

describe('fuzzing every operation of the OpenAPI document with boundary values', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  const ids: Record<string, string> = {};
  const cursors: Record<string, string> = {};
  const sessions: Record<'owner' | 'client', Session> = {
    owner: { cookie: '', csrf: '' },
    client: { cookie: '', csrf: '' },
  };
  const emails: Record<'owner' | 'client', string> = { owner: '', client: '' };

  async function relogin(who: 'owner' | 'client'): Promise<boolean> {
    const res = await fastify.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: emails[who], password: PASSWORD },
    });
    const body = JSON.parse(res.body) as { status?: string; session?: { csrfToken: string } };
    if (res.statusCode !== 200 || body.status !== 'signed-in' || !body.session) return false;
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    sessions[who] = {
      cookie: setCookie.map((c) => c.split(';')[0]).join('; '),
      csrf: body.session.csrfToken,
    };
    return true;
  }

  async function ensureSignedIn(who: 'owner' | 'client'): Promise<void> {
    const res = await fastify.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: sessions[who].cookie },
    });
    if (res.statusCode !== 200 && !(await relogin(who)))
      throw new Error(`could not sign in as the ${who} again`);
  }

  async function call(who: 'owner' | 'client', method: string, url: string, payload?: object) {
    const res = await fastify.inject({
      method: method as 'GET',
      url,
      headers: {
        cookie: sessions[who].cookie,
        'x-csrf-token': sessions[who].csrf,
        'x-forwarded-for': randomIp(),
      },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 300) throw new Error(`seed ${method} ${url}: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body || 'null') as Record<string, unknown>;
  }

  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

  beforeAll(async () => {
    // With mail set up, so the password-reset routes run their real path instead of a 503 "not set up".
    smtp = await startSmtpCapture();
    t = await createTestApp({ LOG_LEVEL: 'silent', SMTP_URL: smtp.url });
    fastify = t.app.getHttpAdapter().getInstance();
    const owner = await signUpOwner(t);
    /** Invites a client and accepts by the link in the email (mail is set up here, so no link is answered). */
    const invite = async (displayName: string): Promise<{ id: string; email: string }> => {
      const email = uniqueEmail('fuzz-client');
      await owner.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', owner.csrf)
        .send({ email, displayName, role: 'client' })
        .expect(201);
      let mail = smtp.inbox.find((m) => m.to.includes(email));
      for (let i = 0; !mail && i < 100; i++) {
        await new Promise((r) => setTimeout(r, 20));
        mail = smtp.inbox.find((m) => m.to.includes(email));
      }
      const token = new URL(linkIn(mail?.raw ?? '')).hash.replace('#token=', '');
      const accepted = await t
        .http()
        .post('/api/v1/invitations/accept')
        .set('x-forwarded-for', randomIp())
        .send({ token, password: PASSWORD })
        .expect(200);
      return { id: accepted.body.session.account.id as string, email };
    };
    const client = await invite('Casey Client');
    const second = await invite('Dale Client');
    emails.owner = owner.email;
    emails.client = client.email;
    await relogin('owner');
    await relogin('client');

    const entry = (r: Record<string, unknown>) => (r['entry'] as { id: string }).id;
    ids['experiment'] = entry(
      await call('client', 'POST', '/api/v1/me/entries', {
        kind: 'experiment',
        plan: { ...PLAN, plannedOn: today },
      }),
    );
    ids['shared'] = entry(
      await call('client', 'POST', '/api/v1/me/entries', {
        kind: 'reflection',
        reflection: { text: 'Some nights I want to go to sleep and not wake up.', sharing: 'shared' },
      }),
    );
    await call('client', 'POST', '/api/v1/me/entries', {
      kind: 'reflection',
      reflection: { text: 'I asked my sister and she said yes.', sharing: 'shared' },
    });
    await call('client', 'PUT', '/api/v1/me/drafts/fuzz:draft', { data: { text: 'half' } });
    ids['assignment'] = String(
      (
        await call('owner', 'POST', `/api/v1/clients/${client.id}/assignments`, {
          exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
          startOn: addDays(today, -3),
          recurrence: { kind: 'daily', count: 7 },
        })
      )['id'],
    );
    ids['session'] = String(
      (await call('owner', 'POST', `/api/v1/clients/${client.id}/sessions`, { heldOn: addDays(today, -14) }))[
        'id'
      ],
    );
    ids['invitation'] = String(
      (
        (
          await call('owner', 'POST', '/api/v1/invitations', {
            email: uniqueEmail('fuzz-inv'),
            displayName: 'Invited Person',
            role: 'client',
          })
        )['invitation'] as { id: string }
      ).id,
    );
    const flags = (await fastify.inject({
      method: 'GET',
      url: `/api/v1/clients/${client.id}/risk-flags`,
      headers: { cookie: sessions.owner.cookie },
    })) as { body: string };
    ids['flag'] = (JSON.parse(flags.body) as { id: string }[])[0]?.id ?? '';
    ids['client'] = client.id;
    ids['secondClient'] = second.id;
    ids['owner'] = owner.accountId;
    ids['practice'] = owner.practiceId;
    expect(Object.values(ids).every(Boolean)).toBe(true);

    // A real cursor of every list: sent to its own list, and to the others as a forged one.
    const lists: [string, 'owner' | 'client', string][] = [
      ['/api/v1/me/entries', 'client', '/api/v1/me/entries?limit=1'],
      ['/api/v1/clients/{clientId}/entries', 'owner', `/api/v1/clients/${client.id}/entries?limit=1`],
      ['/api/v1/clients', 'owner', '/api/v1/clients?limit=1'],
      ['/api/v1/audit-events', 'owner', '/api/v1/audit-events?limit=1'],
      ['/api/v1/caseload', 'owner', '/api/v1/caseload?limit=1&sort=name&order=asc'],
    ];
    for (const [path, who, url] of lists) {
      const page = await call(who, 'GET', url);
      cursors[path] = String(page['nextCursor']);
      expect(page['nextCursor']).toEqual(expect.any(String));
    }
  }, 120_000);

  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A real value for a path parameter, by route and parameter name. */
  function realParam(path: string, name: string): string {
    if (name === 'clientId') return ids['client'] ?? '';
    if (name === 'key') return 'fuzz:draft';
    if (path.includes('/me/entries/')) return ids['experiment'] ?? '';
    if (path.includes('/entries/')) return ids['shared'] ?? '';
    if (path.includes('/assignments/')) return ids['assignment'] ?? '';
    if (path.includes('/sessions/')) return ids['session'] ?? '';
    if (path.includes('/risk-flags/')) return ids['flag'] ?? '';
    if (path.includes('/invitations/')) return ids['invitation'] ?? '';
    return ids['client'] ?? '';
  }

  /** The If-Match a client that just read the resource would send (so updates get past the version check). */
  async function currentIfMatch(path: string): Promise<string | undefined> {
    const table: [RegExp, string, string][] = [
      [/\/me\/entries\/\{id\}/, 'entry', ids['experiment'] ?? ''],
      [/\/entries\/\{id\}\/review/, 'entry', ids['shared'] ?? ''],
      [/\/assignments\/\{id\}/, 'assignment', ids['assignment'] ?? ''],
      [/\/sessions\/\{id\}/, 'client_session', ids['session'] ?? ''],
      [/\/clients\/\{clientId\}\/rung/, 'account', ids['client'] ?? ''],
    ];
    if (/\/practice$/.test(path)) {
      const r = await t.dataSource.query<{ version: number }[]>(
        `SELECT version FROM practice WHERE practice_id = $1`,
        [ids['practice']],
      );
      return r[0] ? `"v${r[0].version}"` : undefined;
    }
    const hit = table.find(([re]) => re.test(path));
    if (!hit) return undefined;
    const r = await t.dataSource.query<{ version: number }[]>(`SELECT version FROM ${hit[1]} WHERE id = $1`, [
      hit[2],
    ]);
    return r[0] ? `"v${r[0].version}"` : undefined;
  }

  /** Every parameter of an operation with each of its sweep values, one change at a time. */
  function sweepFor(op: Operation, bodies: Json[], queryValid: Record<string, string>): Mutation[] {
    const realIds = [ids['client'], ids['experiment'], ids['assignment'], ids['owner']].filter(
      Boolean,
    ) as string[];
    const out: Mutation[] = [{ what: 'the valid request' }];
    for (const p of op.parameters.filter((x) => x.in === 'path'))
      for (const v of SWEEP.pathId) out.push({ what: `path ${p.name} := ${show(v)}`, path: { [p.name]: v } });
    const allCursors = [...Object.values(cursors)].filter((c) => c !== cursors[op.path]);
    for (const p of op.parameters.filter((x) => x.in === 'query'))
      for (const v of querySweep(p.name, p.schema, queryValid[p.name], allCursors))
        out.push({ what: `query ${p.name} := ${show(v)}`, query: { [p.name]: v } });
    for (const p of op.parameters.filter((x) => x.in === 'header'))
      for (const v of /if-match/i.test(p.name) ? SWEEP.ifMatch : SWEEP.idempotencyKey)
        out.push({ what: `header ${p.name} := ${show(v)}`, headers: { [p.name.toLowerCase()]: v } });
    if (op.body) {
      bodies.forEach((b, bodyIndex) => {
        for (const leaf of leaves(op.body, b))
          for (const v of bodySweep(leaf.schema, realIds))
            out.push({
              what: `body ${leaf.path.join('.')} := ${show(v)}`,
              body: { set: leaf.path, value: v },
              bodyIndex,
            });
      });
      for (const ct of CONTENT_TYPE_EDGES) out.push({ what: `content-type ${show(ct)}`, contentType: ct });
    }
    return out;
  }

  /** The ways to change one operation's valid request, each parameter with its boundary values. */
  function mutationsFor(
    op: Operation,
    bodies: Json[],
    queryValid: Record<string, string>,
  ): fc.Arbitrary<Mutation> {
    const arbs: { weight: number; arbitrary: fc.Arbitrary<Mutation> }[] = [
      { weight: 1, arbitrary: fc.constant<Mutation>({ what: 'the valid request' }) },
    ];
    const realIds = [ids['client'], ids['experiment'], ids['assignment'], ids['owner']].filter(
      Boolean,
    ) as string[];
    for (const p of op.parameters.filter((x) => x.in === 'path')) {
      const edges = [
        ...idEdges(realIds),
        ...UNICODE_EDGES.filter((s) => s !== ''),
        ...lengthEdges(0, 200),
        ...(p.name === 'key' ? ['Fuzz:Draft', 'a'.repeat(100), 'a'.repeat(101), '-a', 'a b', 'ä'] : []),
      ];
      arbs.push({
        weight: 3,
        arbitrary: pick(edges).map((v) => ({ what: `path ${p.name} := ${show(v)}`, path: { [p.name]: v } })),
      });
    }
    const queryParams = op.parameters.filter((x) => x.in === 'query');
    if (queryParams.length) {
      const valueOf = (p: Parameter) =>
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(queryValid[p.name] ?? 'x') },
          {
            weight: 4,
            arbitrary: pick(
              queryEdges(p.name, p.schema, queryValid[p.name], [
                ...Object.values(cursors),
                cursors[op.path] ?? '',
              ]),
            ),
          },
        );
      const one = fc.constantFrom(...queryParams).chain((p) => valueOf(p).map((v) => ({ [p.name]: v })));
      const two = fc
        .tuple(fc.constantFrom(...queryParams), fc.constantFrom(...queryParams))
        .chain(([a, b]) =>
          fc.tuple(valueOf(a), valueOf(b)).map(([va, vb]) => ({ [a.name]: va, [b.name]: vb })),
        );
      const repeated = fc
        .constantFrom(...queryParams)
        .map((p) => ({ [p.name]: [queryValid[p.name] ?? 'x', queryValid[p.name] ?? 'y'] }));
      const unknown = pick(['__proto__', 'constructor', 'a[b]', 'limit[]', 'x']).map((k) => ({ [k]: '1' }));
      arbs.push({
        weight: 3 * Math.min(queryParams.length, 4),
        arbitrary: fc
          .oneof(
            { weight: 4, arbitrary: one },
            { weight: 3, arbitrary: two },
            { weight: 1, arbitrary: repeated },
            { weight: 1, arbitrary: unknown },
          )
          .map((q) => ({ what: `query ${show(q)}`, query: q })),
      });
    }
    for (const p of op.parameters.filter((x) => x.in === 'header')) {
      const edges = /if-match/i.test(p.name) ? IF_MATCH_EDGES : IDEMPOTENCY_KEY_EDGES;
      arbs.push({
        weight: 2,
        arbitrary: pick([...edges, undefined]).map((v) => ({
          what: `header ${p.name} := ${show(v)}`,
          headers: { [p.name.toLowerCase()]: v },
        })),
      });
    }
    if (op.body) {
      const targets = bodies.flatMap((b) => leaves(op.body, b));
      if (targets.length) {
        arbs.push({
          weight: Math.min(3 * targets.length, 40),
          arbitrary: fc.constantFrom(...targets).chain((leaf) =>
            fc.oneof(
              {
                weight: 6,
                arbitrary: pick(bodyEdges(leaf.schema, realIds, undefined)).map((v) => ({
                  what: `body ${leaf.path.join('.')} := ${show(v)}`,
                  body: { set: leaf.path, value: v },
                })),
              },
              {
                weight: 1,
                arbitrary: fc.constant<Mutation>({
                  what: `body without ${leaf.path.join('.')}`,
                  body: { remove: leaf.path },
                }),
              },
            ),
          ),
        });
      }
      arbs.push({
        weight: 3,
        arbitrary: pick(CONTENT_TYPE_EDGES).map((ct) => ({
          what: `content-type ${show(ct)}`,
          contentType: ct,
        })),
      });
      arbs.push({
        weight: 2,
        arbitrary: pick([
          '',
          'null',
          '[]',
          '"text"',
          '0',
          '{',
          '{"a":1,}',
          'NaN',
          '{"a":"\\ud800"}',
          '{"__proto__":{"role":"owner"}}',
          '{"constructor":{"prototype":{"x":1}}}',
          'email=a%40b.c&password=x',
        ]).map((raw) => ({ what: `body ${show(raw)}`, rawBody: raw })),
      });
    }
    return fc.oneof(...arbs);
  }

  it('never answers 5xx, answers every error as problem+json, and changes nothing when it refuses', async () => {
    const doc = JSON.parse((await fastify.inject({ method: 'GET', url: '/api/docs-json' })).body) as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }
        >
      >;
    };
    const operations: Operation[] = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
          .map(([m, op]) => ({
            method: m.toUpperCase(),
            path,
            parameters: op.parameters ?? [],
            body: op.requestBody?.content?.['application/json']?.schema,
          })),
      )
      .sort((a, b) => order(a.path) - order(b.path));
    expect(operations.length).toBeGreaterThan(50);
    const parameterCount = operations.reduce((n, op) => n + op.parameters.length + (op.body ? 1 : 0), 0);

    const ds = t.dataSource;
    const fpSql = await fingerprintSql(ds);
    let baseline: Fingerprint = await fingerprint(ds, fpSql);
    const weights = operations.map((op) => 1 + op.parameters.length + (op.body ? 3 : 0));
    const weightSum = weights.reduce((a, b) => a + b, 0);
    const report: string[] = [];
    const failures: string[] = [];
    const answered2xx = new Set<string>();
    let total = 0;
    let swept = 0;
    const started = Date.now();
    process.stdout.write(
      `openapi fuzz: seed ${SEED} (repeat with FUZZ_OPENAPI_SEED=${SEED}), ${operations.length} operations, ${parameterCount} parameters and bodies, ${TOTAL_RUNS} requests\n`,
    );

    for (const [index, op] of operations.entries()) {
      const who = op.path.startsWith('/api/v1/me/') ? 'client' : 'owner';
      await ensureSignedIn(who).catch((e: unknown) => {
        // Only the last routes (logout, 2FA, /practice) can leave a session that cannot come back.
        if (order(op.path) === -1) throw e;
      });
      const key = `${op.method} ${op.path}`;
      const bodies = op.body ? (validBodies(emails.client)[key] ?? [exampleFromSchema(op.body)]) : [];
      const queryValid: Record<string, string> = {
        ...validQuery(ids),
        ...(cursors[op.path] ? { cursor: cursors[op.path] as string } : {}),
      };
      const runs = Math.max(20, Math.round((TOTAL_RUNS * (weights[index] ?? 1)) / weightSum));
      const statuses = new Map<number, number>();
      const routeSeed = SEED + index;
      const bodyChoice = fc.nat({ max: Math.max(0, bodies.length - 1) });

      /** Sends the valid request with one change; throws when an answer breaks one of the three properties. */
      const send = async (m: Mutation, bodyIndex: number, idempotencyKey: string) => {
        let url = op.path;
        for (const p of op.parameters.filter((x) => x.in === 'path')) {
          const value = m.path?.[p.name] ?? realParam(op.path, p.name);
          url = url.replace(`{${p.name}}`, encodePathValue(value));
        }
        const query: Record<string, string | string[]> = {};
        for (const p of op.parameters.filter((x) => x.in === 'query' && x.required))
          query[p.name] = queryValid[p.name] ?? 'x';
        url += encodeQuery({ ...query, ...(m.query ?? {}) });

        const s = sessions[who];
        const headers: Record<string, string> = {
          cookie: s.cookie,
          'x-csrf-token': s.csrf,
          'x-forwarded-for': randomIp(),
        };
        for (const p of op.parameters.filter((x) => x.in === 'header')) {
          const name = p.name.toLowerCase();
          const valid = name === 'if-match' ? await currentIfMatch(op.path) : idempotencyKey;
          const value = m.headers && name in m.headers ? m.headers[name] : valid;
          if (value !== undefined) headers[name] = value;
        }
        let payload: string | undefined;
        if (op.body) {
          const body = clone(bodies[bodyIndex] ?? {});
          if (m.rawBody !== undefined) payload = m.rawBody;
          else if (m.body && 'set' in m.body)
            payload = stringifyBody(setAt(body, m.body.set, m.body.value, false));
          else if (m.body && 'remove' in m.body)
            payload = stringifyBody(setAt(body, m.body.remove, undefined, true));
          else payload = stringifyBody(body);
          headers['content-type'] = m.contentType ?? 'application/json';
          if (m.contentType === '') delete headers['content-type'];
        }

        const before = await nextXid(ds);
        const res = await fastify.inject({
          method: op.method as 'GET',
          url,
          headers,
          ...(payload !== undefined ? { payload } : {}),
        });
        total++;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const what = `${op.method} ${url} with ${m.what} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        if (res.statusCode >= 500) throw new Error(`5xx: ${what}`);
        if (res.statusCode < 400) {
          answered2xx.add(key);
          baseline = await fingerprint(ds, fpSql);
          return;
        }
        const type = String(res.headers['content-type'] ?? '');
        if (!type.startsWith('application/problem+json'))
          throw new Error(`not problem+json (${type}): ${what}`);
        const problem = JSON.parse(res.body) as { status?: unknown; code?: unknown };
        if (problem.status !== res.statusCode || typeof problem.code !== 'string')
          throw new Error(`problem without its status or code: ${what}`);
        if ((await nextXid(ds)) === before) return; // no transaction wrote anything
        const now = await fingerprint(ds, fpSql);
        const changed = diffFingerprints(baseline, now);
        baseline = now;
        if (changed.length) throw new Error(`refused but changed ${changed.join(', ')}: ${what}`);
      };

      // First the sweep (every parameter meets its kind's worst values), then random draws from every edge.
      const sweep = sweepFor(op, bodies, queryValid);
      let failed: string | null = null;
      for (const m of sweep) {
        try {
          await send(m, m.bodyIndex ?? 0, randomUUID());
        } catch (e) {
          failed = `${e instanceof Error ? e.message : String(e)}\n  (the sweep: every run sends it)`;
          break;
        }
      }
      swept += sweep.length;
      const property = fc.asyncProperty(mutationsFor(op, bodies, queryValid), bodyChoice, fc.uuid(), send);
      const result = failed
        ? null
        : await fc.check(property, { seed: routeSeed, numRuns: runs, endOnFailure: true });
      if (result?.failed)
        failed =
          `${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}\n` +
          `  repeat with FUZZ_OPENAPI_SEED=${SEED} (operation seed ${routeSeed})`;
      const counts = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([st, n]) => `${st}×${n}`)
        .join(' ');
      report.push(`${key.padEnd(56)} seed ${routeSeed}  ${counts}`);
      if (failed) failures.push(`${key}: ${failed}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const line = `openapi fuzz (${process.env['ASKWELL_TEST_DB'] ?? '?'}): ${total} requests over ${operations.length} operations (${parameterCount} parameters and bodies) in ${seconds} s (${swept} swept, the rest random), seed ${SEED}, ${failures.length} failing operations, ${answered2xx.size} operations answered 2xx`;
    const figures = process.env['FAULT_FIGURES_FILE'];
    if (figures) fs.appendFileSync(figures, `${line}\n`);
    process.stdout.write(`${line}\n${report.join('\n')}\n${failures.join('\n')}\n`);
    expect(failures).toEqual([]);
    expect(total - swept).toBeGreaterThanOrEqual(TOTAL_RUNS * 0.9);
    // The valid requests got through: the fuzzing reached past the first check on most operations.
    expect(answered2xx.size).toBeGreaterThan(operations.length * 0.6);
  }, 600_000);
});

function show(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : (stringifyBody(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}… (${s.length} chars)` : s;
}
