import { randomIp, signUpOwner } from '../factories/accounts';
import { createTestApp, type TestApp } from '../setup/test-app';
import { linkIn, startSmtpCapture } from '../support/smtp-capture';

describe('password reset and invitations by email (SMTP configured)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Askwell <care@askwell.test>',
      PUBLIC_URL: 'http://askwell.test',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('emails a single-use reset link; the new password works and old sessions end', async () => {
    const owner = await signUpOwner(t);
    await t
      .http()
      .post('/api/v1/auth/password-reset')
      .set('x-forwarded-for', randomIp())
      .send({ email: owner.email })
      .expect(202);
    const mail = smtp.inbox.find((m) => m.to.includes(owner.email));
    expect(mail?.raw).toMatch(/Subject: Reset your Askwell password/);
    const token = new URL(linkIn(mail?.raw ?? '')).hash.replace('#token=', '');
    const done = await t
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .set('x-forwarded-for', randomIp())
      .send({ token, newPassword: 'harbour lights at dusk' })
      .expect(200);
    expect(done.body.status).toBe('signed-in');
    await owner.agent.get('/api/v1/auth/session').expect(401);
    await t
      .http()
      .post('/api/v1/auth/password-reset/confirm')
      .set('x-forwarded-for', randomIp())
      .send({ token, newPassword: 'another new passphrase' })
      .expect(404);
    await t
      .http()
      .post('/api/v1/auth/login')
      .set('x-forwarded-for', randomIp())
      .send({ email: owner.email, password: 'harbour lights at dusk' })
      .expect(200);
  });

  it('answers the same for an unknown email and sends nothing', async () => {
    const before = smtp.inbox.length;
    const res = await t
      .http()
      .post('/api/v1/auth/password-reset')
      .set('x-forwarded-for', randomIp())
      .send({ email: 'nobody-here@example.org' })
      .expect(202);
    expect(res.body).toEqual({ status: 'sent-if-account-exists' });
    expect(smtp.inbox.length).toBe(before);
  });

  it('emails invitations instead of returning the link', async () => {
    const owner = await signUpOwner(t);
    const res = await owner.agent
      .post('/api/v1/invitations')
      .set('x-csrf-token', owner.csrf)
      .send({ email: 'invitee@example.org', displayName: 'Ivy', role: 'client' })
      .expect(201);
    expect(res.body.emailed).toBe(true);
    expect(res.body.link).toBeUndefined();
    const mail = smtp.inbox.find((m) => m.to.includes('invitee@example.org'));
    expect(linkIn(mail?.raw ?? '')).toMatch(/^http:\/\/askwell\.test\/invite#token=/);
  });
});

describe('without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('says plainly that reset by email is not available', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/password-reset')
      .send({ email: 'a@example.org' })
      .expect(503);
    expect(res.body.detail).toMatch(/cannot send email/);
  });
});

describe('behind https', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://askwell.example.org' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sets a Secure __Host- session cookie', async () => {
    const res = await t
      .http()
      .post('/api/v1/auth/sign-up')
      .set('x-forwarded-for', randomIp())
      .send({
        practiceName: 'Secure Practice',
        displayName: 'Sec',
        email: 'sec@example.org',
        password: 'kettle orbit lantern',
      })
      .expect(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-askwell_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Domain=/);
  });
});
