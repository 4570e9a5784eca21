import { generate } from 'otplib';
import { logIn, PASSWORD, randomIp, signUpOwner, uniqueEmail } from '../factories/accounts';
import { createTestApp, type TestApp } from '../setup/test-app';

describe('accounts: sign-up, login, sessions, CSRF, 2FA', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  describe('sign-up', () => {
    it('creates a practice and its owner, signed in with an HttpOnly SameSite=Lax session cookie', async () => {
      const agent = t.agent();
      const email = uniqueEmail('Owner').toUpperCase();
      const res = await agent
        .post('/api/v1/auth/sign-up')
        .send({ practiceName: 'North Star', displayName: 'Nia', email, password: PASSWORD })
        .expect(201);
      expect(res.body).toMatchObject({
        status: 'signed-in',
        session: {
          account: { email: email.toLowerCase(), role: 'owner', twoFactorEnabled: false },
          practice: { name: 'North Star', idleTimeoutMinutes: 30 },
        },
      });
      const cookie = String(res.headers['set-cookie']);
      expect(cookie).toMatch(/^askwell_session=[0-9a-f-]{36}\.[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).not.toMatch(/Secure/); // plain http here; see the https config test
      const me = await agent.get('/api/v1/auth/session').expect(200);
      expect(me.body.account.email).toBe(email.toLowerCase());
      expect(JSON.stringify(me.body)).not.toMatch(/argon2|password_hash|totp_secret/);
    });

    it('rejects unknown fields, weak and common passwords, and a taken email, changing nothing', async () => {
      const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM practice`);
      const extra = await t
        .http()
        .post('/api/v1/auth/sign-up')
        .send({
          practiceName: 'P',
          displayName: 'D',
          email: uniqueEmail(),
          password: PASSWORD,
          role: 'admin',
        })
        .expect(400);
      expect(extra.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ path: 'role', message: 'This field is not part of the form. Remove it.' }],
      });
      const short = await t
        .http()
        .post('/api/v1/auth/sign-up')
        .send({ practiceName: 'P', displayName: 'D', email: uniqueEmail(), password: 'short' })
        .expect(400);
      expect(short.body.errors).toEqual([expect.objectContaining({ path: 'password' })]);
      const common = await t
        .http()
        .post('/api/v1/auth/sign-up')
        .send({ practiceName: 'P', displayName: 'D', email: uniqueEmail(), password: 'password123' })
        .expect(400);
      expect(common.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ path: 'password' }] });
      const owner = await signUpOwner(t);
      const taken = await t
        .http()
        .post('/api/v1/auth/sign-up')
        .send({ practiceName: 'P', displayName: 'D', email: owner.email, password: PASSWORD })
        .expect(409);
      expect(taken.body.code).toBe('EMAIL_TAKEN');
      const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM practice`);
      expect(after[0].n).toBe(before[0].n + 1); // only signUpOwner's practice was added
    });
  });

  describe('login and sessions', () => {
    it('answers a wrong password and an unknown email the same way', async () => {
      const owner = await signUpOwner(t);
      const wrong = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: owner.email, password: 'not the password' })
        .expect(401);
      const unknown = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: uniqueEmail('nobody'), password: 'not the password' })
        .expect(401);
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
      expect({ ...wrong.body, instance: null, requestId: null }).toEqual({
        ...unknown.body,
        instance: null,
        requestId: null,
      });
    });

    it('issues a new session id at every login', async () => {
      const owner = await signUpOwner(t);
      const a = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: owner.email, password: PASSWORD })
        .expect(200);
      const b = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: owner.email, password: PASSWORD })
        .expect(200);
      expect(String(a.headers['set-cookie'])).not.toEqual(String(b.headers['set-cookie']));
      const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM session WHERE practice_id = $1`, [
        owner.practiceId,
      ]);
      expect(rows[0].n).toBe(3);
    });

    it('refuses a change without the CSRF token, and a cross-site one even with it', async () => {
      const owner = await signUpOwner(t);
      const none = await owner.agent.post('/api/v1/auth/logout').expect(403);
      expect(none.body.code).toBe('CSRF_REJECTED');
      await owner.agent.post('/api/v1/auth/logout').set('x-csrf-token', 'forged-token-value').expect(403);
      await owner.agent
        .post('/api/v1/auth/logout')
        .set('x-csrf-token', owner.csrf)
        .set('sec-fetch-site', 'cross-site')
        .expect(403);
      await owner.agent
        .post('/api/v1/auth/logout')
        .set('x-csrf-token', owner.csrf)
        .set('origin', 'https://evil.example')
        .expect(403);
      await owner.agent.get('/api/v1/auth/session').expect(200); // still signed in
    });

    it('logout ends the session', async () => {
      const owner = await signUpOwner(t);
      await owner.agent.post('/api/v1/auth/logout').set('x-csrf-token', owner.csrf).expect(204);
      const res = await owner.agent.get('/api/v1/auth/session').expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('ends a session after the idle timeout and after 12 hours in any case', async () => {
      const idle = await signUpOwner(t);
      await t.dataSource.query(
        `UPDATE session SET last_seen_at = now() - interval '31 minutes' WHERE practice_id = $1`,
        [idle.practiceId],
      );
      await idle.agent.get('/api/v1/auth/session').expect(401);

      const old = await signUpOwner(t);
      await t.dataSource.query(
        `UPDATE session SET expires_at = now() - interval '1 second' WHERE practice_id = $1`,
        [old.practiceId],
      );
      await old.agent.get('/api/v1/auth/session').expect(401);

      const fresh = await signUpOwner(t);
      await t.dataSource.query(
        `UPDATE session SET last_seen_at = now() - interval '29 minutes' WHERE practice_id = $1`,
        [fresh.practiceId],
      );
      await fresh.agent.get('/api/v1/auth/session').expect(200);
    });

    it('changing the password ends every other session and keeps this one signed in', async () => {
      const owner = await signUpOwner(t);
      const other = await logIn(t, owner.email);
      const res = await owner.agent
        .post('/api/v1/auth/password')
        .set('x-csrf-token', owner.csrf)
        .send({ currentPassword: PASSWORD, newPassword: 'copper meadow signal' })
        .expect(200);
      await other.agent.get('/api/v1/auth/session').expect(401);
      await owner.agent.get('/api/v1/auth/session').expect(200);
      expect(res.body.session.csrfToken).not.toBe(owner.csrf);
      await t.http().post('/api/v1/auth/login').send({ email: owner.email, password: PASSWORD }).expect(401);
      await logIn(t, owner.email, 'copper meadow signal');
    });

    it('slows down repeated failures with 429 and Retry-After', async () => {
      const owner = await signUpOwner(t);
      for (let i = 0; i < 10; i++)
        await t
          .http()
          .post('/api/v1/auth/login')
          .set('x-forwarded-for', randomIp())
          .send({ email: owner.email, password: `wrong ${i} attempt` })
          .expect(401);
      // the 11th try for this account is refused even with the right password and from a new address
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', randomIp())
        .send({ email: owner.email, password: PASSWORD })
        .expect(429);
      expect(res.body.code).toBe('RATE_LIMITED');
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('limits attempts per address across accounts', async () => {
      const ip = randomIp();
      for (let i = 0; i < 30; i++)
        await t
          .http()
          .post('/api/v1/auth/login')
          .set('x-forwarded-for', ip)
          .send({ email: uniqueEmail('spray'), password: 'guess number one' })
          .expect(401);
      const res = await t
        .http()
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', ip)
        .send({ email: uniqueEmail('spray'), password: 'guess number one' })
        .expect(429);
      expect(res.body.code).toBe('RATE_LIMITED');
    });
  });

  describe('two-factor sign-in (TOTP)', () => {
    it('turns on with a code, then asks for a code at login, and takes each recovery code once', async () => {
      const owner = await signUpOwner(t);
      const setup = await owner.agent
        .post('/api/v1/auth/two-factor/setup')
        .set('x-csrf-token', owner.csrf)
        .expect(200);
      expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Askwell:/);
      await owner.agent
        .post('/api/v1/auth/two-factor/enable')
        .set('x-csrf-token', owner.csrf)
        .send({ code: '000000' })
        .expect(401);
      const enabled = await owner.agent
        .post('/api/v1/auth/two-factor/enable')
        .set('x-csrf-token', owner.csrf)
        .send({ code: await generate({ secret: setup.body.secret }) })
        .expect(200);
      expect(enabled.body.recoveryCodes).toHaveLength(10);

      const step1 = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: owner.email, password: PASSWORD })
        .expect(200);
      expect(step1.body).toEqual({ status: 'two-factor-required', challenge: expect.any(String) });
      expect(step1.headers['set-cookie']).toBeUndefined();
      await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: step1.body.challenge, code: '123456' })
        .expect(401);
      // The code that turned it on is spent (a code is good once): sign in with the next time step's.
      const nextCode = await generate({
        secret: setup.body.secret,
        epoch: Math.floor(Date.now() / 1000) + 30,
      });
      const ok = await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: step1.body.challenge, code: nextCode })
        .expect(200);
      expect(ok.body.status).toBe('signed-in');
      // the challenge is spent
      await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: step1.body.challenge, code: await generate({ secret: setup.body.secret }) })
        .expect(401);

      const code = enabled.body.recoveryCodes[0] as string;
      const again = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: owner.email, password: PASSWORD })
        .expect(200);
      const viaCode = await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: again.body.challenge, recoveryCode: code });
      expect(viaCode.body).toMatchObject({ status: 'signed-in' });
      const third = await t
        .http()
        .post('/api/v1/auth/login')
        .send({ email: owner.email, password: PASSWORD })
        .expect(200);
      await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: third.body.challenge, recoveryCode: code })
        .expect(401);
    });
  });
});
