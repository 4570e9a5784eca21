import type TestAgent from 'supertest/lib/agent';
import { logIn, PASSWORD, randomIp, uniqueEmail } from '../factories/accounts';
import { ACTORS, type ActorName, seedWorld, type World } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';
import { documentedCodes, type OpenApiDoc } from '../support/openapi-contract';

/**
 * Every route × every kind of actor, against the real AppModule and its real guards, on rows seeded through
 * the API. Each cell signs in afresh, so a route that changes state (logout) cannot spoil the next cell.
 * Bodies for most writes are deliberately empty: an allowed actor then gets 400 from validation, which runs
 * after the guard, while a refused one gets 401/403/404 before validation is reached.
 */
type Expect = Record<ActorName, number>;
interface Cell {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}
interface RouteCase {
  route: string; // "METHOD /openapi/path/{param}"
  expect: Expect;
  /** Builds the request for one cell (fresh fixtures when the route consumes them). */
  cell: (w: World, actor: ActorName, t: TestApp) => Promise<Cell> | Cell;
}

const all = (status: number): Expect => Object.fromEntries(ACTORS.map((a) => [a, status])) as Expect;
const signedIn = (status: number, over: Partial<Expect> = {}): Expect => ({
  ...all(status),
  anonymous: 401,
  ...over,
});
const staff = (status: number, over: Partial<Expect> = {}): Expect =>
  signedIn(status, { clientA: 403, clientB: 403, ...over });
const ownerOnly = (status: number): Expect => signedIn(403, { owner: status });

async function freshInvitationOfPractitionerA(t: TestApp, w: World): Promise<{ id: string; token: string }> {
  const p1 = await logIn(t, w.people.practitionerOfA.email);
  const res = await p1.agent
    .post('/api/v1/invitations')
    .set('x-csrf-token', p1.csrf)
    .send({ email: uniqueEmail('inv'), displayName: 'Invited Person', role: 'client' })
    .expect(201);
  return { id: res.body.invitation.id, token: new URL(res.body.link as string).hash.replace('#token=', '') };
}

let lookupToken = '';

/** Client A's records, written through the API before the matrix runs. */
const fx = {
  experimentId: '',
  sharedEntryId: '',
  privateEntryId: '',
  assignmentId: '',
  flagId: '',
  sessionId: '',
};
const DRAFT_KEY = 'matrix:draft';
const PLAN = {
  helper: 'a neighbour',
  request: 'to water the plants',
  channel: 'in-person',
  lifeArea: 'everyday',
  plannedOn: '2026-11-28',
};
const ASSIGNMENT = {
  exerciseRef: { source: 'template', templateId: 'micro-ask-staff' },
  startOn: '2026-11-23',
  recurrence: { kind: 'daily', count: 7 },
};

async function freshAssignmentOfClientA(t: TestApp, w: World): Promise<string> {
  const p1 = await logIn(t, w.people.practitionerOfA.email);
  const res = await p1.agent
    .post(`/api/v1/clients/${w.people.clientA.id}/assignments`)
    .set('x-csrf-token', p1.csrf)
    .send(ASSIGNMENT)
    .expect(201);
  return res.body.id as string;
}

async function seedClientARecords(t: TestApp, w: World): Promise<void> {
  const a = await logIn(t, w.people.clientA.email);
  const post = (body: object) =>
    a.agent.post('/api/v1/me/entries').set('x-csrf-token', a.csrf).send(body).expect(201);
  fx.experimentId = (await post({ kind: 'experiment', plan: PLAN })).body.entry.id;
  const shared = await post({
    kind: 'reflection',
    reflection: { text: 'Some nights I want to go to sleep and not wake up.', sharing: 'shared' },
  });
  fx.sharedEntryId = shared.body.entry.id;
  fx.privateEntryId = (
    await post({ kind: 'reflection', reflection: { text: 'Only for me.', sharing: 'private' } })
  ).body.entry.id;
  await a.agent
    .put(`/api/v1/me/drafts/${DRAFT_KEY}`)
    .set('x-csrf-token', a.csrf)
    .send({ data: { text: 'half' } })
    .expect(200);
  fx.assignmentId = await freshAssignmentOfClientA(t, w);
  const p1 = await logIn(t, w.people.practitionerOfA.email);
  const flags = await p1.agent.get(`/api/v1/clients/${w.people.clientA.id}/risk-flags`).expect(200);
  fx.flagId = flags.body[0].id;
  const session = await p1.agent
    .post(`/api/v1/clients/${w.people.clientA.id}/sessions`)
    .set('x-csrf-token', p1.csrf)
    .send({ heldOn: '2026-11-20', note: 'Seeded.' })
    .expect(201);
  fx.sessionId = session.body.id;
}

