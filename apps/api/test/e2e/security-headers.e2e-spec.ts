import { PASSWORD, randomIp, signUpOwner, uniqueEmail } from '../factories/accounts';
import { inviteAndAccept } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * The headers docs/security.md promises, on plain http (development) and behind https (PUBLIC_URL=https://…):
 * content policy, no caching of client content, nosniff, referrer policy, HSTS, and the session cookie's flags.
 */
function expectStrictCsp(csp: string): void {
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("form-action 'self'");
}

function cookieAttributes(setCookie: string[] | string | undefined, name: string): string[] {
  const line = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith(`${name}=`));
  if (!line) throw new Error(`no ${name} cookie in ${JSON.stringify(setCookie)}`);
  return line
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase());
}

describe('security headers over plain http', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends the strict policy, nosniff and no-referrer on API answers, errors and the dashboard fallback', async () => {
    for (const path of [
      '/api/v1/auth/session',
      '/api/v1/no-such-route',
      '/some/client/route',
      '/api/health',
    ]) {
      const res = await t.http().get(path);
      expectStrictCsp(String(res.headers['content-security-policy']));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('never lets a response with client content be cached', async () => {
    const owner = await signUpOwner(t);
    const person = await inviteAndAccept(t, owner, 'client', 'Cass Client');
    const login = await t
      .http()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', randomIp())
      .send({ email: person.email, password: PASSWORD })
      .expect(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0] ?? '')
      .join('; ');
    const created = await t
      .http()
      .post('/api/v1/me/entries')
      .set('cookie', cookie)
      .set('x-csrf-token', login.body.session.csrfToken)
      .send({ kind: 'reflection', reflection: { text: 'A private thought.', sharing: 'private' } })
      .expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const id = created.body.entry.id as string;
    for (const path of [
      `/api/v1/me/entries`,
      `/api/v1/entries/${id}`,
      '/api/v1/me/week',
      '/api/v1/auth/session',
    ]) {
      const res = await t.http().get(path).set('cookie', cookie).expect(200);
      expect({ path, cacheControl: res.headers['cache-control'] }).toEqual({
        path,
        cacheControl: 'no-store',
      });
    }
    const staff = await owner.agent.get(`/api/v1/clients/${person.id}`).expect(200);
    expect(staff.headers['cache-control']).toBe('no-store');
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, host-wide, and not Secure on http (it would never be sent)', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/sign-up')
      .set('x-forwarded-for', randomIp())
      .send({ practiceName: 'Plain', displayName: 'Pat', email: uniqueEmail(), password: PASSWORD })
      .expect(201);
    const attrs = cookieAttributes(res.headers['set-cookie'], 'askwell_session');
    expect(attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(attrs).not.toContain('secure');
    expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);
  });
});

describe('security headers behind https (PUBLIC_URL=https://…)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://askwell.example' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends HSTS for a year with subdomains', async () => {
    const res = await t.http().get('/api/v1/auth/session');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expectStrictCsp(String(res.headers['content-security-policy']));
  });

  it('names the session cookie __Host- and marks it Secure, HttpOnly, SameSite=Lax, Path=/ without Domain', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/sign-up')
      .set('x-forwarded-for', randomIp())
      .send({ practiceName: 'Secure', displayName: 'Sam', email: uniqueEmail(), password: PASSWORD })
      .expect(201);
    const attrs = cookieAttributes(res.headers['set-cookie'], '__Host-askwell_session');
    expect(attrs).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']));
    expect(attrs.some((a) => a.startsWith('domain='))).toBe(false);

    const logout = await t
      .http()
      .post('/api/v1/auth/logout')
      .set(
        'cookie',
        ([] as string[])
          .concat(res.headers['set-cookie'] ?? [])
          .map((c) => c.split(';')[0] ?? '')
          .join('; '),
      )
      .set('x-csrf-token', res.body.session.csrfToken)
      .expect(204);
    const cleared = cookieAttributes(logout.headers['set-cookie'], '__Host-askwell_session');
    expect(cleared).toEqual(expect.arrayContaining(['secure', 'httponly', 'path=/']));
  });
});
