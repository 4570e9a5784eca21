import { createTestApp, type TestApp } from '../setup/test-app';

describe('health and API conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers liveness outside the version prefix', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await t.http().get('/api/health/ready').expect(200);
    expect(res.body).toMatchObject({ status: 'ready', database: 'server', migrations: 'applied' });
  });

  it('is not ready while a migration is pending', async () => {
    await t.dataSource.undoLastMigration({ transaction: 'each' });
    try {
      const res = await t.http().get('/api/health/ready').expect(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await t.dataSource.runMigrations({ transaction: 'each' });
    }
  });

  it('answers unknown API routes with problem details and a request id', async () => {
    const res = await t.http().get('/api/v1/no-such-thing').set('x-request-id', 'trace-123').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.body).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      instance: '/api/v1/no-such-thing',
      requestId: 'trace-123',
    });
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/health/ready']));
  });

  it('sends security headers, a strict content policy, and never lets API answers be cached', async () => {
    const res = await t.http().get('/api/v1/auth/session');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toBeUndefined(); // plain http in tests

    const docs = await t.http().get('/api/docs').expect(200);
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self' 'unsafe-inline'");
  });
});
