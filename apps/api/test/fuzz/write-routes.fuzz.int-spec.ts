import fs from 'node:fs';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { PASSWORD, randomIp, signUpOwner, uniqueEmail } from '../factories/accounts';
import { inviteAndAccept } from '../factories/practices';
import { OUTCOME, PLAN } from '../factories/records';
import { createTestApp, type TestApp } from '../setup/test-app';
import {
  bodyArbitrary,
  diffFingerprints,
  exampleFromSchema,
  fieldsOf,
  fingerprint,
  fingerprintSql,
  type Fingerprint,
  type FuzzBody,
  type HeaderChoices,
  headersArbitrary,
  nextXid,
  paramArbitrary,
} from './fuzz-support';

/**
 * Property-based fuzzing of every write route in the OpenAPI document (so routes added later are fuzzed too):
 * broken examples, wrong types, huge and odd unicode strings, prototype-pollution keys, unknown fields,
 * non-JSON bodies and bad headers, sent with a real session and CSRF token so requests get past the guard.
 * Two properties per request: never a 5xx, and a refused request (4xx) changes no content table.
 *
 * FUZZ_SEED repeats a run; FUZZ_RUNS sets the total number of requests (default 10 000, spread over routes).
 */
const TOTAL_RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2_147_483_647);

const ASSIGNMENT = {
  exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
  startOn: '2026-11-23',
  recurrence: { kind: 'daily', count: 7 },
  note: 'Pick a quiet moment.',
};

/** Hand-written valid examples where a schema-derived one would be refused for business reasons. */
const EXAMPLES: Record<string, unknown[]> = {
  'POST /api/v1/me/entries': [
    { kind: 'experiment', plan: PLAN },
    { kind: 'reflection', reflection: { text: 'I asked and it was fine.', sharing: 'shared' } },
    {
      kind: 'observation',
      observation: { occurredOn: '2026-11-24', situation: 'At work', wantedHelpWith: 'a form' },
    },
  ],
  'PATCH /api/v1/me/entries/{id}/plan': [{ plan: PLAN }],
  'POST /api/v1/me/entries/{id}/lock': [{}],
  'PUT /api/v1/me/entries/{id}/outcome': [{ outcome: OUTCOME }],
  'PUT /api/v1/me/drafts/{key}': [{ data: { text: 'half a thought' } }],
  'PATCH /api/v1/me/preferences': [{ timeZone: 'Europe/Berlin' }],
  'POST /api/v1/entries/{id}/review': [
    {
      markReviewed: true,
      comment: 'Good step.',
      tagDecisions: [{ barrierId: 'shame', decision: 'confirm' }],
    },
  ],
  'POST /api/v1/risk-flags/{id}/acknowledge': [{}],
  'POST /api/v1/clients/{clientId}/assignments': [ASSIGNMENT],
  'PATCH /api/v1/assignments/{id}': [{ action: 'pause', on: '2026-11-25' }],
  'PUT /api/v1/clients/{clientId}/rung': [{ rung: 2 }],
  'PATCH /api/v1/practice': [{ idleTimeoutMinutes: 15 }],
  'POST /api/v1/invitations': [{ email: 'new@example.org', displayName: 'New Person', role: 'client' }],
  'POST /api/v1/invitations/accept': [{ token: 'not-a-real-token', password: PASSWORD }],
  'POST /api/v1/auth/sign-up': [
    {
      practiceName: 'Fuzz Practice',
      displayName: 'Fuzz Owner',
      email: 'fuzz@example.org',
      password: PASSWORD,
    },
  ],
  'POST /api/v1/auth/login': [{ email: 'nobody@example.org', password: 'wrong password here' }],
  'POST /api/v1/auth/password': [
    { currentPassword: 'wrong password here', newPassword: 'another long passphrase' },
  ],
};

