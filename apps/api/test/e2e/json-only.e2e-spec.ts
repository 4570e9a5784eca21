import type { FastifyInstance } from 'fastify';
import { PASSWORD, randomIp, signUpOwner } from '../factories/accounts';
import { fingerprint, fingerprintSql } from '../fuzz/fuzz-support';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * JSON only (issue 15): the contract says request bodies are application/json; a sign-in sent as an HTML form
 * (application/x-www-form-urlencoded) with a valid login used to succeed and set the session cookie. Every
 * route with a body now answers any other content type with 415 UNSUPPORTED_MEDIA_TYPE (problem details) and
 * changes nothing. Errors the router raises itself (a path parameter too long, a URL that does not decode) are
 * problem details too.
 */

const OTHER_TYPES = [
  'application/x-www-form-urlencoded',
  'text/plain',
  'text/plain; charset=utf-8',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/problem+json',
  'application/json; charset=utf-16',
  'application/json; charset=iso-8859-1',
];

describe('JSON only', () => {
  let t: TestApp;
  let fastify: FastifyInstance;
  let owner: Awaited<ReturnType<typeof signUpOwner>>;
  let cookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    fastify = t.app.getHttpAdapter().getInstance();
    owner = await signUpOwner(t);
    const login = await fastify.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-for': randomIp() },
      payload: { email: owner.email, password: PASSWORD },
    });
    cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    owner.csrf = (JSON.parse(login.body) as { session: { csrfToken: string } }).session.csrfToken;
  });
  afterAll(async () => {
    await t.close();
  });

  const sessions = async () =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM session`))[0]?.n;

  it('refuses a sign-in sent as a form, though the login is right: no session, no cookie', async () => {
    const before = await sessions();
    const res = await fastify.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': randomIp() },
      payload: `email=${encodeURIComponent(owner.email)}&password=${encodeURIComponent(PASSWORD)}`,
    });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await sessions()).toBe(before);
  });

  it('every route with a body in the OpenAPI document answers 415 to any other type, and changes nothing', async () => {
    const doc = JSON.parse((await fastify.inject({ method: 'GET', url: '/api/docs-json' })).body) as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([m, op]) => m !== 'get' && op.requestBody)
        .map(([m]) => ({
          method: m.toUpperCase(),
          url: path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000'),
        })),
    );
    expect(routes.length).toBeGreaterThan(25);
    const fpSql = await fingerprintSql(t.dataSource);
    const before = await fingerprint(t.dataSource, fpSql);
    const answers = new Set<string>();
    for (const { method, url } of routes)
      for (const type of [...OTHER_TYPES, undefined]) {
        const res = await fastify.inject({
          method: method as 'POST',
          url,
          headers: {
            cookie,
            'x-csrf-token': owner.csrf,
            'x-forwarded-for': randomIp(),
            ...(type ? { 'content-type': type } : {}),
          },
          payload: type?.includes('form') ? 'a=1&b=2' : '{"a":1}',
        });
        answers.add(
          `${res.statusCode} ${String(res.headers['content-type']).split(';')[0]} ${JSON.parse(res.body).code}`,
        );
        expect({ method, url, type, status: res.statusCode }).toEqual({ method, url, type, status: 415 });
      }
    expect([...answers]).toEqual(['415 application/problem+json UNSUPPORTED_MEDIA_TYPE']);
    expect(await fingerprint(t.dataSource, fpSql)).toEqual(before);
  });

  it('takes application/json in any case, with or without charset=utf-8', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON;charset="UTF-8"',
    ]) {
      const res = await fastify.inject({
        method: 'PUT',
        url: '/api/v1/me/drafts/not-mine',
        headers: { cookie, 'x-csrf-token': owner.csrf, 'content-type': type },
        payload: '{"data":{}}',
      });
      // The owner is not a client: the role check answers, after the body was taken.
      expect({ type, status: res.statusCode }).toEqual({ type, status: 403 });
    }
  });

  it('a path parameter past the router limit, or a URL that does not decode, is problem details', async () => {
    const long = await fastify.inject({ method: 'POST', url: `/api/v1/entries/${'x'.repeat(201)}/review` });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(long.body)).toMatchObject({
      status: 414,
      code: 'URI_TOO_LONG',
      requestId: expect.any(String),
    });
    const bad = await fastify.inject({ method: 'GET', url: '/api/v1/entries/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(bad.body)).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
  });
});
