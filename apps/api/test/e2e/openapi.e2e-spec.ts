import { loadConfig } from '../../src/config/config';
import { CSRF_HEADER, routeHandlers, type RouteHandler, SESSION_SCHEME } from '../../src/openapi/document';
import { createOfflineApp } from '../../src/openapi/offline-app';
import { REQUEST_EXAMPLES } from '../../src/openapi/request-examples';
import { randomIp, signUpOwner } from '../factories/accounts';
import { createTestApp, type TestApp } from '../setup/test-app';
import { contractViolations, type OpenApiDoc, operations } from '../support/openapi-contract';

/** Operations that cannot answer any 4xx (also in .redocly.lint-ignore.yaml, for the same reason). */
const NO_4XX: Record<string, string> = {
  'GET /api/health': 'liveness: public, no input, no body; it answers 200 while the process is up',
  'GET /api/health/ready': 'readiness: public, no input, no body; 200 or 503 (documented)',
};

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('the OpenAPI contract', () => {
  let t: TestApp;
  let doc: OpenApiDoc & {
    servers?: { url: string }[];
    info: { license?: { name: string } };
    components: { securitySchemes: Record<string, { name: string; in: string }> };
  };
  let handlers: Map<string, RouteHandler>;
  beforeAll(async () => {
    t = await createTestApp();
    doc = (await t.http().get('/api/docs-json').expect(200)).body;
    handlers = routeHandlers(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('documents security, every problem answer and a valid request example on every operation', () => {
    expect(operations(doc).length).toBeGreaterThan(50);
    expect(contractViolations(doc, handlers, NO_4XX)).toEqual([]);
  });

  it('fails when an operation lacks security or 4xx answers, or an example is refused', () => {
    const planted = clone(doc);
    delete planted.paths['/api/v1/clients']?.['get']?.security;
    const session = planted.paths['/api/v1/auth/session']?.['get'];
    if (session) session.responses = { 200: session.responses['200'] ?? {} };
    const plan = planted.paths['/api/v1/me/entries/{id}/plan']?.['patch'];
    const examples = plan?.requestBody?.content?.['application/json']?.examples;
    if (examples?.['example']) examples['example'].value = { plan: { helper: '' } };
    delete planted.paths['/api/v1/practice']?.['patch']?.responses['412'];
    const problems = contractViolations(planted, handlers, NO_4XX);
    expect(problems).toEqual(
      expect.arrayContaining([
        'GET /api/v1/clients: no security requirement (use [] for a public route)',
        'GET /api/v1/auth/session: no 4xx response documented',
        'GET /api/v1/auth/session: 401 UNAUTHENTICATED missing (signed-in route)',
        expect.stringMatching(/^PATCH \/api\/v1\/me\/entries\/\{id\}\/plan: example "example" is refused/),
        'PATCH /api/v1/practice: 412 PRECONDITION_FAILED missing (If-Match)',
      ]),
    );
  });

  it('marks exactly the @Public() routes public (sign-in, invitations, password reset, health)', () => {
    const open = operations(doc)
      .filter(({ op }) => op.security?.length === 0)
      .map(({ route }) => route)
      .sort();
    expect(open).toEqual([
      'GET /api/health',
      'GET /api/health/ready',
      'GET /api/v1/invitations/lookup',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/login/two-factor',
      'POST /api/v1/auth/login/two-factor/setup',
      'POST /api/v1/auth/password-reset',
      'POST /api/v1/auth/password-reset/confirm',
      'POST /api/v1/auth/sign-up',
      'POST /api/v1/invitations/accept',
    ]);
  });

  it('names the cookie sign-in really sets and the header the guard really reads', async () => {
    const { session, csrf } = doc.components.securitySchemes;
    expect(session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'askwell_session' });
    expect(csrf).toMatchObject({ type: 'apiKey', in: 'header', name: CSRF_HEADER });

    const owner = await signUpOwner(t);
    const again = await t
      .agent()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', randomIp())
      .send({ email: owner.email, password: owner.password })
      .expect(200);
    const cookie = String(again.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie.split('=')[0]).toBe(session?.name);
    const refused = await t.http().post('/api/v1/auth/logout').set('cookie', cookie).expect(403);
    expect(refused.body.code).toBe('CSRF_REJECTED');
    await t
      .http()
      .post('/api/v1/auth/logout')
      .set('cookie', cookie)
      .set(CSRF_HEADER, again.body.session.csrfToken)
      .expect(204);
  });

  it('names the __Host- cookie when the public URL is https, and that server', async () => {
    const app = await createOfflineApp(
      loadConfig({ LOG_LEVEL: 'silent', PUBLIC_URL: 'https://askwell.invalid', NODE_ENV: 'test' }),
    );
    try {
      const res = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
      const https = JSON.parse(res.body) as typeof doc;
      expect(https.components.securitySchemes[SESSION_SCHEME]?.name).toBe('__Host-askwell_session');
      expect(https.servers).toEqual([expect.objectContaining({ url: 'https://askwell.invalid' })]);
    } finally {
      await app.close();
    }
  });

  it('has servers and a licence, and no example for an operation that does not exist', () => {
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license?.name).toMatch(/proprietary/i);
    const withBody = new Set(operations(doc).flatMap(({ op }) => (op.requestBody ? [op.operationId] : [])));
    expect(Object.keys(REQUEST_EXAMPLES).filter((id) => !withBody.has(id))).toEqual([]);
  });
});
