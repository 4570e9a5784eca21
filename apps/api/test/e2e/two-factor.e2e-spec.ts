import { generate } from 'otplib';
import { logIn, PASSWORD, randomIp, type SignedIn, signUpOwner } from '../factories/accounts';
import { inviteAndAccept } from '../factories/practices';
import { createTestApp, type TestApp } from '../setup/test-app';

/**
 * Two-step sign-in at the edges (issue 15). A TOTP code is good once (RFC 6238 §5.2, ASVS 2.8.4): the last
 * accepted time step is kept per account, so that code, or one of an earlier step, is refused afterwards, in
 * any API process (the check and the write are one SQL statement). When a practice requires two-step sign-in, a
 * session opened without it, before the owner turned the requirement on, is ended at its next request with a 403
 * the dashboard understands (TWO_FACTOR_SETUP_REQUIRED, or TWO_FACTOR_REQUIRED when the account has it): signing
 * in again then sets it up, or asks for a code, as sign-in always has.
 */

const STEP = 30;
const nowStep = () => Math.floor(Date.now() / 1000 / STEP);
/** The code of a time step (the server accepts the current step and one either side). */
const codeAt = (secret: string, step: number) => generate({ secret, epoch: step * STEP + 1 });

describe('two-factor sign-in at the edges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Turns two-factor on for a new owner with the code of `step`; returns the owner and the secret. */
  async function ownerWithTwoFactor(
    app: TestApp,
    step: number,
  ): Promise<{ owner: SignedIn; secret: string }> {
    const owner = await signUpOwner(app);
    const setup = await owner.agent
      .post('/api/v1/auth/two-factor/setup')
      .set('x-csrf-token', owner.csrf)
      .expect(200);
    const secret = setup.body.secret as string;
    await owner.agent
      .post('/api/v1/auth/two-factor/enable')
      .set('x-csrf-token', owner.csrf)
      .send({ code: await codeAt(secret, step) })
      .expect(200);
    return { owner, secret };
  }

  async function challenge(app: TestApp, email: string): Promise<string> {
    const res = await app
      .http()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', randomIp())
      .send({ email, password: PASSWORD })
      .expect(200);
    expect(res.body.status).toBe('two-factor-required');
    return res.body.challenge as string;
  }

  const second = (app: TestApp, challengeToken: string, code: string) =>
    app
      .http()
      .post('/api/v1/auth/login/two-factor')
      .set('x-forwarded-for', randomIp())
      .send({ challenge: challengeToken, code });

  const lastStep = async (app: TestApp, accountId: string) =>
    (
      await app.dataSource.query<{ s: string | null }[]>(
        `SELECT totp_last_step::text AS s FROM account WHERE id = $1`,
        [accountId],
      )
    )[0]?.s;

  describe('a TOTP code is good once', () => {
    it('the code that turned it on, a code used to sign in, and an earlier one are refused after use', async () => {
      const s = nowStep();
      const { owner, secret } = await ownerWithTwoFactor(t, s);
      expect(await lastStep(t, owner.accountId)).toBe(String(s));

      const replayEnable = await second(t, await challenge(t, owner.email), await codeAt(secret, s));
      expect({ status: replayEnable.status, code: replayEnable.body.code }).toEqual({
        status: 401,
        code: 'INVALID_TWO_FACTOR_CODE',
      });

      const next = await codeAt(secret, s + 1);
      const ok = await second(t, await challenge(t, owner.email), next);
      expect(ok.status).toBe(200);
      expect(ok.body.status).toBe('signed-in');
      expect(await lastStep(t, owner.accountId)).toBe(String(s + 1));

      for (const code of [next, await codeAt(secret, s), await codeAt(secret, s - 1)]) {
        const again = await second(t, await challenge(t, owner.email), code);
        expect({ status: again.status, cookie: again.headers['set-cookie'] }).toEqual({
          status: 401,
          cookie: undefined,
        });
      }
      // Recovery codes are single-use on their own and still work.
      const regenerated = await owner.agent
        .post('/api/v1/auth/two-factor/recovery-codes')
        .set('x-csrf-token', owner.csrf)
        .send({ password: PASSWORD })
        .expect(200);
      await t
        .http()
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: await challenge(t, owner.email), recoveryCode: regenerated.body.recoveryCodes[0] })
        .expect(200);
    });

    it('of sign-ins sent at once with one code, exactly one gets in', async () => {
      const s = nowStep();
      const { owner, secret } = await ownerWithTwoFactor(t, s);
      const code = await codeAt(secret, s + 1);
      const challenges = await Promise.all([1, 2, 3, 4].map(() => challenge(t, owner.email)));
      const answers = await Promise.all(challenges.map((c) => second(t, c, code)));
      expect(answers.map((a) => a.status).sort()).toEqual([200, 401, 401, 401]);
    });

    it('a code one API process took is refused by another (the last step is in the database)', async () => {
      const other = await createTestApp({}, { sharing: t });
      try {
        const s = nowStep();
        const { owner, secret } = await ownerWithTwoFactor(t, s);
        const code = await codeAt(secret, s + 1);
        expect((await second(t, await challenge(t, owner.email), code)).status).toBe(200);
        expect((await second(other, await challenge(other, owner.email), code)).status).toBe(401);
        expect(
          (await second(other, await challenge(other, owner.email), await codeAt(secret, s))).status,
        ).toBe(401);
      } finally {
        await other.close();
      }
    });

    it('setting up again with a new secret starts afresh', async () => {
      const s = nowStep();
      const { owner } = await ownerWithTwoFactor(t, s);
      await owner.agent
        .post('/api/v1/auth/two-factor/disable')
        .set('x-csrf-token', owner.csrf)
        .send({ password: PASSWORD })
        .expect(204);
      expect(await lastStep(t, owner.accountId)).toBeNull();
      const setup = await owner.agent
        .post('/api/v1/auth/two-factor/setup')
        .set('x-csrf-token', owner.csrf)
        .expect(200);
      await owner.agent
        .post('/api/v1/auth/two-factor/enable')
        .set('x-csrf-token', owner.csrf)
        .send({ code: await codeAt(setup.body.secret as string, s) })
        .expect(200);
    });
  });

  describe('requiring two-step sign-in reaches the sessions already open', () => {
    const problem = (res: { status: number; body: { code?: string }; headers: Record<string, unknown> }) => ({
      status: res.status,
      code: res.body.code,
      type: String(res.headers['content-type']).split(';')[0],
    });

    it('ends a session opened without it at its next request; sign-in then sets it up', async () => {
      const s = nowStep();
      const { owner } = await ownerWithTwoFactor(t, s);
      const practitioner = await inviteAndAccept(t, owner, 'practitioner', 'Sam');
      const client = await inviteAndAccept(t, owner, 'client', 'Casey');
      const pSession = await logIn(t, practitioner.email);
      const cSession = await logIn(t, client.email);
      await pSession.agent.get('/api/v1/clients').expect(200);

      await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v1"')
        .send({ requireTwoFactor: true })
        .expect(200);

      const sessionsOf = async (id: string) =>
        (
          await t.dataSource.query<{ n: number }[]>(
            `SELECT count(*)::int AS n FROM session WHERE account_id = $1`,
            [id],
          )
        )[0]?.n ?? -1;
      const before = await sessionsOf(practitioner.id);
      const refused = await pSession.agent.get('/api/v1/clients');
      expect(problem(refused)).toEqual({
        status: 403,
        code: 'TWO_FACTOR_SETUP_REQUIRED',
        type: 'application/problem+json',
      });
      expect(String(refused.headers['set-cookie'])).toMatch(/askwell_session=;/);
      const gone = await pSession.agent.get('/api/v1/auth/session');
      expect(problem(gone)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(await sessionsOf(practitioner.id)).toBe(before - 1);
      // The owner's session turned two-step on (it proved a code): it carries on, and so does the client's.
      await owner.agent.get('/api/v1/practice').expect(200);
      await cSession.agent.get('/api/v1/me/assignments').expect(200);

      const step1 = await t
        .http()
        .post('/api/v1/auth/login')
        .set('x-forwarded-for', randomIp())
        .send({ email: practitioner.email, password: PASSWORD })
        .expect(200);
      expect(step1.body.status).toBe('two-factor-setup-required');
      const setup = await t
        .http()
        .post('/api/v1/auth/login/two-factor/setup')
        .send({ challenge: step1.body.challenge })
        .expect(200);
      const agent = t.agent();
      await agent
        .post('/api/v1/auth/login/two-factor')
        .send({ challenge: step1.body.challenge, code: await codeAt(setup.body.secret as string, nowStep()) })
        .expect(200);
      await agent.get('/api/v1/clients').expect(200);
    });

    it('asks an account that has it to step up when its session was opened without it', async () => {
      const owner = await signUpOwner(t);
      const practitioner = await inviteAndAccept(t, owner, 'practitioner', 'Robin');
      const pSession = await logIn(t, practitioner.email);
      const other = await logIn(t, practitioner.email);
      // Two-step turned on in this session: it proved the code, the other session did not.
      const setup = await pSession.agent
        .post('/api/v1/auth/two-factor/setup')
        .set('x-csrf-token', pSession.csrf)
        .expect(200);
      await pSession.agent
        .post('/api/v1/auth/two-factor/enable')
        .set('x-csrf-token', pSession.csrf)
        .send({ code: await codeAt(setup.body.secret as string, nowStep()) })
        .expect(200);
      await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v1"')
        .send({ requireTwoFactor: true })
        .expect(200);

      await pSession.agent.get('/api/v1/clients').expect(200);
      const stepUp = await other.agent
        .post('/api/v1/invitations')
        .set('x-csrf-token', other.csrf)
        .send({ email: 'someone@example.org', displayName: 'Someone', role: 'client' });
      expect(problem(stepUp)).toEqual({
        status: 403,
        code: 'TWO_FACTOR_REQUIRED',
        type: 'application/problem+json',
      });
      const invitations = await t.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM invitation WHERE email = 'someone@example.org'`,
      );
      expect(invitations[0]?.n).toBe(0);
      // The owner never set it up: their own session is asked to, too.
      const ownerRefused = await owner.agent.get('/api/v1/practice');
      expect(problem(ownerRefused)).toMatchObject({ status: 403, code: 'TWO_FACTOR_SETUP_REQUIRED' });
    });

    it('a password change in a session with two-step keeps it', async () => {
      const s = nowStep();
      const { owner } = await ownerWithTwoFactor(t, s);
      await owner.agent
        .patch('/api/v1/practice')
        .set('x-csrf-token', owner.csrf)
        .set('if-match', '"v1"')
        .send({ requireTwoFactor: true })
        .expect(200);
      const changed = await owner.agent
        .post('/api/v1/auth/password')
        .set('x-csrf-token', owner.csrf)
        .send({ currentPassword: PASSWORD, newPassword: 'a different long passphrase' })
        .expect(200);
      await owner.agent.get('/api/v1/practice/members').expect(200);
      expect(changed.body.status).toBe('signed-in');
    });
  });
});