/** Client-only routes: each client their own records, staff refused by role. */
const clientsOnly = (status: number, over: Partial<Expect> = {}): Expect =>
  signedIn(403, { clientA: status, clientB: status, ...over });
/** Staff routes about client A: the owner and A's practitioner; anyone else may not know A exists. */
const caseOfA = (status: number): Expect =>
  staff(status, { otherPractitioner: 404, foreignPractitioner: 404 });

const MATRIX: RouteCase[] = [
  { route: 'GET /api/health', expect: all(200), cell: () => ({ method: 'get', path: '/api/health' }) },
  {
    route: 'GET /api/health/ready',
    expect: all(200),
    cell: () => ({ method: 'get', path: '/api/health/ready' }),
  },
  {
    route: 'POST /api/v1/auth/sign-up',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/sign-up', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/login',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/login', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/login/two-factor',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/login/two-factor', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/login/two-factor/setup',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/login/two-factor/setup', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/logout',
    expect: signedIn(204),
    cell: () => ({ method: 'post', path: '/api/v1/auth/logout' }),
  },
  {
    route: 'GET /api/v1/auth/session',
    expect: signedIn(200),
    cell: () => ({ method: 'get', path: '/api/v1/auth/session' }),
  },
  {
    route: 'POST /api/v1/auth/password',
    expect: signedIn(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/password', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/password-reset',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/password-reset', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/password-reset/confirm',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/password-reset/confirm', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/two-factor/setup',
    expect: signedIn(200),
    cell: () => ({ method: 'post', path: '/api/v1/auth/two-factor/setup' }),
  },
  {
    route: 'POST /api/v1/auth/two-factor/enable',
    expect: signedIn(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/two-factor/enable', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/two-factor/disable',
    expect: signedIn(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/two-factor/disable', body: {} }),
  },
  {
    route: 'POST /api/v1/auth/two-factor/recovery-codes',
    expect: signedIn(400),
    cell: () => ({ method: 'post', path: '/api/v1/auth/two-factor/recovery-codes', body: {} }),
  },
  {
    route: 'GET /api/v1/practice',
    expect: signedIn(200),
    cell: () => ({ method: 'get', path: '/api/v1/practice' }),
  },
  {
    route: 'PATCH /api/v1/practice',
    expect: ownerOnly(400),
    cell: () => ({ method: 'patch', path: '/api/v1/practice', body: {} }),
  },
  {
    route: 'GET /api/v1/practice/members',
    expect: ownerOnly(200),
    cell: () => ({ method: 'get', path: '/api/v1/practice/members' }),
  },
  {
    route: 'POST /api/v1/invitations',
    expect: staff(400),
    cell: () => ({ method: 'post', path: '/api/v1/invitations', body: {} }),
  },
  {
    route: 'GET /api/v1/invitations',
    expect: staff(200),
    cell: () => ({ method: 'get', path: '/api/v1/invitations' }),
  },
  {
    route: 'DELETE /api/v1/invitations/{id}',
    expect: staff(204, { otherPractitioner: 404, foreignPractitioner: 404 }),
    cell: async (w, _a, t) => ({
      method: 'delete',
      path: `/api/v1/invitations/${(await freshInvitationOfPractitionerA(t, w)).id}`,
    }),
  },
  {
    route: 'GET /api/v1/invitations/lookup',
    expect: all(200),
    cell: () => ({
      method: 'get',
      path: `/api/v1/invitations/lookup?token=${encodeURIComponent(lookupToken)}`,
    }),
  },
  {
    route: 'POST /api/v1/invitations/accept',
    expect: all(400),
    cell: () => ({ method: 'post', path: '/api/v1/invitations/accept', body: {} }),
  },
  {
    route: 'GET /api/v1/clients',
    expect: staff(200),
    cell: () => ({ method: 'get', path: '/api/v1/clients' }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}',
    expect: {
      anonymous: 401,
      clientA: 200,
      clientB: 404,
      practitionerOfA: 200,
      otherPractitioner: 404,
      foreignPractitioner: 404,
      owner: 200,
    },
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}` }),
  },
  {
    route: 'GET /api/v1/exercises',
    expect: staff(200),
    cell: () => ({ method: 'get', path: '/api/v1/exercises' }),
  },
  {
    route: 'POST /api/v1/exercises',
    expect: staff(400),
    cell: () => ({ method: 'post', path: '/api/v1/exercises', body: {} }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/assignments',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/assignments` }),
  },
  {
    route: 'POST /api/v1/clients/{clientId}/assignments',
    expect: caseOfA(201),
    cell: (w) => ({
      method: 'post',
      path: `/api/v1/clients/${w.people.clientA.id}/assignments`,
      body: ASSIGNMENT,
    }),
  },
  {
    route: 'PATCH /api/v1/assignments/{id}',
    expect: caseOfA(200),
    cell: async (w, _a, t) => ({
      method: 'patch',
      path: `/api/v1/assignments/${await freshAssignmentOfClientA(t, w)}`,
      body: { action: 'pause' },
      headers: { 'if-match': '"v1"' },
    }),
  },
  {
    route: 'PUT /api/v1/clients/{clientId}/rung',
    expect: caseOfA(428),
    cell: (w) => ({ method: 'put', path: `/api/v1/clients/${w.people.clientA.id}/rung`, body: { rung: 2 } }),
  },
  {
    route: 'GET /api/v1/me/assignments',
    expect: clientsOnly(200),
    cell: () => ({ method: 'get', path: '/api/v1/me/assignments' }),
  },
  {
    route: 'GET /api/v1/me/week',
    expect: clientsOnly(200),
    cell: () => ({ method: 'get', path: '/api/v1/me/week' }),
  },
  {
    route: 'PATCH /api/v1/me/preferences',
    expect: signedIn(400),
    cell: () => ({ method: 'patch', path: '/api/v1/me/preferences', body: {} }),
  },
  {
    route: 'GET /api/v1/me/entries',
    expect: clientsOnly(200),
    cell: () => ({ method: 'get', path: '/api/v1/me/entries' }),
  },
  {
    route: 'POST /api/v1/me/entries',
    expect: clientsOnly(400),
    cell: () => ({ method: 'post', path: '/api/v1/me/entries', body: {} }),
  },
  {
    route: 'PATCH /api/v1/me/entries/{id}/plan',
    expect: clientsOnly(428, { clientB: 404 }),
    cell: () => ({
      method: 'patch',
      path: `/api/v1/me/entries/${fx.experimentId}/plan`,
      body: { plan: PLAN },
    }),
  },
  {
    route: 'POST /api/v1/me/entries/{id}/lock',
    expect: clientsOnly(428, { clientB: 404 }),
    cell: () => ({ method: 'post', path: `/api/v1/me/entries/${fx.experimentId}/lock`, body: {} }),
  },
  {
    route: 'PUT /api/v1/me/entries/{id}/outcome',
    expect: clientsOnly(428, { clientB: 404 }),
    cell: () => ({
      method: 'put',
      path: `/api/v1/me/entries/${fx.experimentId}/outcome`,
      body: { outcome: { didAsk: 'no', whatGotInTheWay: 'Nerves.' } },
    }),
  },
  {
    route: 'GET /api/v1/me/drafts',
    expect: clientsOnly(200),
    cell: () => ({ method: 'get', path: '/api/v1/me/drafts' }),
  },
  {
    route: 'GET /api/v1/me/drafts/{key}',
    expect: clientsOnly(200, { clientB: 404 }),
    cell: () => ({ method: 'get', path: `/api/v1/me/drafts/${DRAFT_KEY}` }),
  },
  {
    route: 'PUT /api/v1/me/drafts/{key}',
    expect: clientsOnly(200),
    cell: () => ({ method: 'put', path: '/api/v1/me/drafts/matrix:other', body: { data: { text: 'x' } } }),
  },
  {
    route: 'DELETE /api/v1/me/drafts/{key}',
    expect: clientsOnly(204),
    cell: () => ({ method: 'delete', path: '/api/v1/me/drafts/matrix:other' }),
  },
  {
    route: 'GET /api/v1/entries/{id}',
    expect: { ...caseOfA(200), clientA: 200, clientB: 404 },
    cell: () => ({ method: 'get', path: `/api/v1/entries/${fx.sharedEntryId}` }),
  },
  {
    route: 'POST /api/v1/entries/{id}/review',
    expect: caseOfA(428),
    cell: () => ({
      method: 'post',
      path: `/api/v1/entries/${fx.sharedEntryId}/review`,
      body: { markReviewed: true },
    }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/entries',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/entries` }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/risk-flags',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/risk-flags` }),
  },
  {
    route: 'POST /api/v1/risk-flags/{id}/acknowledge',
    expect: caseOfA(200),
    cell: () => ({ method: 'post', path: `/api/v1/risk-flags/${fx.flagId}/acknowledge`, body: {} }),
  },
  {
    route: 'GET /api/v1/caseload',
    expect: staff(200),
    cell: () => ({ method: 'get', path: '/api/v1/caseload' }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/progress',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/progress` }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/brief',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/brief` }),
  },
  {
    route: 'POST /api/v1/clients/{clientId}/brief/review',
    expect: caseOfA(200),
    cell: (w) => ({
      method: 'post',
      path: `/api/v1/clients/${w.people.clientA.id}/brief/review`,
      body: { from: '2026-11-01', to: '2026-11-14' },
    }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/sessions',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/sessions` }),
  },
  {
    route: 'POST /api/v1/clients/{clientId}/sessions',
    expect: caseOfA(201),
    cell: (w) => ({
      method: 'post',
      path: `/api/v1/clients/${w.people.clientA.id}/sessions`,
      body: { heldOn: '2026-11-20', note: 'Private note.' },
    }),
  },
  {
    route: 'PATCH /api/v1/sessions/{id}',
    expect: caseOfA(428),
    cell: () => ({ method: 'patch', path: `/api/v1/sessions/${fx.sessionId}`, body: { note: 'Changed.' } }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/rung-decisions',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/rung-decisions` }),
  },
  {
    route: 'POST /api/v1/clients/{clientId}/rung-decisions',
    expect: caseOfA(201),
    cell: (w) => ({
      method: 'post',
      path: `/api/v1/clients/${w.people.clientA.id}/rung-decisions`,
      body: { decision: 'decline' },
    }),
  },
  {
    route: 'GET /api/v1/clients/{clientId}/export',
    expect: caseOfA(200),
    cell: (w) => ({ method: 'get', path: `/api/v1/clients/${w.people.clientA.id}/export` }),
  },
  {
    route: 'GET /api/v1/audit-events',
    expect: ownerOnly(200),
    cell: () => ({ method: 'get', path: '/api/v1/audit-events' }),
  },
];

describe('authorization matrix', () => {
  let t: TestApp;
  let w: World;
  let doc: OpenApiDoc;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200)).body as OpenApiDoc;
    w = await seedWorld(t);
    lookupToken = (await freshInvitationOfPractitionerA(t, w)).token;
    await seedClientARecords(t, w);
  }, 120_000);
  afterAll(async () => {
    await t.close();
  });

  async function as(actor: ActorName): Promise<{ agent: TestAgent; csrf?: string }> {
    if (actor === 'anonymous') return { agent: t.agent() };
    return logIn(t, w.people[actor].email, PASSWORD);
  }

  it('covers every route the API serves (OpenAPI document = matrix)', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    const served = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect([...served].sort()).toEqual(MATRIX.map((r) => r.route).sort());
  });

  describe.each(MATRIX)('$route', (rc) => {
    it.each(ACTORS)('as %s', async (actor) => {
      const cell = await rc.cell(w, actor, t);
      const { agent, csrf } = await as(actor);
      let req = agent[cell.method](cell.path).set('x-forwarded-for', randomIp());
      if (csrf && cell.method !== 'get') req = req.set('x-csrf-token', csrf);
      for (const [k, v] of Object.entries(cell.headers ?? {})) req = req.set(k, v);
      const res = cell.body === undefined ? await req : await req.send(cell.body as object);
      expect({ actor, status: res.status }).toEqual({ actor, status: rc.expect[actor] });
      // The OpenAPI document promises this answer: its status, and for a problem its code.
      const [method, path] = rc.route.split(' ') as [string, string];
      const op = doc.paths[path]?.[method.toLowerCase()];
      const codes = op && documentedCodes(op, res.status);
      expect({ status: res.status, documented: codes !== undefined }).toEqual({
        status: res.status,
        documented: true,
      });
      if (res.status >= 400) expect(codes).toContain(res.body.code);
    });
  });

  it('keeps a private entry to its client: every practitioner, the owner included, gets 404', async () => {
    const statuses: Record<string, number> = {};
    for (const actor of [
      'clientA',
      'clientB',
      'practitionerOfA',
      'otherPractitioner',
      'foreignPractitioner',
      'owner',
    ] as const) {
      const { agent } = await as(actor);
      statuses[actor] = (await agent.get(`/api/v1/entries/${fx.privateEntryId}`)).status;
    }
    expect(statuses).toEqual({
      clientA: 200,
      clientB: 404,
      practitionerOfA: 404,
      otherPractitioner: 404,
      foreignPractitioner: 404,
      owner: 404,
    });
  });

  it('keeps caseloads apart: a practitioner lists only their clients, the owner all, another practice none', async () => {
    const names = async (
      actor: 'practitionerOfA' | 'otherPractitioner' | 'owner' | 'foreignPractitioner',
    ) => {
      const s = await logIn(t, w.people[actor].email);
      const res = await s.agent.get('/api/v1/clients').expect(200);
      return (res.body.items as { displayName: string }[]).map((c) => c.displayName);
    };
    expect(await names('practitionerOfA')).toEqual(['Alex Client']);
    expect(await names('otherPractitioner')).toEqual(['Blair Client']);
    expect(await names('owner')).toEqual(['Alex Client', 'Blair Client']);
    expect(await names('foreignPractitioner')).toEqual([]);
  });

  it('keeps caseloads apart in the caseload overview too, on every page and in its counts', async () => {
    const seen = async (actor: 'practitionerOfA' | 'otherPractitioner' | 'owner' | 'foreignPractitioner') => {
      const s = await logIn(t, w.people[actor].email);
      const names: string[] = [];
      const totals = new Set<number>();
      let cursor: string | null = null;
      do {
        const res = await s.agent
          .get(`/api/v1/caseload?sort=name&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
          .expect(200);
        const page = res.body as {
          items: { displayName: string }[];
          nextCursor: string | null;
          total: number;
        };
        names.push(...page.items.map((c) => c.displayName));
        totals.add(page.total);
        cursor = page.nextCursor;
      } while (cursor);
      return { names, totals: [...totals] };
    };
    expect(await seen('practitionerOfA')).toEqual({ names: ['Alex Client'], totals: [1] });
    expect(await seen('otherPractitioner')).toEqual({ names: ['Blair Client'], totals: [1] });
    expect(await seen('owner')).toEqual({ names: ['Alex Client', 'Blair Client'], totals: [2] });
    expect(await seen('foreignPractitioner')).toEqual({ names: [], totals: [0] });
  });
});