/** Routes that can end the fuzzing session run last, so they cannot starve the others of a session. */
const LAST = [/\/auth\/logout$/, /\/auth\/password$/, /\/auth\/two-factor\//, /\/practice$/];

interface Session {
  cookie: string;
  csrf: string;
}

interface Route {
  method: string;
  path: string;
  bodySchema: unknown;
}

describe('fuzzed input on every write route', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  let ids: Record<string, string>;
  const sessions: Record<'owner' | 'client', Session> = {
    owner: { cookie: '', csrf: '' },
    client: { cookie: '', csrf: '' },
  };
  let emails: Record<'owner' | 'client', string>;

  beforeAll(async () => {
    t = await createTestApp({ LOG_LEVEL: 'silent' });
    fastify = t.app.getHttpAdapter().getInstance();
    const owner = await signUpOwner(t);
    const client = await inviteAndAccept(t, owner, 'client', 'Fuzz Client');
    emails = { owner: owner.email, client: client.email };
    await relogin('owner');
    await relogin('client');

    const asClient = (method: 'POST' | 'PUT', url: string, payload: object) =>
      send(sessions.client, method, url, payload);
    const experiment = await asClient('POST', '/api/v1/me/entries', { kind: 'experiment', plan: PLAN });
    const shared = await asClient('POST', '/api/v1/me/entries', {
      kind: 'reflection',
      reflection: { text: 'Some nights I want to go to sleep and not wake up.', sharing: 'shared' },
    });
    await asClient('PUT', '/api/v1/me/drafts/fuzz:draft', { data: { text: 'half' } });
    const assignment = await send(
      sessions.owner,
      'POST',
      `/api/v1/clients/${client.id}/assignments`,
      ASSIGNMENT,
    );
    const invitation = await send(sessions.owner, 'POST', '/api/v1/invitations', {
      email: uniqueEmail('fuzz-inv'),
      displayName: 'Invited Person',
      role: 'client',
    });
    const flags = await fastify.inject({
      method: 'GET',
      url: `/api/v1/clients/${client.id}/risk-flags`,
      headers: { cookie: sessions.owner.cookie },
    });
    ids = {
      experiment: json<{ entry: { id: string } }>(experiment).entry.id,
      shared: json<{ entry: { id: string } }>(shared).entry.id,
      assignment: json<{ id: string }>(assignment).id,
      invitation: json<{ invitation: { id: string } }>(invitation).invitation.id,
      flag: json<{ id: string }[]>(flags)[0]?.id ?? '',
      client: client.id,
      draftKey: 'fuzz:draft',
    };
    expect(Object.values(ids).every(Boolean)).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  function json<T>(res: { statusCode: number; body: string }): T {
    if (res.statusCode >= 300) throw new Error(`seed request failed: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body) as T;
  }

  async function send(s: Session, method: 'POST' | 'PUT', url: string, payload: object) {
    return fastify.inject({
      method,
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'x-forwarded-for': randomIp() },
      payload,
    });
  }

  async function relogin(who: 'owner' | 'client'): Promise<void> {
    const res = await fastify.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: emails[who], password: PASSWORD },
    });
    const body = JSON.parse(res.body) as { status?: string; session?: { csrfToken: string } };
    if (res.statusCode !== 200 || body.status !== 'signed-in' || !body.session)
      throw new Error(`could not sign in as the ${who}: ${res.statusCode} ${res.body}`);
    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    sessions[who] = {
      cookie: setCookie.map((c) => c.split(';')[0]).join('; '),
      csrf: body.session.csrfToken,
    };
  }

  async function ensureSignedIn(who: 'owner' | 'client'): Promise<void> {
    const res = await fastify.inject({
      method: 'GET',
      url: '/api/v1/auth/session',
      headers: { cookie: sessions[who].cookie },
    });
    if (res.statusCode !== 200) await relogin(who);
  }

  /** A real id for a path parameter, by route and parameter name. */
  function realParam(path: string, name: string): string {
    if (name === 'clientId') return ids['client'] ?? '';
    if (name === 'key') return ids['draftKey'] ?? '';
    if (path.includes('/me/entries/')) return ids['experiment'] ?? '';
    if (path.includes('/entries/')) return ids['shared'] ?? '';
    if (path.includes('/assignments/')) return ids['assignment'] ?? '';
    if (path.includes('/risk-flags/')) return ids['flag'] ?? '';
    if (path.includes('/invitations/')) return ids['invitation'] ?? '';
    return '00000000-0000-4000-8000-000000000000';
  }

  it('never answers 5xx, and a refused request changes nothing in the database', async () => {
    const doc = JSON.parse((await fastify.inject({ method: 'GET', url: '/api/docs-json' })).body) as {
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>
      >;
    };
    const routes: Route[] = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([m]) => ['post', 'put', 'patch', 'delete'].includes(m))
          .map(([m, op]) => ({
            method: m.toUpperCase(),
            path,
            bodySchema: op.requestBody?.content?.['application/json']?.schema,
          })),
      )
      .sort((a, b) => Number(LAST.some((r) => r.test(a.path))) - Number(LAST.some((r) => r.test(b.path))));
    expect(routes.length).toBeGreaterThan(20);

    const ds = t.dataSource;
    const fpSql = await fingerprintSql(ds);
    let baseline: Fingerprint = await fingerprint(ds, fpSql);
    const runsPerRoute = Math.ceil(TOTAL_RUNS / routes.length);
    const report: string[] = [];
    const failures: string[] = [];
    let total = 0;
    const started = Date.now();
    process.stdout.write(
      `fuzz: seed ${SEED} (repeat with FUZZ_SEED=${SEED}), ${routes.length} write routes × ${runsPerRoute} runs\n`,
    );

    for (const [index, route] of routes.entries()) {
      const who = route.path.startsWith('/api/v1/me/') ? 'client' : 'owner';
      await ensureSignedIn(who);
      const key = `${route.method} ${route.path}`;
      const templates = (EXAMPLES[key] ?? [exampleFromSchema(route.bodySchema)]) as never[];
      const fields = fieldsOf(route.bodySchema);
      const body = fc.oneof(...templates.map((tpl) => bodyArbitrary(tpl, fields)));
      const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
      const params = fc.tuple(...paramNames.map((n) => paramArbitrary(realParam(route.path, n))));
      const query = fc.oneof(
        { weight: 8, arbitrary: fc.constant('') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '?draftKey=fuzz:draft',
            '?draftKey=%00',
            '?draftKey=../x',
            '?a[b]=1&a=2',
          ),
        },
      );
      const statuses = new Map<number, number>();
      const routeSeed = SEED + index;

      const property = fc.asyncProperty(
        body,
        headersArbitrary,
        params,
        query,
        async (b: FuzzBody, h: HeaderChoices, p: string[], q: string) => {
          let url = route.path;
          paramNames.forEach((n, i) => (url = url.replace(`{${n}}`, p[i] ?? '')));
          url += q;
          const s = sessions[who];
          const headers: Record<string, string> = { cookie: s.cookie, 'x-forwarded-for': randomIp() };
          if (h.contentType !== undefined && b.payload !== undefined) headers['content-type'] = h.contentType;
          if (h.csrf === 'right') headers['x-csrf-token'] = s.csrf;
          else if (h.csrf !== 'missing') headers['x-csrf-token'] = h.csrf;
          if (h.idempotencyKey !== undefined) headers['idempotency-key'] = h.idempotencyKey;
          if (h.ifMatch !== undefined) headers['if-match'] = h.ifMatch;
          if (h.origin !== undefined) headers['origin'] = h.origin;
          if (h.secFetchSite !== undefined) headers['sec-fetch-site'] = h.secFetchSite;
          if (h.requestId !== undefined) headers['x-request-id'] = h.requestId;

          const before = await nextXid(ds);
          const res = await fastify.inject({
            method: route.method as 'POST',
            url,
            headers,
            ...(b.payload !== undefined ? { payload: b.payload } : {}),
          });
          total++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const what = `${route.method} ${url} with ${b.label} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          if (res.statusCode >= 500) throw new Error(`5xx: ${what}`);
          if (res.statusCode < 400) {
            baseline = await fingerprint(ds, fpSql);
            return;
          }
          if ((await nextXid(ds)) === before) return; // no transaction wrote anything
          const now = await fingerprint(ds, fpSql);
          const changed = diffFingerprints(baseline, now);
          baseline = now;
          if (changed.length) throw new Error(`refused but changed ${changed.join(', ')}: ${what}`);
        },
      );
      const result = await fc.check(property, { seed: routeSeed, numRuns: runsPerRoute, endOnFailure: true });
      const counts = [...statuses.entries()]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ');
      report.push(`${key.padEnd(52)} seed ${routeSeed}  ${counts}`);
      if (result.failed) {
        failures.push(
          `${key}: ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance)}\n` +
            `  repeat with FUZZ_SEED=${SEED} (route seed ${routeSeed}, path ${result.counterexamplePath ?? '-'})`,
        );
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const figures = process.env['FAULT_FIGURES_FILE'];
    if (figures)
      fs.appendFileSync(
        figures,
        `fuzz (${process.env['ASKWELL_TEST_DB'] ?? '?'}): ${total} requests over ${routes.length} write routes in ${seconds} s, seed ${SEED}, ${failures.length} failing routes\n`,
      );
    process.stdout.write(
      `fuzz: ${total} requests over ${routes.length} write routes in ${seconds} s, seed ${SEED}, ${failures.length} failing routes\n${report.join('\n')}\n`,
    );
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(TOTAL_RUNS);
  }, 600_000);
});
